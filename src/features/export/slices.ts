// Slides: a board restricted to a run of consecutive stages. The slice is itself a board
// (same lanes, so the lane headers repeat on every slide), rendered like any other.
import type { Board } from '../../domain/types'

/** Stages `from`…`to`, inclusive, 0-based (in board order). */
export interface StageRange {
  from: number
  to: number
}

/** A range kept inside the board's stages, `from` ≤ `to`. */
export function clampRange(board: Pick<Board, 'stages'>, range: StageRange): StageRange {
  const last = Math.max(0, board.stages.length - 1)
  const a = Math.max(0, Math.min(last, Math.floor(range.from)))
  const b = Math.max(0, Math.min(last, Math.floor(range.to)))
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

/**
 * Ranges of at most `perSlide` stages covering `count` stages, as even as possible
 * (12 stages by 5 gives 4 + 4 + 4, not 5 + 5 + 2): slides of one deck look alike.
 */
export function splitStages(count: number, perSlide: number): StageRange[] {
  if (count <= 0) return []
  const per = Math.max(1, Math.floor(perSlide) || 1)
  const slides = Math.ceil(count / per)
  const base = Math.floor(count / slides)
  const extra = count % slides
  const out: StageRange[] = []
  let from = 0
  for (let i = 0; i < slides; i++) {
    const size = base + (i < extra ? 1 : 0)
    out.push({ from, to: from + size - 1 })
    from += size
  }
  return out
}

/**
 * The board with only the stages of `range`: their cards, the links between kept cards,
 * phases trimmed to the kept stages (dropped when none is left), emotion points of the kept
 * stages. Lanes, personas and everything else are unchanged.
 */
export function sliceBoard(board: Board, range: StageRange): Board {
  const { from, to } = clampRange(board, range)
  const stages = board.stages.slice(from, to + 1)
  const kept = new Set(stages.map((s) => s.id))
  const cards = board.cards.filter((c) => kept.has(c.stageId))
  const cardIds = new Set(cards.map((c) => c.id))
  const out: Board = {
    ...board,
    stages,
    cards,
    links: board.links.filter((l) => cardIds.has(l.from) && cardIds.has(l.to)),
  }
  if (board.phases) {
    out.phases = board.phases.map((p) => ({ ...p, stageIds: p.stageIds.filter((id) => kept.has(id)) })).filter((p) => p.stageIds.length > 0)
  }
  if (board.emotions) out.emotions = board.emotions.filter((e) => kept.has(e.stageId))
  return out
}

/** "3–5" (1-based, for people). */
export const rangeLabel = (r: StageRange) => (r.from === r.to ? `${r.from + 1}` : `${r.from + 1}–${r.to + 1}`)
