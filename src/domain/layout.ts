// Where everything sits on the board: a pure function of the board and of the height
// of each card's text (measured by the caller: canvas text metrics in the browser,
// an estimate in tests). Cells grow so that cards never overlap or spill out.
// The kind says which layout a board gets (../kinds): a grid, or the empathy map's zones.
import type { Board, Card, Id } from './types'
import { isSeparator } from './types'
import { kindOf } from './kinds'
import { METRICS, type BoardLayout, type LayoutOptions, type Metrics, type Rect } from './geometry'
import { layoutEmpathy, zoneAt } from './layoutEmpathy'
import { badgeRows, scoresLaneMaxRows } from './methods/scoresLane'

export { METRICS, type BoardLayout, type LayoutOptions, type Metrics, type Rect } from './geometry'

/** A rough card height for when no text metrics are at hand (tests, first paint). */
export function estimateCardHeight(card: Pick<Card, 'text'>, m: Metrics = METRICS): number {
  const charsPerLine = 26
  const lines = card.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0)
  return Math.max(m.minCardHeight, 34 + lines * 20)
}

export function layoutBoard(board: Board, cardHeight: (card: Card) => number = (c) => estimateCardHeight(c), opts: LayoutOptions = {}): BoardLayout {
  const m = opts.metrics ?? METRICS
  // a card with scores carries a badge row per metric below its text
  const badges = badgeRows(board)
  const textHeight = cardHeight
  cardHeight = board.measurements?.length ? (c) => textHeight(c) + badges(c) * m.badgeRowHeight : textHeight
  if (kindOf(board).layout === 'zones') return layoutEmpathy(board, cardHeight, m)
  const hidden = opts.hiddenLaneIds
  const hasPhases = (board.phases ?? []).some((p) => p.stageIds.length > 0)
  const top = (hasPhases ? m.phaseHeaderHeight : 0) + m.stageHeaderHeight

  const stages = new Map<Id, Rect>()
  const stageIndex = new Map<Id, number>()
  board.stages.forEach((s, i) => {
    stageIndex.set(s.id, i)
    stages.set(s.id, {
      x: m.laneHeaderWidth + i * m.stageWidth,
      y: hasPhases ? m.phaseHeaderHeight : 0,
      width: m.stageWidth,
      height: m.stageHeaderHeight,
    })
  })
  const width = m.laneHeaderWidth + board.stages.length * m.stageWidth

  // Heights of the cards of each cell, in board order.
  const cellHeights = new Map<string, number>()
  const cardH = new Map<Id, number>()
  for (const c of board.cards) {
    const h = Math.max(m.minCardHeight, Math.ceil(cardHeight(c)))
    cardH.set(c.id, h)
    const key = `${c.laneId}|${c.stageId}`
    cellHeights.set(key, (cellHeights.get(key) ?? 0) + h + m.cardGap)
  }

  const lanes = new Map<Id, Rect>()
  let scoresRows: number | undefined
  let y = top
  for (const lane of board.lanes) {
    if (hidden?.has(lane.id)) continue
    let h: number
    if (isSeparator(lane.role)) h = m.separatorHeight
    else if (lane.role === 'emotions') h = m.emotionHeight
    else if (lane.role === 'scores') h = Math.max(m.minLaneHeight, (scoresRows ??= scoresLaneMaxRows(board)) * m.scoresRowHeight + 2 * m.cellPadding)
    else {
      let content = 0
      for (const s of board.stages) content = Math.max(content, cellHeights.get(`${lane.id}|${s.id}`) ?? 0)
      h = Math.max(m.minLaneHeight, content - (content ? m.cardGap : 0) + 2 * m.cellPadding + 24)
    }
    lanes.set(lane.id, { x: 0, y, width, height: h })
    y += h
  }

  const cards = new Map<Id, Rect>()
  const cursor = new Map<string, number>()
  for (const c of board.cards) {
    const lane = lanes.get(c.laneId)
    const stage = stages.get(c.stageId)
    if (!lane || !stage) continue
    const key = `${c.laneId}|${c.stageId}`
    const cy = cursor.get(key) ?? lane.y + m.cellPadding
    const h = cardH.get(c.id) ?? m.minCardHeight
    cards.set(c.id, { x: stage.x + (m.stageWidth - m.cardWidth) / 2, y: cy, width: m.cardWidth, height: h })
    cursor.set(key, cy + h + m.cardGap)
  }

  const phases = new Map<Id, Rect[]>()
  for (const p of board.phases ?? []) {
    // A phase spans runs of consecutive stages; a split phase gets one header per run.
    const idx = p.stageIds
      .map((s) => stageIndex.get(s))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b)
    const rects: Rect[] = []
    for (const i of idx) {
      const last = rects[rects.length - 1]
      const x = m.laneHeaderWidth + i * m.stageWidth
      if (last && Math.round(last.x + last.width) === x) last.width += m.stageWidth
      else rects.push({ x, y: 0, width: m.stageWidth, height: m.phaseHeaderHeight })
    }
    phases.set(p.id, rects)
  }

  return { width, height: y, top, stages, phases, lanes, cards }
}

/** The cell under a point of the board (for dropping a card), or null outside the grid. */
export function cellAt(board: Board, layout: BoardLayout, x: number, y: number): { stageId: Id; laneId: Id } | null {
  const m = METRICS
  if (kindOf(board).layout === 'zones') return zoneAt(board, layout, x, y)
  const si = Math.floor((x - m.laneHeaderWidth) / m.stageWidth)
  const stage = board.stages[Math.max(0, Math.min(board.stages.length - 1, si))]
  if (!stage) return null
  let laneId: Id | null = null
  for (const [id, r] of layout.lanes) {
    if (y >= r.y && y < r.y + r.height) {
      laneId = id
      break
    }
  }
  if (laneId === null) {
    // above or below the grid: the nearest lane
    const entries = [...layout.lanes.entries()]
    if (entries.length === 0) return null
    laneId = y < layout.top ? entries[0][0] : entries[entries.length - 1][0]
  }
  return { stageId: stage.id, laneId }
}

/** Position within a cell's cards for a drop at height `y` (cards listed in order). */
export function indexInCell(layout: BoardLayout, cellCardIds: Id[], y: number): number {
  let i = 0
  for (const id of cellCardIds) {
    const r = layout.cards.get(id)
    if (r && y > r.y + r.height / 2) i++
  }
  return i
}
