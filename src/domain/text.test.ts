// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hasHiddenCharacters, visibleText, withoutHiddenCharacters } from './text'

describe('visibleText', () => {
  it('removes a right-to-left override, so a title reads as it is', () => {
    expect(visibleText('Invoice\u202Efdp.exe')).toBe('Invoicefdp.exe')
    expect(hasHiddenCharacters('Invoice\u202Efdp.exe')).toBe(true)
  })

  it('removes every bidirectional embedding, override, isolate and mark', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']
    for (const c of controls) expect(visibleText(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('ab')
  })

  it('removes zero-width and invisible characters', () => {
    const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\u2061', '\u2064', '\uFEFF', '\u180E', '\u00AD', '\u034F', '\u3164']
    for (const c of invisible) expect(visibleText(`pay${c}pal`), c.codePointAt(0)!.toString(16)).toBe('paypal')
  })

  it('keeps the joiner inside an emoji sequence, and everything that is visible', () => {
    expect(visibleText('👩\u200D💻 Onboarding')).toBe('👩\u200D💻 Onboarding')
    expect(visibleText('❤️\u200D🔥')).toBe('❤️\u200D🔥')
    expect(visibleText('Parcours « cible » — Étape 2 · 50 %')).toBe('Parcours « cible » — Étape 2 · 50 %')
    expect(visibleText('مسار العميل')).toBe('مسار العميل') // right-to-left text itself is kept
    expect(hasHiddenCharacters('Parcours client')).toBe(false)
  })

  it('puts a one-line text on one line', () => {
    expect(visibleText('Title\nsecond line\ttab')).toBe('Title second line tab')
    expect(visibleText('a\u2028b')).toBe('a b')
    expect(withoutHiddenCharacters('two\u202E\nlines')).toBe('two\nlines')
  })

  it('leaves nothing of a text made only of hidden characters', () => {
    expect(visibleText('\u200B\u202E\uFEFF')).toBe('')
    expect(visibleText({ a: 1 } as unknown as string)).toBe('') // a damaged record's title
  })
})
