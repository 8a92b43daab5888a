// What the board shows beyond the cards themselves: lanes hidden by the customer view,
// and per-card flags (critical failure, unanswered irritant, filtered out), as the board's
// kind declares them (../domain/kinds).
import type { Board, Card, Id } from '../domain/types'
import { kindOf } from '../domain/kinds'
import type { CardFlags } from './toFlow'
import { stageCounts, unansweredIrritants } from '../domain/methods/target'
import { criticality } from '../domain/methods/fmea'
import { lanesBelowVisibility } from '../domain/methods/templates'
import { workshopFlags } from '../domain/workshop/cardFlags'
import { cardScores, belowTargetCards } from './cardScores'

export interface StageCounts {
  irritants: number
  musts: number
  pluses: number
  unanswered: number
}

export interface Decorations {
  hiddenLaneIds: Set<Id> | undefined
  flags: (card: Card) => CardFlags
  /** Target journey map: irritants, musts, pluses and unanswered irritants per stage. */
  stageCounts: Map<Id, StageCounts> | undefined
}

const NO_FLAGS: CardFlags = {}

export function boardDecorations(
  board: Board,
  view: { customerView: boolean; assumptionsOnly: boolean; belowTarget?: boolean; voterId?: Id | null },
): Decorations {
  const hiddenLaneIds = view.customerView ? lanesBelowVisibility(board) : undefined
  const kind = kindOf(board)
  const threshold = board.fmeaThreshold ?? 100
  const critical = new Set(kind.decorations.includes('critical') ? board.cards.filter((c) => c.fmea && criticality(c.fmea) >= threshold).map((c) => c.id) : [])
  const unanswered = kind.decorations.includes('unanswered') ? unansweredIrritants(board) : new Set<Id>()
  const workshop = workshopFlags(board, view.voterId ?? null)
  const scores = cardScores(board)
  const below = view.belowTarget ? belowTargetCards(board) : undefined
  const flags = (card: Card): CardFlags => {
    const f: CardFlags = {}
    if (critical.has(card.id)) f.critical = true
    if (unanswered.has(card.id)) f.unanswered = true
    if (view.assumptionsOnly && card.evidence !== 'assumption') f.dimmed = true
    if (below && !below.has(card.id)) f.dimmed = true
    const s = scores.get(card.id)
    if (s) f.scores = s
    if (workshop) Object.assign(f, workshop(card))
    return Object.keys(f).length ? f : NO_FLAGS
  }
  return { hiddenLaneIds, flags, stageCounts: kind.stageCounts ? stageCounts(board) : undefined }
}
