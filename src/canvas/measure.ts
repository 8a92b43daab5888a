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
  let lines = 0
  for (const para of text.split('\n')) {
    if (!c) {
      lines += Math.max(1, Math.ceil(para.length / 24))
      continue
    }
    let line = ''
    let n = 1
    for (const word of para.split(/(\s+)/)) {
      const next = line + word
      if (c.measureText(next).width <= TEXT_WIDTH) {
        line = next
        continue
      }
      if (line.trim() !== '') n++
      line = word.trimStart()
      // a word longer than the card breaks across lines
      while (c.measureText(line).width > TEXT_WIDTH && line.length > 1) {
        let cut = line.length
        while (cut > 1 && c.measureText(line.slice(0, cut)).width > TEXT_WIDTH) cut--
        line = line.slice(cut)
        n++
      }
    }
    lines += n
  }
  if (cache.size > 20_000) cache.clear()
  cache.set(text, lines)
  return lines
}

/** A tagged card's top row is its tag band, taller than the plain symbol row. */
export const TAG_BAND_EXTRA = 6

export function cardHeight(card: Card): number {
  const footer = card.votes || card.durationMinutes || card.fmea ? 26 : 0
  return CHROME + Math.max(1, lineCount(card.text)) * CARD_LINE_HEIGHT + footer + (card.tag ? TAG_BAND_EXTRA : 0)
}

/** Fonts arriving late change metrics: forget what was measured with the fallback font. */
export function resetMeasurements(): void {
  cache.clear()
  if (ctx) ctx.font = CARD_FONT
}
