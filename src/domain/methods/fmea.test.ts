import { describe, expect, it } from 'vitest'
import type { Board, Card } from '../types'
import { criticality, fmeaErrors, fmeaRows, isAboveThreshold, validateScore } from './fmea'

const card = (id: string, stageId: string, laneId: string, g: number, p: number, d: number, extra: Partial<Card> = {}): Card => ({
  id,
  stageId,
  laneId,
  text: `card ${id}`,
  fmea: { failure: `failure ${id}`, severity: g, probability: p, detection: d },
  ...extra,
})

function board(cards: Card[], fmeaThreshold?: number): Board {
  return {
    id: 'b',
    title: 'FMEA',
    kind: 'blueprint',
    stages: [
      { id: 's1', name: 'Book' },
      { id: 's2', name: 'Arrive' },
      { id: 's3', name: 'Pay' },
    ],
    lanes: [
      { id: 'l1', name: 'Frontstage', role: 'frontstage' },
      { id: 'l2', name: 'Backstage', role: 'backstage' },
    ],
    cards,
    links: [],
    ...(fmeaThreshold === undefined ? {} : { fmeaThreshold }),
  }
}

describe('criticality', () => {
  it('is G × P × D', () => {
    expect(criticality({ severity: 7, probability: 5, detection: 3 })).toBe(105)
    expect(criticality({ severity: 1, probability: 1, detection: 1 })).toBe(1)
    expect(criticality({ severity: 10, probability: 10, detection: 10 })).toBe(1000)
    expect(criticality({ severity: 5, probability: 4, detection: 5 })).toBe(100)
  })
})

describe('validateScore', () => {
  it('accepts whole numbers from 1 to 10 only', () => {
    for (const v of [1, 2, 5, 9, 10]) expect(validateScore(v)).toBe(true)
    for (const v of [0, 11, -1, 5.5, NaN, Infinity, '5', null, undefined]) expect(validateScore(v)).toBe(false)
  })

  it('fmeaErrors names each invalid score, revised ones included', () => {
    expect(fmeaErrors({ failure: 'x', severity: 5, probability: 5, detection: 5 })).toEqual([])
    expect(fmeaErrors({ failure: 'x', severity: 0, probability: 5, detection: 11, revised: { severity: 2, probability: 2.5, detection: 1 } })).toEqual([
      'severity',
      'detection',
      'revised.probability',
    ])
  })
})

describe('threshold', () => {
  it('C ≥ threshold is to be treated: the boundary itself is included', () => {
    expect(isAboveThreshold(100)).toBe(true)
    expect(isAboveThreshold(99)).toBe(false)
    expect(isAboveThreshold(101)).toBe(true)
    expect(isAboveThreshold(80, 80)).toBe(true)
    expect(isAboveThreshold(79, 80)).toBe(false)
  })
})

describe('fmeaRows', () => {
  const cards = [
    card('c4', 's3', 'l1', 4, 5, 5), // 100, stage 3
    card('c3', 's1', 'l2', 3, 3, 3), // 27
    { id: 'plain', stageId: 's1', laneId: 'l1', text: 'no fmea' } as Card,
    card('c1', 's2', 'l1', 7, 5, 3, {
      fmea: {
        failure: 'Phone not answered',
        cause: 'Understaffed',
        severity: 7,
        probability: 5,
        detection: 3,
        actions: 'Call-back',
        revised: { severity: 7, probability: 2, detection: 2 },
      },
    }), // 105 → 28
    card('c5', 's1', 'l1', 7, 7, 2), // 98
    card('c2', 's1', 'l2', 5, 5, 4), // 100, stage 1
  ]

  it('one row per card with an FMEA, the most critical first, ties in stage order', () => {
    const rows = fmeaRows(board(cards))
    expect(rows.map((r) => [r.cardId, r.C])).toEqual([
      ['c1', 105],
      ['c2', 100],
      ['c4', 100],
      ['c5', 98],
      ['c3', 27],
    ])
  })

  it('marks C ≥ 100 by default, 100 included, 98 not', () => {
    expect(fmeaRows(board(cards)).map((r) => r.aboveThreshold)).toEqual([true, true, true, false, false])
  })

  it('uses the threshold given, else the board’s own', () => {
    expect(fmeaRows(board(cards), 105).map((r) => r.aboveThreshold)).toEqual([true, false, false, false, false])
    expect(fmeaRows(board(cards, 98)).map((r) => r.aboveThreshold)).toEqual([true, true, true, true, false])
    expect(fmeaRows(board(cards, 98), 101).map((r) => r.aboveThreshold)).toEqual([true, false, false, false, false])
  })

  it('carries the step, the scores, the actions and the re-scored G′ P′ D′ C′', () => {
    const [first, second] = fmeaRows(board(cards))
    expect(first).toEqual({
      cardId: 'c1',
      stageId: 's2',
      stageName: 'Arrive',
      laneId: 'l1',
      cardText: 'card c1',
      failure: 'Phone not answered',
      cause: 'Understaffed',
      G: 7,
      P: 5,
      D: 3,
      C: 105,
      actions: 'Call-back',
      revised: { G: 7, P: 2, D: 2, C: 28, aboveThreshold: false },
      aboveThreshold: true,
    })
    expect(second.revised).toBeUndefined()
    expect(second.cause).toBe('')
    expect(second.actions).toBe('')
    expect(second.stageName).toBe('Book')
  })

  it('breaks ties within a stage by lane, then by card order', () => {
    const rows = fmeaRows(board([card('a', 's1', 'l2', 2, 5, 10), card('b', 's1', 'l1', 10, 10, 1), card('c', 's1', 'l1', 5, 2, 10)]))
    expect(rows.map((r) => r.cardId)).toEqual(['b', 'c', 'a'])
  })

  it('puts a card on an unknown stage after the known ones on a tie', () => {
    const rows = fmeaRows(board([card('lost', 'gone', 'l1', 5, 5, 4), card('ok', 's3', 'l1', 4, 5, 5)]))
    expect(rows.map((r) => [r.cardId, r.stageName])).toEqual([
      ['ok', 'Pay'],
      ['lost', ''],
    ])
  })

  it('is empty without any FMEA', () => {
    expect(fmeaRows(board([]))).toEqual([])
  })
})
