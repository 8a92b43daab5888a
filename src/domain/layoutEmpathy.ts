// The empathy map's own layout (XPLANE): Says, Thinks, Does, Feels as four quadrants around
// the persona, Pains and Gains side by side below. Cards flow in two columns per zone. The
// quadrants meet at the centre, where the persona card sits: each quadrant keeps its inner
// half of a central band free of cards, so the persona never covers one.
import type { Board, Card, Id } from './types'
import { METRICS, type BoardLayout, type Metrics, type Rect } from './geometry'

export const EMPATHY_GRID: readonly (readonly string[])[] = [
  ['says', 'thinks'],
  ['does', 'feels'],
  ['pains', 'gains'],
]
const HEADER = 48
/** A zone name's line (20 px capitals) and the width a capital takes, at most: names wrap, never cut. */
const HEADER_LINE = 25
const HEADER_CHAR = 16
const COLUMNS = 2
/** Width of the central band kept free for the persona card (its width plus a margin). */
export const PERSONA_BAND = 292

export function zoneWidth(m: Metrics = METRICS): number {
  return COLUMNS * m.cardWidth + (COLUMNS + 1) * m.cellPadding
}

/** Where a zone's cards start: below its name, on as many lines as the name takes. */
function headerHeight(name: string, textWidth: number): number {
  const lines = Math.max(1, Math.ceil((name.length * HEADER_CHAR) / Math.max(HEADER_CHAR, textWidth)))
  return HEADER + (lines - 1) * HEADER_LINE
}

export function layoutEmpathy(board: Board, cardHeight: (c: Card) => number, m: Metrics = METRICS): BoardLayout {
  const zw = zoneWidth(m)
  const half = PERSONA_BAND / 2
  const full = 2 * zw + PERSONA_BAND
  const byRole = new Map(board.lanes.map((l) => [l.role as string, l.id]))
  const names = new Map(board.lanes.map((l) => [l.id, l.name]))
  const placed = new Set<Id>()
  // Rows of the grid, then any other lane (e.g. notes) on a row of its own.
  const rows: Id[][] = EMPATHY_GRID.map((row) => row.map((r) => byRole.get(r)).filter((x): x is Id => !!x))
  for (const row of rows) row.forEach((id) => placed.add(id))
  for (const l of board.lanes) if (!placed.has(l.id)) rows.push([l.id])

  const cards = new Map<Id, Rect>()
  const lanes = new Map<Id, Rect>()
  let y = 0
  for (const [ri, row] of rows.entries()) {
    if (row.length === 0) continue
    // the quadrants (first two rows) keep the band next to the centre free of cards
    const inset = (zi: number) => (ri < 2 && zi === 1 ? half : 0)
    // Place cards per zone in the shorter of two columns; the row is as tall as its tallest zone.
    const zoneCards = row.map((laneId) => board.cards.filter((c) => c.laneId === laneId))
    const heights: number[] = []
    const rowRects: Map<Id, Rect>[] = []
    row.forEach((laneId, zi) => {
      // the name's width: the zone's, less its padding and, beside the persona, the band
      const textWidth = (row.length === 1 ? full : zw + half) - 24 - (ri === 1 ? half + 12 : 0)
      const cols = new Array(COLUMNS).fill(headerHeight(names.get(laneId) ?? '', textWidth))
      const rects = new Map<Id, Rect>()
      for (const c of zoneCards[zi]) {
        const col = cols.indexOf(Math.min(...cols))
        const h = Math.max(m.minCardHeight, Math.ceil(cardHeight(c)))
        rects.set(c.id, { x: zi * (zw + half) + inset(zi) + m.cellPadding + col * (m.cardWidth + m.cellPadding), y: cols[col], width: m.cardWidth, height: h })
        cols[col] += h + m.cardGap
      }
      heights.push(Math.max(...cols))
      rowRects.push(rects)
    })
    const rowH = Math.max(220, Math.max(...heights) + m.cellPadding)
    const width = row.length === 1 ? full : zw + half
    row.forEach((laneId, zi) => {
      lanes.set(laneId, { x: zi * (zw + half), y, width, height: rowH })
      for (const [id, r] of rowRects[zi]) cards.set(id, { ...r, y: r.y + y })
    })
    y += rowH
  }
  const stages = new Map<Id, Rect>()
  if (board.stages[0]) stages.set(board.stages[0].id, { x: 0, y: 0, width: full, height: 0 })
  return { width: full, height: y, top: 0, stages, phases: new Map(), lanes, cards }
}

/** The zone under a point of the map (for dropping a card), or null outside the zones. */
export function zoneAt(board: Board, layout: BoardLayout, x: number, y: number): { stageId: Id; laneId: Id } | null {
  for (const [laneId, r] of layout.lanes)
    if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return board.stages[0] ? { stageId: board.stages[0].id, laneId } : null
  return null
}
