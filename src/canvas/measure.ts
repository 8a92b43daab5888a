// Card heights from real text metrics (canvas measureText with the card's own font), so the
// layout can make cells tall enough before the browser lays the cards out.
import type { Card } from '../domain/types'
import { slicer } from '../ui/yieldToPage'

export const CARD_FONT = '15px Inter, "Segoe UI", Roboto, Arial, sans-serif'
export const CARD_LINE_HEIGHT = 20
const TEXT_WIDTH = 216 - 27 // card width minus its padding (2 × 10) and borders (6 left, 1 right)
const CHROME = 24 + 24 // vertical padding + the symbol row

let ctx: CanvasRenderingContext2D | null = null
const cache = new Map<string, number>()
// Each character's width, measured once: a word's estimated width is their sum. It differs
// from the shaped width by kerning only — in Inter, measured over sentences in French and
// English, from 0.2 px narrower to 1.7 px wider on a line (more on contrived text).
const charWidths = new Map<string, number>()
const ESTIMATE_MARGIN = { below: 2, above: 4 }

function estimate(c: CanvasRenderingContext2D, s: string): number {
  let w = 0
  for (const ch of s) {
    let x = charWidths.get(ch)
    if (x === undefined) {
      if (charWidths.size > 5_000) charWidths.clear()
      x = c.measureText(ch).width
      charWidths.set(ch, x)
    }
    w += x
  }
  return w
}

function context(): CanvasRenderingContext2D | null {
  if (ctx) return ctx
  try {
    ctx = document.createElement('canvas').getContext('2d')
  } catch {
    ctx = null
  }
  if (ctx) ctx.font = CARD_FONT
  return ctx
}

/**
 * Does `text` hold a word so long that the browser must cut it (50 characters without a space)?
 * Such a text is drawn without kerning (`unkerned`): with kerning, Chromium shapes the rest of
 * the word again at every line it cuts, and a 10,000-character word takes it tens of seconds
 * to lay out (a 1,000-character one, a third of a second). It is measured without kerning too.
 */
export const hasLongWord = (text: string): boolean => /\S{50}/.test(text)

/** The style of a card text that holds a very long word (see hasLongWord). */
export const unkerned = (text: string): { fontKerning: 'none' } | undefined => (hasLongWord(text) ? { fontKerning: 'none' } : undefined)

/** Number of lines `text` wraps to in a card (words wrap; overlong words break anywhere). */
export function lineCount(text: string): number {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const c = context()
  let lines: number
  if (c) {
    const plain = hasLongWord(text)
    if (plain) c.fontKerning = 'none'
    lines = countLines(text, { measure: (s) => c.measureText(s).width, estimate: (s) => estimate(c, s), margin: ESTIMATE_MARGIN }, TEXT_WIDTH)
    if (plain) c.fontKerning = 'auto'
  } else lines = text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(p.length / 24)), 0)
  if (cache.size > 100_000) cache.clear() // (keys are the cards' own strings: no copies)
  cache.set(text, lines)
  return lines
}

/** How a text is measured: `measure` exactly (the font's shaping), `estimate` cheaply. */
export interface Measurer {
  measure: (s: string) => number
  /**
   * A cheap width (e.g. the sum of each character's width, without kerning): where it says
   * clearly whether a word fits — by more than `margin` — `measure` is not called at all.
   */
  estimate?: (s: string) => number
  /** How far the estimate may be off: `below` (it says less than the text is), `above`. */
  margin?: { below: number; above: number }
}

/**
 * The lines `text` takes in a box `max` wide, as the card's CSS lays it out (`pre-wrap`,
 * `overflow-wrap: anywhere`): words wrap, a word wider than the box breaks anywhere.
 * Linear in the text's length: each word is measured once, and a long word is cut line by
 * line by measuring pieces about one line long (never the rest of the word again and again,
 * which made a 10,000-character word take minutes). With an `estimate`, only the words that
 * end a line within its margin of the edge are measured exactly (measureText is slow: a board
 * of 20,000 cards is some 200,000 words).
 */
