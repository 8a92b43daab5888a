import { describe, expect, it } from 'vitest'
import { answerPoints, emptyDraft, normalisePeriod, readNumber, validateScoreDraft, type ScoreDraft } from './scoreForm'

const draft = (fields: Partial<ScoreDraft>): ScoreDraft => ({ ...emptyDraft(), period: '2026-Q3', ...fields })

describe('periods typed in the form', () => {
  it('dates, months and quarters, normalised', () => {
    expect(normalisePeriod('2026-09-30')).toBe('2026-09-30')
    expect(normalisePeriod(' 2026-09 ')).toBe('2026-09')
    expect(normalisePeriod('09/2026')).toBe('2026-09')
    expect(normalisePeriod('2026-Q3')).toBe('2026-Q3')
    expect(normalisePeriod('2026-q3')).toBe('2026-Q3')
    expect(normalisePeriod('2026 T3')).toBe('2026-Q3')
    expect(normalisePeriod('T3 2026')).toBe('2026-Q3')
    expect(normalisePeriod('Q4-2026')).toBe('2026-Q4')
    expect(normalisePeriod('2026')).toBe('2026')
    expect(normalisePeriod('2024-02-29')).toBe('2024-02-29')
  })
  it('refuses what is not a period', () => {
    for (const bad of ['2026-13', '2026-02-30', '2026-Q5', 'autumn', '26-09', '2025-02-29', '']) expect(normalisePeriod(bad), bad).toBeNull()
  })
})

describe('numbers typed in the form', () => {
  it('point or comma; empty is undefined; words are NaN', () => {
    expect(readNumber('2,5')).toBe(2.5)
    expect(readNumber(' -20 ')).toBe(-20)
    expect(readNumber('+25')).toBe(25)
    expect(readNumber('')).toBeUndefined()
    expect(readNumber('abc')).toBeNaN()
    expect(readNumber('1e3')).toBeNaN()
  })
})

describe('Add score: what a complete form makes', () => {
  it('NPS from promoters, passives and detractors', () => {
    const r = validateScoreDraft(draft({ metric: 'nps', entry: 'groups', promoters: '45', passives: '35', detractors: '20', target: '30', source: 'Survey' }))
    expect(r.errors).toEqual({})
    expect(r.measurement).toEqual({ metric: 'nps', period: '2026-Q3', counts: { promoters: 45, passives: 35, detractors: 20 }, target: 30, source: 'Survey' })
  })
  it('NPS from the count of each answer 0–10 (empty fields are zero)', () => {
    const r = validateScoreDraft(draft({ metric: 'nps', entry: 'answers', answers: { 10: '30', 9: '15', 0: '', 6: '5' } }))
    expect(r.measurement?.counts).toEqual({ 10: 30, 9: 15, 6: 5 })
  })
  it('CSAT answers on 1–5, mean or top-2-box; CES on 1–5 or CES 2.0 1–7', () => {
    expect(validateScoreDraft(draft({ metric: 'csat', entry: 'answers', csatMethod: 'mean', answers: { 4: '3', 5: '2' } })).measurement).toEqual({
      metric: 'csat',
      period: '2026-Q3',
      counts: { 4: 3, 5: 2 },
      scale: '1-5',
      method: 'mean',
    })
    expect(validateScoreDraft(draft({ metric: 'ces', entry: 'answers', cesScale: '1-7', answers: { 7: '3' } })).measurement).toMatchObject({
      metric: 'ces',
      scale: '1-7',
      counts: { 7: 3 },
    })
    expect(answerPoints({ metric: 'ces', cesScale: '1-7' })).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(answerPoints({ metric: 'nps', cesScale: '1-5' })).toHaveLength(11)
  })
  it('a value with its n; a custom KPI with its unit and direction (n optional)', () => {
    expect(validateScoreDraft(draft({ metric: 'nps', entry: 'value', value: '-12', n: '80' })).measurement).toEqual({
      metric: 'nps',
      period: '2026-Q3',
      value: -12,
      n: 80,
    })
    expect(
      validateScoreDraft(
        draft({ metric: 'kpi', kpiName: ' Wait ', kpiUnit: 'min', kpiDirection: 'lower', value: '12,5', relational: true, frequency: 'continuous' }),
      ).measurement,
    ).toEqual({ metric: 'Wait', period: '2026-Q3', value: 12.5, unit: 'min', direction: 'lower', relational: true, frequency: 'continuous' })
  })
})

describe('Add score: wrong input is refused at the field, and nothing is made', () => {
  const errorsOf = (d: Partial<ScoreDraft>) => {
    const r = validateScoreDraft(draft(d))
    expect(r.measurement).toBeNull()
    return r.errors
  }
  it('an empty metric, an empty or unreadable period', () => {
    expect(errorsOf({ metric: '' }).metric).toEqual({ code: 'required' })
    expect(errorsOf({ metric: 'nps', entry: 'value', value: '1', n: '1', period: '' }).period).toEqual({ code: 'required' })
    expect(errorsOf({ metric: 'nps', entry: 'value', value: '1', n: '1', period: 'last June' }).period).toEqual({ code: 'period' })
    expect(errorsOf({ metric: 'kpi', value: '3' }).kpiName).toEqual({ code: 'required' })
    expect(errorsOf({ metric: 'kpi', kpiName: 'NPS', value: '3' }).kpiName).toEqual({ code: 'reserved' })
  })
  it('a negative, fractional or unreadable count', () => {
    expect(errorsOf({ metric: 'nps', entry: 'groups', promoters: '-3', passives: '2', detractors: '1' }).promoters).toEqual({ code: 'negative' })
    expect(errorsOf({ metric: 'nps', entry: 'groups', promoters: '2.5', passives: '2', detractors: '1' }).promoters).toEqual({ code: 'whole' })
    expect(errorsOf({ metric: 'csat', entry: 'answers', answers: { 3: 'many' } })['answer.3']).toEqual({ code: 'number' })
  })
  it('no answers at all', () => {
    expect(errorsOf({ metric: 'nps', entry: 'groups', promoters: '0', passives: '', detractors: '' }).groups).toEqual({ code: 'noAnswers' })
    expect(errorsOf({ metric: 'ces', entry: 'answers', answers: {} }).answers).toEqual({ code: 'noAnswers' })
  })
  it('a value or target off the scale, an answer the scale does not have', () => {
    expect(errorsOf({ metric: 'nps', entry: 'value', value: '130', n: '100' }).value).toEqual({ code: 'range', min: -100, max: 100 })
    expect(errorsOf({ metric: 'ces', entry: 'value', value: '9', n: '40' }).value).toEqual({ code: 'range', min: 1, max: 5 })
    expect(errorsOf({ metric: 'csat', entry: 'value', csatMethod: 'mean', value: '4', n: '40', target: '80' }).target).toEqual({
      code: 'range',
      min: 1,
      max: 5,
    })
    expect(errorsOf({ metric: 'ces', entry: 'answers', cesScale: '1-5', answers: { 7: '4' } })['answer.7']).toEqual({ code: 'range', min: 1, max: 5 })
  })
  it('a value without its n (NPS, CSAT, CES), or n = 0', () => {
    expect(errorsOf({ metric: 'csat', entry: 'value', value: '80' }).n).toEqual({ code: 'required' })
    expect(errorsOf({ metric: 'csat', entry: 'value', value: '80', n: '0' }).n).toEqual({ code: 'range', min: 1, max: 1e9 })
  })
})
