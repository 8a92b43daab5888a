// The marks a painted card shows (CardsLayer: a large board seen from far), and where they go.
// A card node carries badges — its tag, its scores against their targets, its votes, the dots of
// a vote under way, fail and wait points, moments of truth, assumptions… — a few pixels high from
// far. Painted, each becomes one mark: a symbol on a white chip (the same symbols as the card's:
// their shape says what they are, in black-and-white print too), a count beside it for votes, at
// a size readable on screen whatever the zoom. Pure: no canvas here.
import type { Rect } from '../domain/layout'
import { metricLabel } from '../domain/methods/scoreFormat'
import type { Card } from '../domain/types'
import { SYMBOL_INK, TAG_COLORS, type SymbolName } from '../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../ui/scoreSymbols'
import type { CardScores } from './cardScores'
import type { CardFlags } from './toFlow'

/** What a mark says. */
export type MarkRole = 'tag' | 'score' | 'votes' | 'dots' | 'fail' | 'critical' | 'unanswered' | 'moment' | 'wait' | 'assumption' | 'more'

export interface Mark {
  role: MarkRole
  /** Its symbol (absent: text only, e.g. a score without a target, or "+2" for the marks left out). */
  symbol?: SymbolName
  color: string
  /** Written after the symbol (a count of votes, a metric's name). */
  text?: string
}

/** The tag symbol is drawn 40 units wide at the card's centre… */
export const TAG_SIZE = 40
/** …while it is at least this many pixels on screen; smaller, it joins the card's marks. */
export const TAG_CENTRED_MIN_PX = 12
/** A mark's height on screen, whatever the zoom… */
export const MARK_PX = 14
/** …and never less than this in board units (about the card's own symbols). */
export const MARK_MIN = 18

/** Whether the tag is drawn large at the card's centre at this zoom (else it is one of the marks). */
export const tagCentred = (zoom: number): boolean => TAG_SIZE * zoom >= TAG_CENTRED_MIN_PX

const vote = (role: 'votes' | 'dots', count: number): Mark => ({ role, symbol: 'vote', color: SYMBOL_INK, text: String(count) })

/** A card's marks, most telling first: its tag (when not drawn at the centre), scores, votes, then its flags. */
export function cardMarks(card: Card, flags: CardFlags, { withTag }: { withTag: boolean }): Mark[] {
  const out: Mark[] = []
  if (withTag && card.tag) out.push({ role: 'tag', symbol: card.tag, color: TAG_COLORS[card.tag] })
  if (flags.scores) {
    let scores: CardScores | null = null
    try {
      scores = JSON.parse(flags.scores) as CardScores
    } catch {
      /* no badges to draw */
    }
    for (const it of scores?.items ?? []) {
      const status = it.facts.status
      out.push(
        status === 'none'
          ? { role: 'score', color: SYMBOL_INK, text: metricLabel(it.metric) }
          : { role: 'score', symbol: statusSymbol(scores!.symbols, status), color: STATUS_COLORS[status] },
      )
    }
  }
  if (card.votes) out.push(vote('votes', card.votes))
  if (flags.dots) out.push(vote('dots', flags.dots))
  if (card.failPoint) out.push({ role: 'fail', symbol: 'fail', color: '#b71c1c' })
  if (flags.critical) out.push({ role: 'critical', symbol: 'critical', color: '#b71c1c' })
  if (flags.unanswered) out.push({ role: 'unanswered', symbol: 'unanswered', color: '#c62828' })
  if (card.moment) out.push({ role: 'moment', symbol: card.moment === 'positive' ? 'moment-positive' : 'moment-negative', color: SYMBOL_INK })
  if (card.waitPoint) out.push({ role: 'wait', symbol: 'wait', color: '#6d4c41' })
  if (card.evidence === 'assumption') out.push({ role: 'assumption', symbol: 'assumption', color: SYMBOL_INK })
  return out
}

/** A mark placed on the board: its chip (x, y, width, height) and where its symbol and text go. */
export interface PlacedMark {
  mark: Mark
  x: number
  y: number
  width: number
  height: number
  /** The font size of its text, in board units. */
  font: number
}

/** How wide a text is drawn at a font size (an estimate: bold digits and capitals, about 0.62 em). */
export const textWidth = (text: string, font: number): number => text.length * font * 0.62

