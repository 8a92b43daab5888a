import { describe, expect, it } from 'vitest'
import type { Measurement } from '../types'
import {
  computeCes,
  computeCsat,
  computeNps,
  direction,
  isLowSample,
  measurementScore,
  measurementTrend,
  npsFromCounts,
  npsGroups,
  parseScale,
  periodStart,
  previousMeasurement,
  sampleSize,
  statusAgainstTarget,
  targetTolerance,
  trend,
} from './scores'

const m = (fields: Partial<Measurement> & { metric: string }): Measurement => ({ id: 'm', cardId: 'c1', period: '2026-Q3', ...fields })

describe('NPS', () => {
  it('% promoters − % detractors', () => {
    expect(computeNps({ promoters: 50, passives: 30, detractors: 20 })).toBe(30) // 50 % − 20 %
    expect(computeNps({ promoters: 45, passives: 30, detractors: 25 })).toBe(20)
    expect(computeNps({ promoters: 10, passives: 20, detractors: 30 })).toBeCloseTo(-33.333333, 5) // (10 − 30) / 60
    expect(computeNps({ promoters: 1, passives: 2, detractors: 0 })).toBeCloseTo(100 / 3, 10)
  })
  it('ranges from −100 to +100; passives only give 0', () => {
    expect(computeNps({ promoters: 10, passives: 0, detractors: 0 })).toBe(100)
    expect(computeNps({ promoters: 0, passives: 0, detractors: 7 })).toBe(-100)
    expect(computeNps({ promoters: 0, passives: 5, detractors: 0 })).toBe(0)
  })
  it('null without responses or with an invalid count', () => {
    expect(computeNps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull()
    expect(computeNps({ promoters: -1, passives: 2, detractors: 0 })).toBeNull()
    expect(computeNps({ promoters: NaN, passives: 2, detractors: 0 })).toBeNull()
  })
  it('from the 0–10 answers: 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    expect(npsGroups({ 0: 2, 6: 3, 7: 1, 8: 1, 9: 2, 10: 1 })).toEqual({ promoters: 3, passives: 2, detractors: 5 })
    expect(npsFromCounts({ 0: 2, 6: 3, 7: 1, 8: 1, 9: 2, 10: 1 })).toBe(-20) // (3 − 5) / 10
    expect(npsFromCounts({ 6: 1 })).toBe(-100)
    expect(npsFromCounts({ 7: 1 })).toBe(0)
    expect(npsFromCounts({ 8: 1 })).toBe(0)
    expect(npsFromCounts({ 9: 1 })).toBe(100)
    expect(npsFromCounts([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 2])).toBe(25) // (2 − 1) / 4
  })
  it('from answers: null for no response or an answer outside 0–10', () => {
    expect(npsFromCounts({})).toBeNull()
    expect(npsFromCounts({ 9: 0, 3: 0 })).toBeNull()
    expect(npsFromCounts({ 11: 1 })).toBeNull()
    expect(npsFromCounts({ '5.5': 1 })).toBeNull()
    expect(npsFromCounts({ 9: -2 })).toBeNull()
  })
})

describe('CSAT', () => {
  const counts = { 1: 4, 2: 10, 3: 16, 4: 40, 5: 30 } // n = 100
  it('top-2-box on 1–5: % of 4 and 5', () => {
    expect(computeCsat(counts)).toBe(70)
    expect(computeCsat({ 3: 1, 4: 1 })).toBe(50) // 3 is not in the top two
    expect(computeCsat({ 5: 3 })).toBe(100)
    expect(computeCsat({ 1: 3 })).toBe(0)
  })
  it('mean, when configured', () => {
    expect(computeCsat(counts, '1-5', 'mean')).toBe(3.82) // (4 + 20 + 48 + 160 + 150) / 100
  })
  it('other scales: their two highest points', () => {
    expect(computeCsat({ 5: 1, 6: 2, 7: 1 }, '1-7')).toBe(75)
    expect(computeCsat({ 8: 1, 9: 1, 10: 2 }, '1-10')).toBe(75)
  })
  it('null without responses, with an answer outside the scale or a bad scale', () => {
    expect(computeCsat({})).toBeNull()
    expect(computeCsat({ 4: 0, 5: 0 })).toBeNull()
    expect(computeCsat({ 6: 1 })).toBeNull()
    expect(computeCsat({ 0: 1, 5: 1 })).toBeNull()
    expect(computeCsat(counts, 'five')).toBeNull()
  })
})

