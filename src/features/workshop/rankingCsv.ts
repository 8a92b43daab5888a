// The ranking of a vote as CSV, for a spreadsheet: one row per card with dots, in rank order.
// Headers in the board's language; French gets `;` (as French Excel expects). Pure: data in, text out.
import Papa from 'papaparse'
import type { Board, Voting } from '../../domain/types'
import { ranking } from '../../domain/workshop/voting'
import { guardFormula } from '../io/cardsCsv'
import type { Tr } from './labels'

export function rankingCsv(board: Board, voting: Voting, tr: Tr, lang: 'fr' | 'en'): string {
  const fields = ['rank', 'dots', 'card', 'stageNo', 'stage', 'lane', 'tag', 'tie'].map((k) => tr(`workshop.csv.${k}`))
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  const lanes = new Map(board.lanes.map((l) => [l.id, l.name]))
  const data = ranking(board, voting).map((r) => {
    const si = stageIndex.get(r.card.stageId)
    return [
      r.rank,
      r.dots,
      guardFormula(r.card.text),
      si === undefined ? '' : si + 1,
      guardFormula(si === undefined ? '' : board.stages[si].name),
      guardFormula(lanes.get(r.card.laneId) ?? ''),
      r.card.tag ? tr(`tag.${r.card.tag}`) : '',
      r.tied ? tr('workshop.csv.tie') : '',
    ]
  })
  // the byte order mark tells Excel the file is UTF-8 (accents intact)
  return '\uFEFF' + Papa.unparse({ fields, data }, { delimiter: lang === 'fr' ? ';' : ',', newline: '\r\n' })
}