export function countLines(text: string, how: Measurer | ((s: string) => number), max: number): number {
  const { measure, estimate = measure, margin = { below: 0, above: 0 } } = typeof how === 'function' ? { measure: how } : how
  /** Does a line of `width` (estimated), whose text would be `line`, fit? */
  const fits = (width: number, line: () => string): { fits: boolean; width: number } => {
    if (width <= max - margin.below) return { fits: true, width }
    if (width > max + margin.above) return { fits: false, width }
    const exact = measure(line())
    return { fits: exact <= max, width: exact }
  }
  let lines = 0
  for (const para of text.split('\n')) {
    let n = 1
    let lineWidth = 0
    let line = '' // the line's text, for an exact measure when the estimate is too close to call
    let hasText = false // the line holds more than white space
    for (const token of para.split(/(\s+)/)) {
      if (token === '') continue
      const space = /^\s/.test(token)
      const w = estimate(token)
      const onLine = fits(lineWidth + w, () => line + token)
      if (onLine.fits) {
        lineWidth = onLine.width
        line += token
        hasText ||= !space
        continue
      }
      if (hasText) n++
      if (space) {
        lineWidth = 0
        line = ''
        hasText = false
        continue
      }
      const alone = fits(w, () => token)
      if (alone.fits) {
        lineWidth = alone.width
        line = token
      } else {
        const cut = breakWord(token, measure, max)
        n += cut.breaks
        lineWidth = cut.lastWidth
        line = cut.last
      }
      hasText = true
    }
    lines += n
  }
  return lines
}

/** A tagged card's top row is its tag band, taller than the plain symbol row. */
export const TAG_BAND_EXTRA = 6

/** A word wider than `max`, cut into lines of as many characters as fit (at least one each). */
function breakWord(word: string, measure: (s: string) => number, max: number): { breaks: number; lastWidth: number; last: string } {
  const chars = Array.from(word) // code points: never cut a surrogate pair in two
  const width = (from: number, to: number) => measure(chars.slice(from, to).join(''))
  let start = 0
  let breaks = 0
  let guess = 16
  for (;;) {
    // The longest piece from `start` that fits: gallop from the last line's length, then
    // halve the gap. Every piece measured is at most about twice a line.
    let good = start + 1
    let goodWidth = width(start, good)
    let bad = -1
    let span = guess
    while (good < chars.length) {
      const end = Math.min(chars.length, good + span)
      const w = width(start, end)
      if (w > max) {
        bad = end
        break
      }
      good = end
      goodWidth = w
      span *= 2
    }
    if (bad !== -1) {
      while (bad - good > 1) {
        const mid = good + ((bad - good) >> 1)
        const w = width(start, mid)
        if (w > max) bad = mid
        else {
          good = mid
          goodWidth = w
        }
      }
    }
    if (good >= chars.length) return { breaks, lastWidth: goodWidth, last: chars.slice(start).join('') }
    guess = Math.max(1, good - start)
    breaks++
    start = good
  }
}

/**
 * Measure the texts of many cards ahead of a layout, in slices with a yield between them so
 * the page keeps painting and answering (a board of 20,000 cards is some 200,000 words).
 * The layout that follows finds every text already measured.
 */
export async function measureCards(cards: readonly Card[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const slice = slicer()
  for (let i = 0; i < cards.length; i++) {
    lineCount(cards[i].text)
    if (slice.due()) {
      onProgress?.(i + 1, cards.length)
      await slice.yield()
    }
  }
  onProgress?.(cards.length, cards.length)
}

export function cardHeight(card: Card): number {
  const footer = card.votes || card.durationMinutes || card.fmea ? 26 : 0
  return CHROME + Math.max(1, lineCount(card.text)) * CARD_LINE_HEIGHT + footer + (card.tag ? TAG_BAND_EXTRA : 0)
}

/** Fonts arriving late change metrics: forget what was measured with the fallback font. */
export function resetMeasurements(): void {
  cache.clear()
  charWidths.clear()
  if (ctx) ctx.font = CARD_FONT
}
