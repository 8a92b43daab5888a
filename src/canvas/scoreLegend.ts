// The legend entries of the scores drawn on a board (its cards' badges and its Scores lane):
// the status symbols used, in the board's style, the trend arrows and the low-sample mark —
// so a black-and-white print says what each shape means.
import type { Board } from '../domain/types'
import { latestByCard, latestBySubject, scoreFacts, type ScoreFacts } from '../domain/methods/scores'
import type { SymbolName } from '../ui/icons'
import { STATUS_COLORS, statusSymbol, type ShownStatus } from '../ui/scoreSymbols'

export interface ScoreLegendItem {
  symbol: SymbolName
  color?: string
  /** i18n key of its name. */
  label: string
}

/** Entries for the scores of `board`'s cards (and of its stages when it has a Scores lane). */
export function scoreLegendItems(board: Board): ScoreLegendItem[] {
  const all = board.measurements ?? []
  if (!all.length) return []
  const facts: ScoreFacts[] = []
  const cards = new Set(board.cards.map((c) => c.id))
  for (const [cardId, latest] of latestByCard(all)) if (cards.has(cardId)) for (const m of latest) facts.push(scoreFacts(all, m))
  if (board.lanes.some((l) => l.role === 'scores'))
    for (const s of board.stages) for (const m of latestBySubject(all, { stageId: s.id })) facts.push(scoreFacts(all, m))
  if (!facts.length) return []
  const style = board.scoreSymbols ?? 'traffic'
  const items: ScoreLegendItem[] = []
  for (const status of ['met', 'near', 'missed'] as ShownStatus[])
    if (facts.some((f) => f.status === status))
      items.push({ symbol: statusSymbol(style, status), color: STATUS_COLORS[status], label: `methods.score.status.${status}` })
  if (facts.some((f) => f.trend)) items.push({ symbol: 'trend', label: 'methods.score.legend.trend' })
  if (facts.some((f) => f.lowSample)) items.push({ symbol: 'low-sample', label: 'methods.score.legend.lowSample' })
  return items
}