describe('CES', () => {
  it('the mean answer', () => {
    expect(computeCes({ 1: 10, 2: 20, 3: 10 })).toBe(2) // (10 + 40 + 30) / 40
    expect(computeCes({ 5: 2, 6: 1, 7: 1 }, '1-7')).toBe(5.75) // (10 + 6 + 7) / 4
  })
  it('null without responses or outside the scale', () => {
    expect(computeCes({})).toBeNull()
    expect(computeCes({ 6: 1 }, '1-5')).toBeNull()
  })
})

describe('parseScale', () => {
  it('reads "min-max"', () => {
    expect(parseScale('1-5')).toEqual({ min: 1, max: 5 })
    expect(parseScale(' 1–7 ')).toEqual({ min: 1, max: 7 })
    expect(parseScale('0-10')).toEqual({ min: 0, max: 10 })
    expect(parseScale('5-1')).toBeNull()
    expect(parseScale(undefined)).toBeNull()
  })
})

describe('direction', () => {
  it('NPS and CSAT: higher is better', () => {
    expect(direction('nps')).toBe('higher')
    expect(direction('NPS')).toBe('higher')
    expect(direction('csat', '1-5')).toBe('higher')
  })
  it('CES: lower on the 1–5 effort scale (and by default), higher on CES 2.0’s 1–7 agreement', () => {
    expect(direction('ces', '1-5')).toBe('lower')
    expect(direction('ces')).toBe('lower')
    expect(direction('ces', '1-7')).toBe('higher')
    expect(direction('CES', '1–7')).toBe('higher')
  })
  it('custom KPIs: higher by default', () => {
    expect(direction('Calls answered in 20 s')).toBe('higher')
  })
})

describe('measurementScore and sampleSize', () => {
  it('the value wins over counts', () => {
    expect(measurementScore(m({ metric: 'nps', value: 42, counts: { promoters: 1, passives: 0, detractors: 0 } }))).toBe(42)
  })
  it('computes from counts by metric', () => {
    expect(measurementScore(m({ metric: 'nps', counts: { promoters: 50, passives: 30, detractors: 20 } }))).toBe(30)
    expect(measurementScore(m({ metric: 'nps', counts: { 0: 2, 6: 3, 7: 1, 8: 1, 9: 2, 10: 1 } }))).toBe(-20)
    const csat = m({ metric: 'csat', counts: { 1: 4, 2: 10, 3: 16, 4: 40, 5: 30 } })
    expect(measurementScore(csat)).toBe(70)
    expect(measurementScore(csat, { csatMode: 'mean' })).toBe(3.82)
    expect(measurementScore(m({ metric: 'ces', scale: '1-7', counts: { 5: 2, 6: 1, 7: 1 } }))).toBe(5.75)
    expect(measurementScore(m({ metric: 'ces', counts: { 1: 10, 2: 20, 3: 10 } }))).toBe(2)
    expect(measurementScore(m({ metric: 'rating', scale: '0-10', counts: { 0: 1, 10: 1 } }))).toBe(5)
  })
  it('null when nothing can be computed', () => {
    expect(measurementScore(m({ metric: 'nps' }))).toBeNull()
    expect(measurementScore(m({ metric: 'rating', counts: { 1: 2 } }))).toBeNull() // custom, no scale
    expect(measurementScore(m({ metric: 'nps', counts: { promoters: 0, passives: 0, detractors: 0 } }))).toBeNull()
  })
  it('sample size: n, else the total of the counts', () => {
    expect(sampleSize(m({ metric: 'nps', n: 120, counts: { promoters: 1 } }))).toBe(120)
    expect(sampleSize(m({ metric: 'nps', counts: { promoters: 50, passives: 30, detractors: 20 } }))).toBe(100)
    expect(sampleSize(m({ metric: 'nps', value: 30 }))).toBeNull()
  })
})

