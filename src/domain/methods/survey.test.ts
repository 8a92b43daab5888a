import { describe, expect, it } from 'vitest'
import { aggregateSurvey, guessColumn, guessMapping, periodOf, readDate, type SurveyMapping, type SurveyRow } from './survey'
import { measurementScore } from './scores'
import { groupMeasurement } from './survey'

const rows = (lines: string[][], first = 2): SurveyRow[] => lines.map((cells, i) => ({ cells, line: first + i }))

describe('columns guessed from their names, in French and English', () => {
  it.each([
    ['Touchpoint', 'touchpoint'],
    ['Point de contact', 'touchpoint'],
    ['Points de contact', 'touchpoint'],
    ['Occasion de contact', 'touchpoint'],
    ['Étape', 'stage'],
    ['Stage', 'stage'],
    ['Date', 'date'],
    ['Date de réponse', 'date'],
    ['Horodateur', 'date'],
    ['Mois', 'date'],
    ['Période', 'date'],
    ['NPS', 'nps'],
    ['Recommandation (0-10)', 'nps'],
    ['How likely are you to recommend us?', 'nps'],
    ['CSAT', 'csat'],
    ['Satisfaction', 'csat'],
    ['CES', 'ces'],
    ['Effort', 'ces'],
    ['Facilité', 'ces'],
    ['Commentaire', 'comment'],
    ['Verbatim', 'comment'],
    ['Comment', 'comment'],
    ['Satisfaction comment', 'comment'],
    ['Indicateur', 'metric'],
    ['Metric', 'metric'],
    ['Valeur', 'value'],
    ['Score', 'value'],
    ['n', 'n'],
    ['Répondants', 'n'],
    ['Cible', 'target'],
    ['Objectif', 'target'],
    ['Promoteurs', 'promoters'],
    ['Passifs', 'passives'],
    ['Détracteurs', 'detractors'],
    ['Respondent id', 'ignore'],
    ['', 'ignore'],
  ])('%s → %s', (header, field) => expect(guessColumn(header)).toBe(field))

  it('a whole header row: raw answers or aggregated; one column per field', () => {
    const raw = guessMapping(['Point de contact', 'Date', 'Recommandation', 'Satisfaction', 'Effort', 'Commentaire', 'NPS'], [])
    expect(raw.columns).toEqual(['touchpoint', 'date', 'nps', 'csat', 'ces', 'comment', 'ignore'])
    expect(raw.shape).toBe('raw')
    const agg = guessMapping(['Touchpoint', 'Period', 'Metric', 'Value', 'n', 'Target'], [])
    expect(agg.shape).toBe('aggregated')
  })
  it('the date order and the CES scale from the data', () => {
    expect(guessMapping(['Date'], [['03/04/2026'], ['25/04/2026']], 'en').dateOrder).toBe('dmy')
    expect(guessMapping(['Date'], [['04/25/2026']], 'fr').dateOrder).toBe('mdy')
    expect(guessMapping(['Date'], [['03/04/2026']], 'fr').dateOrder).toBe('dmy')
    expect(guessMapping(['Touchpoint', 'CES'], [['a', '6']]).cesScale).toBe('1-7')
  })
})

