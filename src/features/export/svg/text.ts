// Text in the export scene is laid out here, once: every line break is decided before drawing,
// so the SVG, the PDF and the slides all show the same lines, and blocks grow to hold them
// (nothing is ever cut with an ellipsis).

/** Width in px of `text` at `size` px and `weight`. */
export type Measure = (text: string, size: number, weight: number) => number

/** A rough width for when no canvas is at hand (unit tests): Inter's average advance. */
export const estimateWidth: Measure = (text, size, weight) => text.length * size * (weight >= 600 ? 0.6 : 0.56)

let ctx: CanvasRenderingContext2D | null | undefined
const cache = new Map<string, number>()

/** The card font's real metrics (canvas measureText with Inter), or an estimate without a canvas. */
export const canvasMeasure: Measure = (text, size, weight) => {
  if (ctx === undefined) {
    try {
      ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null
    } catch {
      ctx = null
    }
  }
  if (!ctx) return estimateWidth(text, size, weight)
  const key = `${size}|${weight}|${text}`
  let w = cache.get(key)
  if (w === undefined) {
    ctx.font = `${weight} ${size}px Inter, "Segoe UI", Roboto, Arial, sans-serif`
    w = ctx.measureText(text).width
    if (cache.size > 50_000) cache.clear()
    cache.set(key, w)
  }
  return w
}

/** Forget measured widths (fonts arriving late change them). */
export function resetTextMeasures(): void {
  cache.clear()
}

/**
 * The lines `text` takes within `width`: paragraphs kept, words wrapped, a word longer than
 * the width broken where it must. Same rule as the card on the board (canvas/measure.ts).
 */
export function wrap(text: string, width: number, size: number, weight: number, measure: Measure): string[] {
  const out: string[] = []
  for (const para of text.split('\n')) {
    let line = ''
    const push = () => {
      out.push(line.replace(/\s+$/, ''))
      line = ''
    }
    for (const word of para.split(/(\s+)/)) {
      if (word === '') continue
      const next = line + word
      if (measure(next, size, weight) <= width) {
        line = next
        continue
      }
      if (line.trim() !== '') push()
      line = word.trimStart()
      if (measure(line, size, weight) > width) {
        const pieces = breakWord(line, (piece) => measure(piece, size, weight) <= width)
        line = pieces.pop()!
        out.push(...pieces)
      }
    }
    push()
  }
  return out.length ? out : ['']
}

/**
 * A word wider than the width, cut into lines of as many characters as fit (at least one
 * each; never a surrogate pair cut in two). Linear in the word's length: each line is found by
 * galloping from the last line's length then halving the gap, so every piece measured is at
 * most about twice a line (cutting one character at a time off the rest of the word took
 * minutes for a word of 10,000 characters).
 */
export function breakWord(word: string, fits: (piece: string) => boolean): string[] {
  const chars = Array.from(word)
  const piece = (from: number, to: number) => chars.slice(from, to).join('')
  const out: string[] = []
  let start = 0
  let guess = 16
  for (;;) {
    let good = start + 1
    let bad = -1
    let span = guess
    while (good < chars.length) {
      const end = Math.min(chars.length, good + span)
      if (!fits(piece(start, end))) {
        bad = end
        break
      }
      good = end
      span *= 2
    }
    if (bad !== -1)
      while (bad - good > 1) {
        const mid = good + ((bad - good) >> 1)
        if (fits(piece(start, mid))) good = mid
        else bad = mid
      }
    out.push(piece(start, good))
    if (good >= chars.length) return out
    guess = Math.max(1, good - start)
    start = good
  }
}
