// Keyboard navigation over the grid: the cursor sits on a card, or on an empty cell.
// Left/right go to the neighbouring stage, up/down through the cell's cards and then
// to the neighbouring lane. Separator lines are skipped.
import type { Cursor } from '../store/editorStore'
import type { Board } from '../domain/types'
import { isSeparator } from '../domain/types'
import { cellCards } from '../domain/operations'

export type Direction = 'left' | 'right' | 'up' | 'down'

export function initialCursor(b: Board): Cursor | null {
  const lane = b.lanes.find((l) => !isSeparator(l.role))
  const stage = b.stages[0]
  if (!lane || !stage) return null
  const first = cellCards(b, stage.id, lane.id)[0]
  return { stageId: stage.id, laneId: lane.id, ...(first ? { cardId: first.id } : {}) }
}

export function moveCursor(b: Board, c: Cursor | null, dir: Direction, hiddenLaneIds?: Set<string>): Cursor | null {
  if (!c) return initialCursor(b)
  const lanes = b.lanes.filter((l) => !isSeparator(l.role) && !hiddenLaneIds?.has(l.id))
  const si = b.stages.findIndex((s) => s.id === c.stageId)
  const li = lanes.findIndex((l) => l.id === c.laneId)
  if (si < 0 || li < 0) return initialCursor(b)
  const cards = cellCards(b, c.stageId, c.laneId)
  const ci = c.cardId ? cards.findIndex((x) => x.id === c.cardId) : -1
  const at = (stageIndex: number, laneIndex: number, pick: 'first' | 'last' | number): Cursor => {
    const stageId = b.stages[stageIndex].id
    const laneId = lanes[laneIndex].id
    const list = cellCards(b, stageId, laneId)
    if (list.length === 0) return { stageId, laneId }
    const i = pick === 'first' ? 0 : pick === 'last' ? list.length - 1 : Math.min(pick, list.length - 1)
    return { stageId, laneId, cardId: list[Math.max(0, i)].id }
  }
  switch (dir) {
    case 'left':
      return si > 0 ? at(si - 1, li, Math.max(0, ci)) : c
    case 'right':
      return si < b.stages.length - 1 ? at(si + 1, li, Math.max(0, ci)) : c
    case 'down':
      if (ci >= 0 && ci < cards.length - 1) return { ...c, cardId: cards[ci + 1].id }
      return li < lanes.length - 1 ? at(si, li + 1, 'first') : c
    case 'up':
      if (ci > 0) return { ...c, cardId: cards[ci - 1].id }
      return li > 0 ? at(si, li - 1, 'last') : c
  }
}
