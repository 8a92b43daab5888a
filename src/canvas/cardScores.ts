// The score badges of each card, and the cards the "Below target" filter keeps: computed once
// per board change from the board's measurements (one pass), handed to each card as a string.
import type { Board, Card, Id, Measurement, ScoreSymbols } from '../domain/types'
import { isBelowTarget, latestBySubject, latestWithPrevious, scoreFacts, type ScoreFacts } from '../domain/methods/scores'

/** What a card's badges are drawn from (formatted in the interface's language when drawn). */
export interface CardScores {
  symbols: ScoreSymbols
  items: { id: string; metric: string; facts: ScoreFacts }[]
}

/** Each scored card's badges, as JSON (see CardFlags.scores). */
export function cardScores(board: Board): Map<Id, string> {
  const out = new Map<Id, string>()
  const all = board.measurements
  if (!all?.length) return out
  const symbols = board.scoreSymbols ?? 'traffic'
  for (const [cardId, latest] of latestWithPrevious(all)) {
    const value: CardScores = { symbols, items: latest.map(({ m, previous }) => ({ id: m.id, metric: m.metric, facts: scoreFacts(all, m, {}, previous) })) }
    out.set(cardId, JSON.stringify(value))
  }
  return out
}

// (the status needs no previous period)
const below = (all: readonly Measurement[], latest: readonly Measurement[]) => latest.some((m) => isBelowTarget(scoreFacts(all, m, {}, null).status))

/**
 * The cards "Below target" leaves undimmed: the touchpoints whose latest score (of any metric)
 * misses its target or falls just short of it, and the moments of truth of a stage whose own
 * latest score does.
 */
export function belowTargetCards(board: Board): Set<Id> {
  const out = new Set<Id>()
  const all = board.measurements ?? []
  for (const [cardId, latest] of latestWithPrevious(all))
    if (
      below(
        all,
        latest.map((x) => x.m),
      )
    )
      out.add(cardId)
  const stages = new Set(board.stages.filter((s) => below(all, latestBySubject(all, { stageId: s.id }))).map((s) => s.id))
  for (const c of board.cards as Card[]) if (c.moment && stages.has(c.stageId)) out.add(c.id)
  return out
}
