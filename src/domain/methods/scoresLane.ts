// What the Scores lane draws, stage by stage: the latest score of each metric of the stage
// itself and of each of its touchpoints (the cards with scores), against their targets.
// Also how many badge rows a card carries. Pure: the layout and the lane component share it.
import type { Board, Card, Id, Measurement } from '../types'
import { latestByCard, latestBySubject } from './scores'

export interface ScoresLaneRow {
  measurement: Measurement
  /** The touchpoint scored, or none for the stage's own score. */
  cardId?: Id
}

/** The rows of each stage, in order: the stage's own scores, then each card's (board order), each in metric order. */
export function scoresLaneRows(board: Board, byCard: Map<Id, Measurement[]> = latestByCard(board.measurements ?? [])): Map<Id, ScoresLaneRow[]> {
  const out = new Map<Id, ScoresLaneRow[]>()
  const all = board.measurements ?? []
  for (const s of board.stages)
    out.set(
      s.id,
      latestBySubject(all, { stageId: s.id }).map((measurement) => ({ measurement })),
    )
  for (const c of board.cards) {
    const ms = byCard.get(c.id)
    if (ms) out.get(c.stageId)?.push(...ms.map((measurement) => ({ measurement, cardId: c.id })))
  }
  return out
}

/** The most rows any stage has (the Scores lane is as tall as that). */
export function scoresLaneMaxRows(board: Board, byCard?: Map<Id, Measurement[]>): number {
  if (!board.measurements?.length || !board.lanes.some((l) => l.role === 'scores')) return 0
  let max = 0
  for (const rows of scoresLaneRows(board, byCard).values()) max = Math.max(max, rows.length)
  return max
}

/** Badge rows of each card: one per metric with a score (the latest period's). */
export function badgeRows(board: Pick<Board, 'measurements'>): (card: Pick<Card, 'id'>) => number {
  if (!board.measurements?.length) return () => 0
  const counts = new Map<Id, Set<string>>()
  for (const m of board.measurements) {
    if (m.cardId === undefined) continue
    let set = counts.get(m.cardId)
    if (!set) counts.set(m.cardId, (set = new Set()))
    set.add(m.metric.trim().toLowerCase())
  }
  return (card) => counts.get(card.id)?.size ?? 0
}

/** The range a score is drawn against: the metric's scale (NPS −100…+100, a share 0…100, a mean its scale), or for a custom KPI 0 to a little above the larger of the score and its target. */
export function scoreRange(m: Pick<Measurement, 'metric' | 'scale' | 'method'>, score: number | null, target: number | null): [number, number] {
  const metric = m.metric.trim().toLowerCase()
  const scale = /^(\d+)\s*[-–]\s*(\d+)$/.exec(m.scale ?? '')
  if (metric === 'nps') return [-100, 100]
  if (metric === 'csat') return m.method === 'mean' ? [1, scale ? Number(scale[2]) : 5] : [0, 100]
  if (metric === 'ces') return scale ? [Number(scale[1]), Number(scale[2])] : [1, 5]
  const values = [score, target].filter((v): v is number => v !== null && Number.isFinite(v))
  const lo = Math.min(0, ...values)
  const hi = Math.max(...values, lo + 1)
  return [lo, hi + (hi - lo) * 0.15]
}
