// Target customer journey map: per stage, irritants, musts (each an antidote to an irritant)
// and pluses. A must answers an irritant when an arrow joins them, drawn either way: people
// draw from the complaint to its remedy as often as the reverse, and the pairing is what
// matters. Any must on the board counts, not only one in the same stage.
import type { Board, Card, Id, LaneRole } from '../types'

export type TargetRow = 'irritant' | 'must' | 'plus'

const BY_TAG: Partial<Record<NonNullable<Card['tag']>, TargetRow>> = { irritant: 'irritant', must: 'must', wow: 'plus' }
const BY_ROLE: Partial<Record<LaneRole, TargetRow>> = { irritants: 'irritant', musts: 'must', pluses: 'plus' }

/**
 * What a card is on a target map. A tag that names a row (irritant, must, wow) wins — a card
 * tagged "must" left in the irritants lane is a must; otherwise (no tag, or idea, question,
 * touchpoint) the lane's role decides. Null for anything else.
 */
export function targetRowOf(card: Card, laneRole: LaneRole | undefined): TargetRow | null {
  return (card.tag && BY_TAG[card.tag]) || (laneRole && BY_ROLE[laneRole]) || null
}

function classify(board: Board): Map<Id, TargetRow> {
  const roles = new Map(board.lanes.map((l) => [l.id, l.role]))
  const out = new Map<Id, TargetRow>()
  for (const c of board.cards) {
    const row = targetRowOf(c, roles.get(c.laneId))
    if (row) out.set(c.id, row)
  }
  return out
}

/** For each irritant, the musts joined to it by an arrow (either direction). */
export function answeringMusts(board: Board): Map<Id, Set<Id>> {
  const rows = classify(board)
  const out = new Map<Id, Set<Id>>()
  for (const [id, row] of rows) if (row === 'irritant') out.set(id, new Set())
  for (const l of board.links) {
    const a = rows.get(l.from)
    const b = rows.get(l.to)
    if (a === 'irritant' && b === 'must') out.get(l.from)!.add(l.to)
    else if (a === 'must' && b === 'irritant') out.get(l.to)!.add(l.from)
  }
  return out
}

/** Irritants (in the irritants lane, or tagged irritant) that no must answers. */
export function unansweredIrritants(board: Board): Set<Id> {
  const out = new Set<Id>()
  for (const [id, musts] of answeringMusts(board)) if (musts.size === 0) out.add(id)
  return out
}

export interface TargetStageCounts {
  irritants: number
  musts: number
  pluses: number
  unanswered: number
}

/** Per stage (every stage, in order, zeros included): irritants, musts, pluses and unanswered irritants. */
export function stageCounts(board: Board): Map<Id, TargetStageCounts> {
  const out = new Map<Id, TargetStageCounts>(board.stages.map((s) => [s.id, { irritants: 0, musts: 0, pluses: 0, unanswered: 0 }]))
  const rows = classify(board)
  const unanswered = unansweredIrritants(board)
  for (const c of board.cards) {
    const counts = out.get(c.stageId)
    const row = rows.get(c.id)
    if (!counts || !row) continue
    if (row === 'irritant') counts.irritants++
    else if (row === 'must') counts.musts++
    else counts.pluses++
    if (unanswered.has(c.id)) counts.unanswered++
  }
  return out
}
