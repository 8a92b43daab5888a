// Card heights from real text metrics (canvas measureText with the card's own font), so the
// layout can make cells tall enough before the browser lays the cards out.
import type { Card } from '../domain/types'

export const CARD_FONT = '15px Inter, "Segoe UI", Roboto, Arial, sans-serif'
export const CARD_LINE_HEIGHT = 20
const TEXT_WIDTH = 216 - 27 // card width minus its padding (2 × 10) and borders (6 left, 1 right)
const CHROME = 24 + 24 // vertical padding + the symbol row

let ctx: CanvasRenderingContext2D | null = null
const cache = new Map<string, number>()

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

/** Number of lines `text` wraps to in a card (words wrap; overlong words break anywhere). */
export function lineCount(text: string): number {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const c = context()
  const lines = c ? countLines(text, (s) => c.measureText(s).width, TEXT_WIDTH) : text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(p.length / 24)), 0)
  if (cache.size > 20_000) cache.clear()
  cache.set(text, lines)
  return lines
}

/**
 * The lines `text` takes in a box `max` wide, as the card's CSS lays it out (`pre-wrap`,
 * `overflow-wrap: anywhere`): words wrap, a word wider than the box breaks anywhere.
 * Linear in the text's length: each word is measured once, and a long word is cut line by
 * line by measuring pieces about one line long (never the rest of the word again and again,
 * which made a 10,000-character word take minutes).
 */
export function countLines(text: string, measure: (s: string) => number, max: number): number {
  let lines = 0
  for (const para of text.split('\n')) {
    let n = 1
    let lineWidth = 0
    let hasText = false // the line holds more than white space
    for (const token of para.split(/(\s+)/)) {
      if (token === '') continue
      const space = /^\s/.test(token)
      const w = measure(token)
      if (lineWidth + w <= max) {
        lineWidth += w
        hasText ||= !space
        continue
      }
      if (hasText) n++
      if (space) {
        lineWidth = 0
        hasText = false
      } else if (w <= max) {
        lineWidth = w
        hasText = true
      } else {
        const cut = breakWord(token, measure, max)
        n += cut.breaks
        lineWidth = cut.lastWidth
        hasText = true
      }
    }
    lines += n
  }
  return lines
}

/** A word wider than `max`, cut into lines of as many characters as fit (at least one each). */
function breakWord(word: string, measure: (s: string) => number, max: number): { breaks: number; lastWidth: number } {
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
    if (good >= chars.length) return { breaks, lastWidth: goodWidth }
    guess = Math.max(1, good - start)
    breaks++
    start = good
  }
}

export function cardHeight(card: Card): number {
  const footer = card.votes || card.durationMinutes || card.fmea ? 26 : 0
  return CHROME + Math.max(1, lineCount(card.text)) * CARD_LINE_HEIGHT + footer
}

/** Fonts arriving late change metrics: forget what was measured with the fallback font. */
export function resetMeasurements(): void {
  cache.clear()
  if (ctx) ctx.font = CARD_FONT
}
