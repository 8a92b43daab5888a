// Words for workshop records, shared by the panel, the bars, the ranking and the summary.
// `tr` is a translate function (the interface's, or one fixed to the board's language).
import type { Board, Round } from '../../domain/types'
import { roundStages } from '../../domain/workshop/rounds'
import { formatTimeLeft } from '../../domain/workshop/timer'

export type Tr = (key: string, options?: Record<string, unknown>) => string

/** "Arrive, Be served" — or "All stages" when the round covers the whole board. */
export function roundStagesLabel(board: Board, round: Round, tr: Tr): string {
  const stages = roundStages(board, round)
  if (stages.length > 1 && stages.length === board.stages.length) return tr('workshop.round.allStages')
  return stages.map((s) => `${board.stages.indexOf(s) + 1}. ${s.name}`).join(', ')
}

export const durationLabel = (ms: number | undefined): string => (ms === undefined ? '—' : formatTimeLeft(ms))

export function timeOfDay(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms))
}
