// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { countLines, hasLongWord } from './measure'
import { rng } from '../../test/random'

// A proportional "font": each character has its own width, and a string is as wide as the
// sum of its characters (as canvas measureText is, give or take kerning).
const WIDTHS: Record<string, number> = { i: 3, l: 3, ' ': 4, m: 13, w: 12, W: 15, '.': 3 }
const charWidth = (ch: string) => WIDTHS[ch] ?? (ch.codePointAt(0)! > 0xffff ? 16 : 8)
function font() {
  const seen = { calls: 0, chars: 0 }
  const measure = (s: string) => {
    seen.calls++
    seen.chars += s.length
    let w = 0
    for (const ch of s) w += charWidth(ch)
    return w
  }
  return { measure, seen }
}

/** The line breaking the app used before (it measured the rest of a long word again at every cut). */
function reference(text: string, measure: (s: string) => number, max: number): number {
  let lines = 0
  for (const para of text.split('\n')) {
    let line = ''
    let n = 1
    for (const word of para.split(/(\s+)/)) {
      const next = line + word
      if (measure(next) <= max) {
        line = next
        continue
      }
      if (line.trim() !== '') n++
      line = word.trimStart()
      while (measure(line) > max && line.length > 1) {
        let cut = line.length
        while (cut > 1 && measure(line.slice(0, cut)) > max) cut--
        line = line.slice(cut)
        n++
      }
    }
    lines += n
  }
  return lines
}

describe('countLines', () => {
  it('wraps words and keeps line breaks', () => {
    const { measure } = font()
    expect(countLines('', measure, 100)).toBe(1)
    expect(countLines('abc def', measure, 100)).toBe(1)
    // "aaaaaaaaaa" is 80 wide: two of them and a space do not fit in 100
    expect(countLines('aaaaaaaaaa aaaaaaaaaa', measure, 100)).toBe(2)
    expect(countLines('a\n\nb', measure, 100)).toBe(3)
  })

  it('breaks a word wider than the card into as many lines as it needs', () => {
    const { measure } = font()
    // 8 px a character, 100 px a line: 12 characters a line
    expect(countLines('a'.repeat(12), measure, 100)).toBe(1)
    expect(countLines('a'.repeat(13), measure, 100)).toBe(2)
    expect(countLines('a'.repeat(120), measure, 100)).toBe(10)
    expect(countLines('x ' + 'a'.repeat(121), measure, 100)).toBe(12)
  })

  it('lays out a 10,000-character word measuring each character a few times only (linear, not quadratic)', () => {
    const { measure, seen } = font()
    const word = 'a'.repeat(10_000)
    expect(countLines(word, measure, 189)).toBe(Math.ceil(10_000 / Math.floor(189 / 8)))
    // The old line breaking measured about 10,000² / 2 characters for this word.
    expect(seen.chars).toBeLessThan(10 * word.length)
  })

  it('stays linear for words of mixed widths, spaces, zero-width characters and emoji', () => {
    for (const word of ['iW'.repeat(5_000), 'i'.repeat(10_000) + 'W'.repeat(10_000), '\u200b'.repeat(10_000), '😀'.repeat(10_000), 'ab '.repeat(10_000)]) {
      const { measure, seen } = font()
      countLines(word, measure, 189)
      expect(seen.chars, JSON.stringify(word.slice(0, 6))).toBeLessThan(20 * word.length)
    }
  })

  it('never cuts an emoji (a surrogate pair) in two', () => {
    const cut: string[] = []
    const { measure } = font()
    countLines('😀'.repeat(100), (s) => (cut.push(s), measure(s)), 100)
    for (const s of cut) expect(s).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
  })

  it('gives the same count as the former line breaking, on random texts', () => {
    const r = rng(8)
    const alphabet = 'aaaaeeiilmwW .\n  '
    for (let i = 0; i < 300; i++) {
      let text = ''
      const n = r.int(120)
      for (let j = 0; j < n; j++) text += r.chance(0.05) ? 'm'.repeat(r.int(40)) : alphabet[r.int(alphabet.length)]
      const max = r.pick([40, 100, 189])
      const { measure } = font()
      expect(countLines(text, measure, max), JSON.stringify({ text, max })).toBe(reference(text, measure, max))
    }
  })

  it('with a cheap estimate, measures exactly only the words that end a line close to the edge, and counts the same', () => {
    const r = rng(21)
    const { measure: sum } = font()
    // the shaped width: a little narrower than the sum of the characters (kerning)
    let exactCalls = 0
    const measure = (s: string) => (exactCalls++, sum(s) - 0.05 * s.length)
    let words = 0
    let calls = 0
    for (let i = 0; i < 300; i++) {
      let text = ''
      const n = r.int(30)
      for (let j = 0; j < n; j++) text += (j ? ' ' : '') + r.word(10)
      words += n
      const exact = countLines(text, measure, 189)
      exactCalls = 0
      expect(countLines(text, { measure, estimate: sum, margin: { below: 2, above: 4 } }, 189), text).toBe(exact)
      calls += exactCalls
    }
    expect(calls).toBeLessThan(words / 5)
  })

  it('knows the texts whose words are too long to draw with kerning', () => {
    expect(hasLongWord('a'.repeat(50))).toBe(true)
    expect(hasLongWord('short words only, ' + 'b'.repeat(49))).toBe(false)
    expect(hasLongWord('see https://example.org/a/very/long/address/that/goes/on/and/on')).toBe(true)
  })
})
