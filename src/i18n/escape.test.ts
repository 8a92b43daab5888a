import { describe, expect, it } from 'vitest'
import { i18n, registerStrings, setValueEscape, t } from '.'
import { withoutHiddenCharacters } from '../domain/text'

describe('values put in a message', () => {
  it('go through the escape main.tsx sets: a title in a message cannot reorder it', async () => {
    await i18n.changeLanguage('en')
    const title = 'Invoice\u202Efdp.exe\u200B'
    setValueEscape(withoutHiddenCharacters)
    expect(t('home.copyOf', { title })).toBe(t('home.copyOf', { title: 'Invoicefdp.exe' }))
    expect(t('home.copyOf', { title })).not.toMatch(/[\u202E\u200B]/)
    // numbers are still written the language's way
    registerStrings('escapeTest', { en: { check: '“{{name}}”: {{cards}} cards' }, fr: { check: '« {{name}} » : {{cards}} cartes' } })
    await i18n.changeLanguage('fr')
    expect(t('escapeTest.check', { name: title, cards: 20000 })).toBe('« Invoicefdp.exe » : 20\u202F000 cartes')
    setValueEscape((v) => v)
    expect(t('home.copyOf', { title })).toContain('\u202E')
  })
})
