// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { breakWord, estimateWidth, wrap, type Measure } from './text'

/** Inter-like widths from the estimate, counting how many characters were measured in all. */
function counting(): { measure: Measure; measured: () => number } {
  let n = 0
  return { measure: (text, size, weight) => ((n += text.length), estimateWidth(text, size, weight)), measured: () => n }
}

describe('wrap (the export scene’s line breaks)', () => {
  it('wraps words, keeps paragraphs, and breaks a word wider than the box', () => {
    const { measure } = counting()
    // 8.4 px a character at 15 px: 10 characters in 90 px
    expect(wrap('one two three\nfour', 90, 15, 400, measure)).toEqual(['one two', 'three', 'four'])
    expect(wrap('abcdefghijklmnopqrstuvwxy end', 90, 15, 400, measure)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxy end'])
  })

  it('lays out a word of 10,000 characters in linear time: every line as full as it can be', () => {
    const { measure, measured } = counting()
    const word = 'W'.repeat(10_000)
    const lines = wrap(word, 189, 15, 400, measure)
    expect(lines.join('')).toBe(word)
    const perLine = Math.floor(189 / estimateWidth('W', 15, 400))
    expect(lines.slice(0, -1).every((l) => l.length === perLine)).toBe(true)
    expect(lines).toHaveLength(Math.ceil(10_000 / perLine))
    // before: the rest of the word measured again for every character cut (billions of characters)
    expect(measured()).toBeLessThan(30 * word.length)
  })

  it('never cuts a surrogate pair in two', () => {
    const pieces = breakWord('😀'.repeat(30), (p) => Array.from(p).length <= 7)
    expect(pieces.map((p) => Array.from(p).length)).toEqual([7, 7, 7, 7, 2])
    expect(pieces.join('')).toBe('😀'.repeat(30))
  })
})
