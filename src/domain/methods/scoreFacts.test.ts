// Margins of error, the latest score of a subject, what a badge says, and how scores are
// written — against worked examples.
import { describe, expect, it } from 'vitest'
import type { Measurement } from '../types'
import {
  comparePeriods,
  isBelowTarget,
  latestByCard,
  latestBySubject,
  latestWithPrevious,
  meanMarginOfError,
  measurementMargin,
  measurementScore,
  metricKind,
  npsMarginOfError,
  periodStart,
  previousMeasurement,
  scoreFacts,
  seriesOf,
  shareMarginOfError,
  statusAgainstTarget,
} from './scores'
import { formatMargin, formatScore, metricLabel, scoreBadge } from './scoreFormat'

const m = (fields: Partial<Measurement> & { metric: string }): Measurement => ({ id: 'm', cardId: 'c1', period: '2026-Q3', ...fields })

describe('NPS margin of error (95 %)', () => {
  it('45 / 35 / 20 out of 100 → +25 ± 15.0', () => {
    const g = { promoters: 45, passives: 35, detractors: 20 }
    expect(npsMarginOfError(g)).toBeCloseTo(15.0231, 3)
    expect(npsMarginOfError(g)!.toFixed(1)).toBe('15.0')
    const nps = m({ metric: 'nps', counts: g })
    expect(measurementScore(nps)).toBe(25)
    expect(measurementMargin(nps)).toBeCloseTo(15.0231, 3)
  })
  it('ten times the answers: a margin √10 smaller', () => {
    expect(npsMarginOfError({ promoters: 450, passives: 350, detractors: 200 })).toBeCloseTo(4.7507, 3)
  })
  it('from the 0–10 answers, the same groups give the same margin', () => {
    const answers = m({ metric: 'nps', counts: { 10: 30, 9: 15, 8: 20, 7: 15, 6: 10, 3: 10 } })
    expect(measurementScore(answers)).toBe(25)
    expect(measurementMargin(answers)).toBeCloseTo(15.0231, 3)
  })
  it('under 100 answers, adjusted Wald: 0.75 added to promoters and detractors, 3 to n', () => {
    // 9 / 7 / 4 (n = 20): p = 9.75 / 23, d = 4.75 / 23
    expect(npsMarginOfError({ promoters: 9, passives: 7, detractors: 4 })).toBeCloseTo(31.2099, 3)
  })
  it('none without answers, with a bad count, or for a bare value', () => {
    expect(npsMarginOfError({ promoters: 0, passives: 0, detractors: 0 })).toBeNull()
    expect(npsMarginOfError({ promoters: -1, passives: 3, detractors: 0 })).toBeNull()
    expect(measurementMargin(m({ metric: 'nps', value: 25, n: 100 }))).toBeNull()
  })
})

describe('margins of CSAT and CES', () => {
  it('a share (top-2-box): 1.96·100·√(p(1−p)/n); adjusted under 30', () => {
    expect(shareMarginOfError(70, 100)).toBeCloseTo(8.9818, 3)
    expect(shareMarginOfError(20, 25)).toBeCloseTo(15.586, 2)
    expect(shareMarginOfError(3, 2)).toBeNull()
    expect(measurementMargin(m({ metric: 'csat', counts: { 1: 4, 2: 10, 3: 16, 4: 40, 5: 30 } }))).toBeCloseTo(8.9818, 3)
  })
  it('a mean: 1.96·s/√n', () => {
    expect(meanMarginOfError({ 1: 10, 2: 20, 3: 10 }, { min: 1, max: 5 })).toBeCloseTo(0.22193, 4)
    expect(measurementMargin(m({ metric: 'ces', counts: { 1: 10, 2: 20, 3: 10 } }))).toBeCloseTo(0.22193, 4)
    expect(meanMarginOfError({ 3: 1 }, { min: 1, max: 5 })).toBeNull()
  })
})

describe('CSAT: top-2-box or mean, as the measurement says', () => {
  const counts = { 1: 4, 2: 10, 3: 16, 4: 40, 5: 30 }
  it('method "mean" gives the mean answer, and reads targets as means', () => {
    expect(measurementScore(m({ metric: 'csat', counts, method: 'mean' }))).toBe(3.82)
    expect(statusAgainstTarget(m({ metric: 'csat', counts, method: 'mean', target: 4 }))).toBe('near') // 3.82 within 0.2
    expect(statusAgainstTarget(m({ metric: 'csat', counts, method: 'top2', target: 75 }))).toBe('near') // 70 within 5
  })
})

