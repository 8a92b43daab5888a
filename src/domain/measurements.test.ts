// Measurements are part of the board document: added, edited and removed as board edits,
// merged per measurement, restored like every other record.
import { describe, expect, it } from 'vitest'
import * as ops from './operations'
import { mergeBoards } from './merge'
import { restoreBoard } from './restore'
import type { Board, Measurement } from './types'

const board = (): Board => ({
  id: 'b',
  title: 'T',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'One' },
    { id: 's2', name: 'Two' },
  ],
  lanes: [{ id: 'l1', name: 'Touchpoints', role: 'touchpoints' }],
  cards: [
    { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Web site' },
    { id: 'c2', stageId: 's2', laneId: 'l1', text: 'Desk' },
  ],
  links: [],
})
const nps = (id: string, cardId: string, period = '2026-Q3'): Measurement => ({
  id,
  cardId,
  metric: 'nps',
  period,
  counts: { promoters: 45, passives: 35, detractors: 20 },
})

describe('measurement operations', () => {
  it('adds, edits and removes a score', () => {
    const a = ops.addMeasurement(board(), nps('m1', 'c1'))
    expect(a.measurements).toEqual([nps('m1', 'c1')])
    const b = ops.updateMeasurement(a, 'm1', { target: 30, counts: undefined, value: 25 })
    expect(b.measurements![0]).toEqual({ id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', target: 30, value: 25 })
    const c = ops.deleteMeasurements(b, ['m1'])
    expect(c.measurements).toBeUndefined()
  })
  it('refuses a score of a card or stage that is not there, or a taken id', () => {
    const b = board()
    expect(ops.addMeasurement(b, nps('m1', 'nope'))).toBe(b)
    expect(ops.addMeasurement(b, { id: 'm', stageId: 'nope', metric: 'csat', period: '2026-09' })).toBe(b)
    const a = ops.addMeasurement(b, nps('m1', 'c1'))
    expect(ops.addMeasurement(a, nps('m1', 'c2'))).toBe(a)
  })
  it('deleting a card or a stage takes its scores along', () => {
    let b = ops.addMeasurements(board(), [
      nps('m1', 'c1'),
      nps('m2', 'c2'),
      { id: 'm3', stageId: 's2', metric: 'ces', period: '2026-09', value: 2.1 },
      { id: 'm4', metric: 'nps', period: '2026', value: 10, relational: true },
    ])
    expect(b.measurements!.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4'])
    b = ops.deleteCards(b, ['c1'])
    expect(b.measurements!.map((m) => m.id)).toEqual(['m2', 'm3', 'm4'])
    b = ops.deleteStage(b, 's2')
    expect(b.measurements!.map((m) => m.id)).toEqual(['m4'])
  })
})

describe('measurements merge per measurement', () => {
  it('keeps both tabs’ new scores and edits of different scores', () => {
    const base = ops.addMeasurements(board(), [nps('m1', 'c1'), nps('m2', 'c2')])
    const mine = ops.addMeasurement(ops.updateMeasurement(base, 'm1', { target: 30 }), nps('m3', 'c1', '2026-Q4'))
    const theirs = ops.addMeasurement(ops.updateMeasurement(base, 'm2', { target: 10 }), nps('m4', 'c2', '2026-Q4'))
    const merged = mergeBoards(base, mine, theirs)
    expect(merged.measurements!.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4'])
    expect(merged.measurements!.find((m) => m.id === 'm1')!.target).toBe(30)
    expect(merged.measurements!.find((m) => m.id === 'm2')!.target).toBe(10)
  })
  it('a score of a card the other side deleted goes with the card', () => {
    const base = board()
    const mine = ops.addMeasurement(base, nps('m1', 'c1'))
    const theirs = ops.deleteCards(base, ['c1'])
    const merged = mergeBoards(base, mine, theirs)
    expect(merged.cards.map((c) => c.id)).toEqual(['c2'])
    expect(merged.measurements ?? []).toEqual([])
  })
  it('undo of an added score (merge(after, before, current)) removes only that score', () => {
    const before = ops.addMeasurement(board(), nps('m1', 'c1'))
    const after = ops.addMeasurement(before, nps('m2', 'c2'))
    const current = ops.addMeasurement(after, nps('m3', 'c1', '2026-Q4')) // another tab's, received since
    const undone = mergeBoards(after, before, current)
    expect(undone.measurements!.map((m) => m.id)).toEqual(['m1', 'm3'])
  })
})

describe('restore keeps sound scores and drops what points nowhere', () => {
  it('normalises and reports', () => {
    const raw = {
      ...board(),
      measurements: [
        nps('m1', 'c1'),
        { id: 'm1', cardId: 'c2', metric: 'csat', period: '2026-09', counts: { 4: 10, 5: -3 }, n: 7.4 }, // duplicate id, a bad count
        { id: 'm3', cardId: 'gone', metric: 'nps', period: '2026-09', value: 3 },
        { id: 'm4', metric: '', period: '2026-09' },
        'nonsense',
        { id: 'm5', stageId: 's1', metric: 'ces', period: '2026-Q1', value: 2.4, scale: '1-5', method: 'odd', frequency: 'periodic' },
      ],
    }
    const { board: b, warnings } = restoreBoard(raw)
    expect(b.measurements!.map((m) => m.metric)).toEqual(['nps', 'csat', 'ces'])
    expect(b.measurements![1].id).not.toBe('m1')
    expect(b.measurements![1].counts).toEqual({ 4: 10 })
    expect(b.measurements![1].n).toBe(7)
    expect(b.measurements![2]).toEqual({ id: 'm5', stageId: 's1', metric: 'ces', period: '2026-Q1', value: 2.4, scale: '1-5', frequency: 'periodic' })
    expect(warnings.find((w) => w.code === 'measurementDropped')?.count).toBe(3)
  })
  it('a board with sound scores comes back unchanged', () => {
    const b = ops.addMeasurements(board(), [nps('m1', 'c1'), { id: 'm2', metric: 'nps', period: '2026', value: 12, target: 20, relational: true }])
    expect(restoreBoard(b)).toEqual({ board: b, warnings: [] })
  })
})