/**
 * Where a card's marks go at a zoom: a row of chips from the card's top-left corner, each
 * MARK_PX high on screen (MARK_MIN units at least). Seen from very far a chip is larger than
 * the card: the row may then run past the card’s right side, up to about four chips wide; the marks
 * that do not fit are counted in a last "+n" chip.
 */
export function placeMarks(r: Rect, marks: readonly Mark[], zoom: number): PlacedMark[] {
  if (!marks.length) return []
  const h = Math.max(MARK_MIN, MARK_PX / Math.max(zoom, 1e-6))
  const pad = h * 0.15
  const font = h * 0.72
  const gap = h * 0.15
  const inset = Math.min(6, r.width / 20)
  const room = Math.max(r.width - 2 * inset, 3.5 * h + 2 * gap)
  const widthOf = (m: Mark) => (m.symbol ? h : pad) + (m.text ? (m.symbol ? pad * 0.5 : 0) + textWidth(m.text, font) + pad : 0)
  const widths = marks.map(widthOf)
  const fits = (n: number, extra: number) => widths.slice(0, n).reduce((a, w) => a + w + gap, 0) + extra <= room + gap
  let n = marks.length
  let shown: Mark[] = [...marks]
  if (!fits(n, 0)) {
    // keep as many as fit beside a "+k" chip (at least one mark, even alone past the room)
    const more = (k: number): Mark => ({ role: 'more', color: SYMBOL_INK, text: `+${k}` })
    n = marks.length - 1
    while (n > 1 && !fits(n, widthOf(more(marks.length - n)))) n--
    shown = [...marks.slice(0, n), more(marks.length - n)]
  }
  const out: PlacedMark[] = []
  let x = r.x + inset
  const y = r.y + Math.min(inset, Math.max(0, (r.height - h) / 2))
  for (const mark of shown) {
    const width = widthOf(mark)
    out.push({ mark, x, y, width, height: h, font })
    x += width + gap
  }
  return out
}

// What a row of marks is worth when rows collide: scores and votes first, a tag alone last.
const RANK: Record<MarkRole, number> = {
  score: 0,
  votes: 1,
  dots: 1,
  fail: 2,
  critical: 2,
  unanswered: 3,
  moment: 4,
  wait: 5,
  tag: 6,
  assumption: 7,
  more: 9,
}
const rankOf = (row: readonly PlacedMark[]) => Math.min(...row.map((p) => RANK[p.mark.role]))

/**
 * Seen from very far, cards are smaller than their marks and rows of marks would pile up: the
 * rows kept are those that overlap no row kept before them, the most telling rows first (a
 * scored or voted card's before a tag's), in board order among equals. A column of irritants
 * then shows as a column of spaced irritant symbols, and a score is never hidden under a tag.
 */
export function declutter(rows: readonly (readonly PlacedMark[])[]): PlacedMark[][] {
  const boxes = rows
    .map((row, i) => {
      const last = row[row.length - 1]
      const margin = row[0].height * 0.1
      return {
        row,
        i,
        rank: rankOf(row),
        x0: row[0].x - margin,
        y0: row[0].y - margin,
        x1: last.x + last.width + margin,
        y1: row[0].y + row[0].height + margin,
      }
    })
    .filter((b) => b.row.length)
  boxes.sort((a, b) => a.rank - b.rank || a.i - b.i)
  // kept boxes by grid cell (a cell a chip high): each box is checked against those near it only
  const cell = boxes.reduce((m, b) => Math.max(m, b.y1 - b.y0), 1)
  const grid = new Map<number, typeof boxes>()
  const kept: PlacedMark[][] = []
  for (const b of boxes) {
    const cx0 = Math.floor(b.x0 / cell)
    const cx1 = Math.floor(b.x1 / cell)
    const cy0 = Math.floor(b.y0 / cell)
    const cy1 = Math.floor(b.y1 / cell)
    let free = true
    for (let cx = cx0; free && cx <= cx1; cx++)
      for (let cy = cy0; free && cy <= cy1; cy++)
        for (const o of grid.get(cx * 1_000_003 + cy) ?? []) if (o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) free = false
    if (!free) continue
    kept.push([...b.row])
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = cx * 1_000_003 + cy
        const list = grid.get(k)
        if (list) list.push(b)
        else grid.set(k, [b])
      }
  }
  return kept
}
