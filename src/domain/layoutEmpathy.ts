// The empathy map's own layout (XPLANE): Says, Thinks, Does, Feels as four quadrants around
// the persona, Pains and Gains side by side below. Cards flow in two columns per zone.
import type { Board, Card, Id } from './types'
import { METRICS, type BoardLayout, type Metrics, type Rect } from './layout'

export const EMPATHY_GRID: readonly (readonly string[])[] = [
  ['says', 'thinks'],
  ['does', 'feels'],
  ['pains', 'gains'],
]
const HEADER = 48
const COLUMNS = 2

export function zoneWidth(m: Metrics = METRICS): number {
  return COLUMNS * m.cardWidth + (COLUMNS + 1) * m.cellPadding
}

export function layoutEmpathy(board: Board, cardHeight: (c: Card) => number, m: Metrics = METRICS): BoardLayout {
  const zw = zoneWidth(m)
  const byRole = new Map(board.lanes.map((l) => [l.role as string, l.id]))
  const placed = new Set<Id>()
  // Rows of the grid, then any other lane (e.g. notes) on a row of its own.
  const rows: Id[][] = EMPATHY_GRID.map((row) => row.map((r) => byRole.get(r)).filter((x): x is Id => !!x))
  for (const row of rows) row.forEach((id) => placed.add(id))
  for (const l of board.lanes) if (!placed.has(l.id)) rows.push([l.id])

  const cards = new Map<Id, Rect>()
  const lanes = new Map<Id, Rect>()
  let y = 0
  for (const row of rows) {
    if (row.length === 0) continue
    // Place cards per zone in the shorter of two columns; the row is as tall as its tallest zone.
    const zoneCards = row.map((laneId) => board.cards.filter((c) => c.laneId === laneId))
    const heights: number[] = []
    const rowRects: Map<Id, Rect>[] = []
    row.forEach((_, zi) => {
      const cols = new Array(COLUMNS).fill(HEADER)
      const rects = new Map<Id, Rect>()
      for (const c of zoneCards[zi]) {
        const col = cols.indexOf(Math.min(...cols))
        const h = Math.max(m.minCardHeight, Math.ceil(cardHeight(c)))
        rects.set(c.id, { x: zi * zw + m.cellPadding + col * (m.cardWidth + m.cellPadding), y: cols[col], width: m.cardWidth, height: h })
        cols[col] += h + m.cardGap
      }
      heights.push(Math.max(...cols))
      rowRects.push(rects)
    })
    const rowH = Math.max(220, Math.max(...heights) + m.cellPadding)
    const width = row.length === 1 ? 2 * zw : zw
    row.forEach((laneId, zi) => {
      lanes.set(laneId, { x: zi * zw, y, width, height: rowH })
      for (const [id, r] of rowRects[zi]) cards.set(id, { ...r, y: r.y + y })
    })
    y += rowH
  }
  const stages = new Map<Id, Rect>()
  if (board.stages[0]) stages.set(board.stages[0].id, { x: 0, y: 0, width: 2 * zw, height: 0 })
  return { width: 2 * zw, height: y, top: 0, stages, phases: new Map(), lanes, cards }
}