describe('dates and periods', () => {
  it('reads ISO, day/month, month/day, serial numbers and periods', () => {
    expect(readDate('2026-09-14', 'dmy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('2026-09-14T10:32:00Z', 'dmy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('14/09/2026 10:32', 'dmy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('09/14/2026', 'mdy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('14.09.26', 'dmy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('46279', 'dmy')).toEqual({ type: 'date', iso: '2026-09-14' })
    expect(readDate('2026-09', 'dmy')).toEqual({ type: 'month', period: '2026-09' })
    expect(readDate('T3 2026', 'dmy')).toEqual({ type: 'quarter', period: '2026-Q3' })
    expect(readDate('2026-Q3', 'dmy')).toEqual({ type: 'quarter', period: '2026-Q3' })
  })
  it('refuses what is no date', () => {
    for (const bad of ['14/13/2026', '2026-02-30', 'yesterday', '12345', '']) expect(readDate(bad, 'dmy'), bad).toBeNull()
  })
  it('groups by month or quarter', () => {
    const d = readDate('2026-08-31', 'dmy')!
    expect(periodOf(d, 'month')).toBe('2026-08')
    expect(periodOf(d, 'quarter')).toBe('2026-Q3')
    expect(periodOf(readDate('2026-12', 'dmy')!, 'quarter')).toBe('2026-Q4')
  })
})

const RAW: SurveyMapping = {
  columns: ['touchpoint', 'date', 'nps', 'csat', 'ces', 'comment'],
  shape: 'raw',
  grouping: 'month',
  dateOrder: 'dmy',
  cesScale: '1-5',
  csatMethod: 'top2',
}

describe('raw answers, one row per respondent', () => {
  it('counts each answer per touchpoint × month × metric', () => {
    const r = aggregateSurvey(
      rows([
        ['Web site', '2026-09-01', '10', '5', '2', ''],
        ['Web site', '2026-09-20', '6', '4', '', 'Too slow'],
        ['web  SITE', '2026-09-30', '9', '', '1', ''],
        ['Desk', '2026-10-02', '7', '2', '3', ''],
        ['Web site', '2026-10-05', '0', '', '', 'Lost my file'],
      ]),
      RAW,
    )
    expect(r.badCount).toBe(0)
    expect(r.rows).toBe(5)
    expect(r.used).toBe(5)
    const find = (tp: string, period: string, metric: string) =>
      r.groups.find((g) => g.touchpoint.toLowerCase() === tp && g.period === period && g.metric === metric)
    expect(find('web site', '2026-09', 'nps')).toMatchObject({ counts: { 10: 1, 6: 1, 9: 1 }, rows: 3 })
    expect(find('web site', '2026-09', 'csat')).toMatchObject({ counts: { 5: 1, 4: 1 }, scale: '1-5', method: 'top2' })
    expect(find('web site', '2026-09', 'ces')).toMatchObject({ counts: { 2: 1, 1: 1 }, scale: '1-5' })
    expect(find('web site', '2026-10', 'nps')).toMatchObject({ counts: { 0: 1 } })
    expect(r.subjects).toEqual([
      { touchpoint: 'Web site', stage: '', rows: 4 },
      { touchpoint: 'Desk', stage: '', rows: 1 },
    ])
    // NPS of 2026-09: 2 promoters (10, 9), 1 detractor (6) → +33
    expect(measurementScore({ id: 'x', ...groupMeasurement(find('web site', '2026-09', 'nps')!, '') })).toBeCloseTo(33.33, 2)
  })
  it('by quarter', () => {
    const r = aggregateSurvey(
      rows([
        ['A', '2026-07-01', '10', '', '', ''],
        ['A', '2026-09-30', '0', '', '', ''],
      ]),
      { ...RAW, grouping: 'quarter' },
    )
    expect(r.groups).toHaveLength(1)
    expect(r.groups[0]).toMatchObject({ period: '2026-Q3', counts: { 10: 1, 0: 1 } })
  })
  it('bad rows by line number, with the cell at fault; never half-used', () => {
    const r = aggregateSurvey(
      rows([
        ['Web site', '2026-09-01', '11', '5', '', ''],
        ['', '2026-09-01', '5', '', '', ''],
        ['Desk', 'soon', '5', '', '', ''],
        ['Desk', '2026-09-01', '5', '6', '', ''],
        ['Desk', '2026-09-01', '', '', '', 'no score'],
        ['Desk', '2026-09-01', '8', '', '7', ''],
        ['Desk', '2026-09-01', '8', '', '', ''],
      ]),
      RAW,
    )
    expect(r.bad).toEqual([
      { line: 2, reason: 'nps', value: '11' },
      { line: 3, reason: 'noSubject' },
      { line: 4, reason: 'date', value: 'soon' },
      { line: 5, reason: 'csat', value: '6' },
      { line: 6, reason: 'noAnswer' },
      { line: 7, reason: 'ces', value: '7' },
    ])
    expect(r.badCount).toBe(6)
    expect(r.used).toBe(1)
    expect(r.groups).toEqual([expect.objectContaining({ touchpoint: 'Desk', metric: 'nps', counts: { 8: 1 } })])
  })
  it('CES 2.0 on 1–7', () => {
    const r = aggregateSurvey(rows([['A', '2026-09-01', '', '', '7', '']]), { ...RAW, cesScale: '1-7' })
    expect(r.groups[0]).toMatchObject({ metric: 'ces', scale: '1-7', counts: { 7: 1 } })
  })
  it('a stage column alone scores the stage; a default period when there is no date', () => {
    const r = aggregateSurvey(
      rows([
        ['Pay', '9'],
        ['Pay', '10'],
      ]),
      { ...RAW, columns: ['stage', 'nps'], defaultPeriod: '2026-Q2' },
    )
    expect(r.groups).toEqual([expect.objectContaining({ touchpoint: '', stage: 'Pay', period: '2026-Q2', counts: { 9: 1, 10: 1 } })])
  })
  it('the most recent detractor comments of each touchpoint', () => {
    const r = aggregateSurvey(
      rows([
        ['Web site', '2026-09-01', '2', '', '', 'Old complaint'],
        ['Web site', '2026-09-20', '6', '', '', 'Too slow'],
        ['Web site', '2026-09-25', '9', '', '', 'Great'], // a promoter
        ['Web site', '2026-09-10', '0', '', '', 'Lost my file'],
        ['Desk', '2026-09-10', '3', '', '', 'Rude'],
        ['Desk', '2026-09-11', '5', '', '', ''], // no comment
      ]),
      RAW,
      { verbatims: 2 },
    )
    expect(r.verbatims.map((v) => `${v.touchpoint}: ${v.text}`)).toEqual(['Web site: Too slow', 'Web site: Lost my file', 'Desk: Rude'])
  })
  it('problems with the mapping itself', () => {
    expect(aggregateSurvey([], { ...RAW, columns: ['date', 'nps'] }).problem).toBe('noSubjectColumn')
    expect(aggregateSurvey([], { ...RAW, columns: ['touchpoint', 'nps'] }).problem).toBe('noPeriod')
    expect(aggregateSurvey([], { ...RAW, columns: ['touchpoint', 'date', 'comment'] }).problem).toBe('noMetricColumn')
  })
})

const AGG: SurveyMapping = {
  columns: ['touchpoint', 'date', 'metric', 'value', 'n', 'target'],
  shape: 'aggregated',
  grouping: 'quarter',
  dateOrder: 'dmy',
  cesScale: '1-5',
  csatMethod: 'top2',
}

describe('aggregated rows: one per touchpoint × period × metric', () => {
  it('values with their n and target; periods kept as written; decimal commas', () => {
    const r = aggregateSurvey(
      rows([
        ['Web site', '2026-Q3', 'NPS', '25', '100', '30'],
        ['Web site', '2026-Q3', 'Satisfaction', '75 %', '80', ''],
        ['Web site', '2026-09', 'Effort', '2,1', '45', '2'],
        ['Desk', '2026-08-14', 'Wait (min)', '12,5', '', '10'],
      ]),
      AGG,
    )
    expect(r.badCount).toBe(0)
    expect(r.groups).toEqual([
      expect.objectContaining({ touchpoint: 'Web site', period: '2026-Q3', metric: 'nps', value: 25, n: 100, target: 30 }),
      expect.objectContaining({ metric: 'csat', value: 75, n: 80, scale: '1-5', method: 'top2' }),
      expect.objectContaining({ period: '2026-09', metric: 'ces', value: 2.1, n: 45, target: 2, scale: '1-5' }),
      expect.objectContaining({ touchpoint: 'Desk', period: '2026-Q3', metric: 'Wait (min)', value: 12.5, target: 10 }),
    ])
  })
  it('NPS from promoters, passives and detractors', () => {
    const r = aggregateSurvey(rows([['Web site', '2026-Q3', '45', '35', '20']]), {
      ...AGG,
      columns: ['touchpoint', 'date', 'promoters', 'passives', 'detractors'],
    })
    expect(r.groups[0]).toMatchObject({ metric: 'nps', counts: { promoters: 45, passives: 35, detractors: 20 } })
  })
  it('bad rows: no metric, a value off the scale, a bad n, a repeated row', () => {
    const r = aggregateSurvey(
      rows([
        ['Web site', '2026-Q3', '', '25', '100', ''],
        ['Web site', '2026-Q3', 'NPS', '140', '100', ''],
        ['Web site', '2026-Q3', 'NPS', '25', 'lots', ''],
        ['Web site', '2026-Q3', 'NPS', '25', '100', ''],
        ['web site', '2026-Q3', 'nps', '30', '100', ''],
        ['Web site', '2026-Q3', 'CES', '9', '100', ''],
      ]),
      AGG,
    )
    expect(r.bad).toEqual([
      { line: 2, reason: 'metric' },
      { line: 3, reason: 'value', value: '140' },
      { line: 4, reason: 'n', value: 'lots' },
      { line: 6, reason: 'duplicate', first: 5 },
      { line: 7, reason: 'value', value: '9' },
    ])
    expect(r.groups).toHaveLength(1)
  })
})
