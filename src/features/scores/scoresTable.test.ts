import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import '../methods/strings'
import './strings'
import { t } from '../../i18n'
import type { Board } from '../../domain/types'
import { scoreRows, scoresCsv, sortRows } from './scoresTable'

const board: Board = {
  id: 'b',
  title: 'T',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'Discover' },
    { id: 's2', name: 'Pay' },
  ],
  lanes: [{ id: 'l', name: 'Touchpoints', role: 'touchpoints' }],
  cards: [
    { id: 'c1', stageId: 's2', laneId: 'l', text: 'Desk' },
    { id: 'c2', stageId: 's1', laneId: 'l', text: '=Web site' },
  ],
  links: [],
  measurements: [
    { id: 'a', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 40, n: 120, target: 30 },
    { id: 'b', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 45, n: 110 },
    { id: 'c', cardId: 'c2', metric: 'csat', period: '2026-Q3', counts: { 3: 10, 4: 20, 5: 10 }, target: 80, scale: '1-5', method: 'top2' },
    { id: 'd', stageId: 's2', metric: 'ces', period: '2026-Q3', value: 2.05, n: 40, scale: '1-5' },
    { id: 'e', metric: 'Wait', period: '2026', value: 12.5, unit: 'min', direction: 'lower', relational: true },
  ],
}

describe('the scores table', () => {
  const rows = scoreRows(board, 'en')
  it('natural order: stage, touchpoint, metric, period; the relationship last', () => {
    expect(sortRows(rows, null).map((r) => r.m.id)).toEqual(['c', 'd', 'b', 'a', 'e'])
  })
  it('sorts by a column either way', () => {
    expect(sortRows(rows, { column: 'value', dir: 'desc' }).map((r) => r.m.id)).toEqual(['c', 'b', 'a', 'e', 'd'])
    expect(sortRows(rows, { column: 'status', dir: 'asc' }).map((r) => r.facts.status)).toEqual(['near', 'met', 'none', 'none', 'none'])
    expect(sortRows(rows, { column: 'trend', dir: 'asc' }).map((r) => r.m.id)[0]).toBe('a') // down from 45
  })
  it('as CSV: English with commas, French with semicolons and decimal commas; formulas guarded', () => {
    const en = Papa.parse<string[]>(scoresCsv(board, sortRows(rows, null), t, 'en').slice(1)).data
    expect(en[0]).toEqual(['Touchpoint', 'Stage', 'Metric', 'Period', 'Score', 'n', '±', 'Target', 'Status', 'Trend', 'Source', 'Kind'])
    expect(en[1]).toEqual(["'=Web site", 'Discover', 'CSAT (top-2-box)', '2026-Q3', '75', '40', '13', '80', 'close', '', '', 'transactional'])
    expect(en[5]).toEqual(['Relationship', '', 'Wait', '2026', '12.5', '', '', '', '', '', '', 'relational'])
    const fr = Papa.parse<string[]>(scoresCsv(board, sortRows(rows, null), t, 'fr').slice(1), { delimiter: ';' }).data
    expect(fr[2]).toEqual(['Étape entière', 'Pay', 'CES', '2026-Q3', '2,05', '40', '', '', '', '', '', 'transactionnel'])
    expect(fr[4][9]).toBe('↘ baisse')
  })
})