describe('CES on both scales', () => {
  it('1–5 effort: lower is better; a drop is an improvement', () => {
    const all = [
      m({ id: 'a', metric: 'ces', scale: '1-5', period: '2026-Q1', counts: { 2: 10, 3: 10 } }),
      m({ id: 'b', metric: 'ces', scale: '1-5', period: '2026-Q2', counts: { 1: 10, 2: 10 }, target: 2 }),
    ]
    const f = scoreFacts(all, all[1])
    expect(f.score).toBe(1.5)
    expect(f.direction).toBe('lower')
    expect(f.status).toBe('met')
    expect(f.trend).toMatchObject({ trend: 'down', improvement: 'better' })
  })
  it('CES 2.0 on 1–7 (made it easy): higher is better', () => {
    const all = [
      m({ id: 'a', metric: 'ces', scale: '1-7', period: '2026-Q1', counts: { 6: 10, 7: 10 } }),
      m({ id: 'b', metric: 'ces', scale: '1-7', period: '2026-Q2', counts: { 5: 10, 6: 10 }, target: 6 }),
    ]
    const f = scoreFacts(all, all[1])
    expect(f.score).toBe(5.5)
    expect(f.direction).toBe('higher')
    expect(f.status).toBe('missed')
    expect(f.trend).toMatchObject({ trend: 'down', improvement: 'worse' })
  })
  it('a custom KPI keeps its own direction', () => {
    const wait = m({ metric: 'Wait', value: 9, target: 10, direction: 'lower', unit: 'min' })
    expect(statusAgainstTarget(wait)).toBe('met')
  })
})