describe('isLowSample', () => {
  it('NPS under 100 responses', () => {
    expect(isLowSample(m({ metric: 'nps', value: 30, n: 99 }))).toBe(true)
    expect(isLowSample(m({ metric: 'nps', value: 30, n: 100 }))).toBe(false)
    expect(isLowSample(m({ metric: 'nps', counts: { promoters: 50, passives: 30, detractors: 19 } }))).toBe(true)
    expect(isLowSample(m({ metric: 'nps', counts: { promoters: 50, passives: 30, detractors: 20 } }))).toBe(false)
  })
  it('others under 30', () => {
    expect(isLowSample(m({ metric: 'csat', value: 80, n: 29 }))).toBe(true)
    expect(isLowSample(m({ metric: 'ces', value: 2, n: 30 }))).toBe(false)
    expect(isLowSample(m({ metric: 'Wait (min)', value: 12, n: 5 }))).toBe(true)
  })
  it('an unknown n is not flagged', () => {
    expect(isLowSample(m({ metric: 'nps', value: 30 }))).toBe(false)
  })
})

describe('statusAgainstTarget', () => {
  it('NPS: met at the target, near within 5 points (included), missed beyond', () => {
    expect(statusAgainstTarget(m({ metric: 'nps', value: 30, target: 30 }))).toBe('met')
    expect(statusAgainstTarget(m({ metric: 'nps', value: 35, target: 30 }))).toBe('met')
    expect(statusAgainstTarget(m({ metric: 'nps', value: 25, target: 30 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'nps', value: 24.9, target: 30 }))).toBe('missed')
    expect(statusAgainstTarget(m({ metric: 'nps', counts: { promoters: 50, passives: 30, detractors: 20 }, target: 30 }))).toBe('met')
  })
  it('none without a target or a score', () => {
    expect(statusAgainstTarget(m({ metric: 'nps', value: 30 }))).toBe('none')
    expect(statusAgainstTarget(m({ metric: 'nps', target: 30 }))).toBe('none')
  })
  it('CES on 1–5: lower is better, near within 0.2', () => {
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-5', value: 2, target: 2 }))).toBe('met')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-5', value: 1.8, target: 2 }))).toBe('met')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-5', value: 2.2, target: 2 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-5', value: 2.21, target: 2 }))).toBe('missed')
    expect(statusAgainstTarget(m({ metric: 'ces', value: 3, target: 2 }))).toBe('missed')
  })
  it('CES 2.0 on 1–7: higher is better, near within 0.3', () => {
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-7', value: 6, target: 5.8 }))).toBe('met')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-7', value: 5.5, target: 5.8 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-7', value: 5.4, target: 5.8 }))).toBe('missed')
    expect(statusAgainstTarget(m({ metric: 'ces', scale: '1-7', value: 2, target: 2.5 }))).toBe('missed')
  })
  it('CSAT: 5 points as a %, 0.2 as a mean on 1–5', () => {
    expect(statusAgainstTarget(m({ metric: 'csat', value: 80, target: 85 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'csat', value: 79, target: 85 }))).toBe('missed')
    expect(statusAgainstTarget(m({ metric: 'csat', value: 4, target: 4.2 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'csat', value: 3.9, target: 4.2 }))).toBe('missed')
    expect(statusAgainstTarget(m({ metric: 'csat', counts: { 3: 30, 4: 40, 5: 30 }, target: 75 }))).toBe('near') // 70 %
  })
  it('custom KPI: 5 % of the target, direction overridable', () => {
    expect(statusAgainstTarget(m({ metric: 'Calls answered (%)', value: 95, target: 100 }))).toBe('near')
    expect(statusAgainstTarget(m({ metric: 'Calls answered (%)', value: 94, target: 100 }))).toBe('missed')
    const wait = m({ metric: 'Wait (min)', value: 10.5, target: 10 })
    expect(statusAgainstTarget(wait)).toBe('met') // taken as higher-is-better
    expect(statusAgainstTarget(wait, { direction: 'lower' })).toBe('near')
    expect(statusAgainstTarget({ ...wait, value: 9 }, { direction: 'lower' })).toBe('met')
    expect(statusAgainstTarget({ ...wait, value: 11 }, { direction: 'lower' })).toBe('missed')
    expect(statusAgainstTarget({ ...wait, value: 11 }, { direction: 'lower', tolerance: 1 })).toBe('near')
  })
  it('targetTolerance by metric', () => {
    expect(targetTolerance(m({ metric: 'nps', target: 30 }))).toBe(5)
    expect(targetTolerance(m({ metric: 'ces', scale: '1-5' }))).toBeCloseTo(0.2, 12)
    expect(targetTolerance(m({ metric: 'ces', scale: '1-7' }))).toBeCloseTo(0.3, 12)
    expect(targetTolerance(m({ metric: 'csat', target: 85 }))).toBe(5)
    expect(targetTolerance(m({ metric: 'csat', target: 4.2 }))).toBeCloseTo(0.2, 12)
    expect(targetTolerance(m({ metric: 'kpi', target: 40 }))).toBe(2)
  })
})

