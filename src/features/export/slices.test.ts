import { describe, expect, it } from 'vitest'
import type { Board, Card } from '../../domain/types'
import { clampRange, rangeLabel, sliceBoard, splitStages } from './slices'

const card = (id: string, stageId: string, laneId = 'l1'): Card => ({ id, stageId, laneId, text: id })

function board(): Board {
  return {
    id: 'b',
    title: 'Renew a passport',
    kind: 'journey',
    stages: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({ id, name: id.toUpperCase() })),
    lanes: [
      { id: 'l1', name: 'Actions', role: 'actions' },
      { id: 'l2', name: 'Emotions', role: 'emotions' },
    ],
    phases: [
      { id: 'before', name: 'Before', stageIds: ['s1', 's2'] },
      { id: 'during', name: 'During', stageIds: ['s3', 's4'] },
      { id: 'after', name: 'After', stageIds: ['s5'] },
    ],
    cards: [card('a', 's1'), card('b', 's2'), card('c', 's3'), card('d', 's4'), card('e', 's5')],
    links: [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bc', from: 'b', to: 'c' },
      { id: 'cd', from: 'c', to: 'd', label: 'triggers' },
      { id: 'de', from: 'd', to: 'e' },
    ],
    emotions: [
      { stageId: 's1', value: 2 },
      { stageId: 's3', value: -3 },
      { stageId: 's4', value: 1, personaId: 'p1' },
    ],
    personaIds: ['p1'],
  }
}

describe('splitStages', () => {
  it('covers every stage once, in order, with slides as even as possible', () => {
    expect(splitStages(12, 5)).toEqual([
      { from: 0, to: 3 },
      { from: 4, to: 7 },
      { from: 8, to: 11 },
    ])
    expect(splitStages(7, 3)).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
    ])
    expect(splitStages(4, 2)).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 3 },
    ])
    expect(splitStages(3, 10)).toEqual([{ from: 0, to: 2 }])
    expect(splitStages(3, 1)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 2 },
    ])
  })
  it('never exceeds the size asked for', () => {
    for (let n = 1; n <= 30; n++)
      for (let per = 1; per <= 12; per++) {
        const r = splitStages(n, per)
        expect(r.length).toBe(Math.ceil(n / per))
        expect(r.every((x) => x.to - x.from + 1 <= per)).toBe(true)
        expect(r.reduce((s, x) => s + x.to - x.from + 1, 0)).toBe(n)
      }
  })
  it('no stages, no slides; nonsense sizes count as one stage per slide', () => {
    expect(splitStages(0, 4)).toEqual([])
    expect(splitStages(2, 0)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
    ])
    expect(splitStages(2, NaN)).toHaveLength(2)
  })
})

describe('clampRange', () => {
  it('keeps a range inside the board and in order', () => {
    const b = board()
    expect(clampRange(b, { from: 3, to: 1 })).toEqual({ from: 1, to: 3 })
    expect(clampRange(b, { from: -2, to: 99 })).toEqual({ from: 0, to: 4 })
  })
})

describe('sliceBoard', () => {
  it('keeps the stages of the range, their cards, and the links between kept cards', () => {
    const s = sliceBoard(board(), { from: 1, to: 3 })
    expect(s.stages.map((x) => x.id)).toEqual(['s2', 's3', 's4'])
    expect(s.cards.map((c) => c.id)).toEqual(['b', 'c', 'd'])
    expect(s.links.map((l) => l.id)).toEqual(['bc', 'cd'])
    expect(s.links[1].label).toBe('triggers')
  })
  it('trims phases to the kept stages and drops empty ones', () => {
    const s = sliceBoard(board(), { from: 1, to: 3 })
    expect(s.phases).toEqual([
      { id: 'before', name: 'Before', stageIds: ['s2'] },
      { id: 'during', name: 'During', stageIds: ['s3', 's4'] },
    ])
  })
  it('keeps the emotion points of the kept stages (every persona), the lanes and personas', () => {
    const s = sliceBoard(board(), { from: 2, to: 4 })
    expect(s.emotions).toEqual([
      { stageId: 's3', value: -3 },
      { stageId: 's4', value: 1, personaId: 'p1' },
    ])
    expect(s.lanes).toEqual(board().lanes)
    expect(s.personaIds).toEqual(['p1'])
    expect(s.title).toBe('Renew a passport')
  })
  it('does not change the board it slices', () => {
    const b = board()
    const before = JSON.stringify(b)
    sliceBoard(b, { from: 0, to: 1 })
    expect(JSON.stringify(b)).toBe(before)
  })
  it('the whole range gives the same content', () => {
    const b = board()
    const s = sliceBoard(b, { from: 0, to: 4 })
    expect(s.cards).toEqual(b.cards)
    expect(s.links).toEqual(b.links)
    expect(s.phases).toEqual(b.phases)
  })
})

it('rangeLabel counts from one', () => {
  expect(rangeLabel({ from: 0, to: 3 })).toBe('1–4')
  expect(rangeLabel({ from: 4, to: 4 })).toBe('5')
})