describe('series and the latest score', () => {
  const all: Measurement[] = [
    { id: 'a', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 20, n: 120 },
    { id: 'b', cardId: 'c1', metric: 'NPS', period: '2026-Q3', value: 25, n: 100, target: 30 },
    { id: 'c', cardId: 'c1', metric: 'csat', period: '2026-09', value: 80, n: 40 },
    { id: 'd', cardId: 'c1', metric: 'Wait', period: '2026-09', value: 12 },
    { id: 'e', cardId: 'c2', metric: 'nps', period: '2026-Q4', value: 50 },
    { id: 'f', stageId: 's1', metric: 'nps', period: '2026-Q1', value: 5 },
    { id: 'g', stageId: 's1', metric: 'nps', period: '2026-Q2', value: 7 },
    { id: 'h', metric: 'nps', period: '2026', value: 12, relational: true },
  ]
  it('periods in time order; unreadable ones last', () => {
    expect(['2026-Q3', 'x', '2026-09-30', '2026-01', '2025'].sort(comparePeriods)).toEqual(['2025', '2026-01', '2026-Q3', '2026-09-30', 'x'])
  })
  it('latest per metric of a card, a stage, the relationship — NPS, CSAT, CES, then KPIs', () => {
    expect(latestBySubject(all, { cardId: 'c1' }).map((x) => x.id)).toEqual(['b', 'c', 'd'])
    expect(latestBySubject(all, { stageId: 's1' }).map((x) => x.id)).toEqual(['g'])
    expect(latestBySubject(all, { board: true }).map((x) => x.id)).toEqual(['h'])
    const byCard = latestByCard(all)
    expect(byCard.get('c1')!.map((x) => x.id)).toEqual(['b', 'c', 'd'])
    expect(byCard.get('c2')!.map((x) => x.id)).toEqual(['e'])
  })
  it('latest with its previous period, in one pass: the same as latestByCard and previousMeasurement', () => {
    let seed = 3
    const rnd = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n)
    const periods = ['2025', '2026-Q1', '2026-01', '2026-02-15', '2026-Q2', '2026-06', 'spring']
    const random: Measurement[] = Array.from({ length: 400 }, (_, i) => ({
      id: `r${i}`,
      cardId: `c${rnd(20)}`,
      metric: ['nps', 'NPS', 'csat', 'Wait'][rnd(4)],
      period: periods[rnd(periods.length)],
      value: rnd(100),
    }))
    const fast = latestWithPrevious(random)
    const slow = latestByCard(random)
    expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort())
    for (const [card, list] of slow) {
      const got = fast.get(card)!
      expect(got.map((x) => x.m.metric.toLowerCase())).toEqual(list.map((m) => m.metric.toLowerCase()))
      got.forEach((x, i) => {
        expect(comparePeriods(x.m.period, list[i].period)).toBe(0)
        const prev = previousMeasurement(random, x.m)
        // (two labels of one start, 2026-Q1 and 2026-01, are equally "the previous period")
        expect(x.previous ? periodStart(x.previous.period) : null).toBe(prev ? periodStart(prev.period) : null)
      })
    }
  })
  it('a series is one subject and one metric, whatever the case of its name', () => {
    expect(seriesOf(all, all[1]).map((x) => x.id)).toEqual(['a', 'b'])
    expect(previousMeasurement(all, all[6])?.id).toBe('f') // a stage's own series
    expect(previousMeasurement(all, all[4])).toBeUndefined()
  })
  it('the facts of a badge: NPS +25, n = 100, ±15, target +30, missed, up from +20', () => {
    const counts = { promoters: 45, passives: 35, detractors: 20 }
    const ms: Measurement[] = [
      { id: 'p', cardId: 'c1', metric: 'nps', period: '2026-Q2', counts: { promoters: 40, passives: 40, detractors: 20 } },
      { id: 'q', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts, target: 31 },
    ]
    const f = scoreFacts(ms, ms[1])
    expect(f).toMatchObject({
      family: 'nps',
      score: 25,
      n: 100,
      target: 31,
      status: 'missed',
      previous: 20,
      previousPeriod: '2026-Q2',
      lowSample: false,
      format: 'signed',
    })
    expect(f.trend).toMatchObject({ trend: 'up', improvement: 'better' })
    const badge = scoreBadge(ms[1], f, 'en')
    expect(badge).toMatchObject({
      metric: 'NPS',
      value: '+25',
      status: 'missed',
      arrow: '↗',
      n: 100,
      margin: '±15',
      target: '+31',
      previous: '+20',
      lowSample: false,
    })
  })
  it('low sample: NPS under 100, CSAT and CES under 30', () => {
    expect(scoreFacts([], m({ metric: 'nps', value: 10, n: 99 })).lowSample).toBe(true)
    expect(scoreFacts([], m({ metric: 'csat', value: 80, n: 29 })).lowSample).toBe(true)
    expect(scoreFacts([], m({ metric: 'ces', value: 2, n: 30 })).lowSample).toBe(false)
  })
  it('below target: missed or close', () => {
    expect([isBelowTarget('missed'), isBelowTarget('near'), isBelowTarget('met'), isBelowTarget('none')]).toEqual([true, true, false, false])
  })
  it('metric kinds', () => {
    expect([metricKind('NPS'), metricKind('csat'), metricKind(' ces '), metricKind('Calls')]).toEqual(['nps', 'csat', 'ces', 'kpi'])
  })
})

describe('how scores are written', () => {
  it('NPS signed and whole; a share as %; a mean with one decimal; a KPI with its unit', () => {
    expect(formatScore(25, 'signed', 'en')).toBe('+25')
    expect(formatScore(-20.4, 'signed', 'en')).toBe('-20')
    expect(formatScore(-0.3, 'signed', 'en')).toBe('0')
    expect(formatScore(75, 'percent', 'en')).toBe('75\u00a0%')
    expect(formatScore(2.06, 'decimal', 'en', { family: 'ces' })).toBe('2.1')
    expect(formatScore(2.06, 'decimal', 'fr', { family: 'ces' })).toBe('2,1')
    expect(formatScore(4, 'decimal', 'en', { family: 'csat' })).toBe('4.0')
    expect(formatScore(12.5, 'decimal', 'en', { family: 'kpi', unit: 'min' })).toBe('12.5\u00a0min')
    expect(formatScore(1250, 'decimal', 'en', { family: 'kpi' })).toBe('1,250')
  })
  it('margins', () => {
    expect(formatMargin(15.023, 'signed', 'en')).toBe('±15')
    expect(formatMargin(0.22, 'decimal', 'fr', 'ces')).toBe('±0,2')
    expect(formatMargin(0.4, 'percent', 'en')).toBe('±0.4')
  })
  it('metric labels', () => {
    expect(metricLabel('nps')).toBe('NPS')
    expect(metricLabel('Calls answered within 20 seconds')).toBe('Calls answered wi…')
  })
})