describe('trend', () => {
  it('up, down or flat, and whether it is better given the direction', () => {
    expect(trend(35, 30)).toEqual({ trend: 'up', delta: 5, improvement: 'better' })
    expect(trend(25, 30, 'higher')).toEqual({ trend: 'down', delta: -5, improvement: 'worse' })
    expect(trend(30, 30)).toEqual({ trend: 'flat', delta: 0, improvement: 'same' })
    const ces = trend(1.8, 2, 'lower')!
    expect([ces.trend, ces.improvement]).toEqual(['down', 'better'])
    expect(ces.delta).toBeCloseTo(-0.2, 12)
    expect(trend(2.4, 2, 'lower')!.improvement).toBe('worse')
  })
  it('flat within epsilon; null when a score is missing', () => {
    expect(trend(30.4, 30, 'higher', 0.5)!.trend).toBe('flat')
    expect(trend(null, 30)).toBeNull()
    expect(trend(30, null)).toBeNull()
  })
})

describe('periods', () => {
  it('periodStart reads dates, months, quarters, halves and years', () => {
    expect(periodStart('2026-09-30')).toBe('2026-09-30')
    expect(periodStart('2026-09')).toBe('2026-09-01')
    expect(periodStart('2026-Q1')).toBe('2026-01-01')
    expect(periodStart('2026-Q3')).toBe('2026-07-01')
    expect(periodStart('2026-Q4')).toBe('2026-10-01')
    expect(periodStart('2026-T2')).toBe('2026-04-01')
    expect(periodStart('2026-H2')).toBe('2026-07-01')
    expect(periodStart('2026')).toBe('2026-01-01')
    expect(periodStart('2026-13')).toBeNull()
    expect(periodStart('last spring')).toBeNull()
  })

  const all: Measurement[] = [
    { id: 'a', cardId: 'c1', metric: 'nps', period: '2026-Q1', value: 10 },
    { id: 'b', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 20 },
    { id: 'c', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 15 },
    { id: 'd', cardId: 'c1', metric: 'csat', period: '2026-Q2', value: 80 },
    { id: 'e', cardId: 'c2', metric: 'nps', period: '2026-Q2', value: 50 },
    { id: 'f', cardId: 'c1', metric: 'ces', period: '2026-06', value: 2.0, scale: '1-5' },
    { id: 'g', cardId: 'c1', metric: 'ces', period: '2026-09', value: 1.8, scale: '1-5' },
  ]

  it('previousMeasurement: same card and metric, latest earlier period', () => {
    expect(previousMeasurement(all, all[2])?.id).toBe('b')
    expect(previousMeasurement(all, all[1])?.id).toBe('a')
    expect(previousMeasurement(all, all[0])).toBeUndefined()
    expect(previousMeasurement(all, all[4])).toBeUndefined()
  })

  it('measurementTrend uses the current measurement’s direction', () => {
    expect(measurementTrend(all[2], previousMeasurement(all, all[2]))).toEqual({ trend: 'down', delta: -5, improvement: 'worse' })
    const ces = measurementTrend(all[6], previousMeasurement(all, all[6]))!
    expect([ces.trend, ces.improvement]).toEqual(['down', 'better'])
    expect(measurementTrend(all[0], undefined)).toBeNull()
  })
})
