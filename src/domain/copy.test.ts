import { describe, expect, it } from 'vitest'
import { copyBoard, reissueMeasurementIds } from './copy'
import type { Board } from './types'
import { journey, randomBoard } from '../../test/boards'
import { rng, seeds } from '../../test/random'

/** A board with every id replaced through `map` (to compare a copy with its original). */
function renamed(b: Board, map: (id: string) => string): Board {
  return {
    ...b,
    stages: b.stages.map((s) => ({ ...s, id: map(s.id) })),
    lanes: b.lanes.map((l) => ({ ...l, id: map(l.id) })),
    cards: b.cards.map((c) => ({ ...c, id: map(c.id), stageId: map(c.stageId), laneId: map(c.laneId) })),
    links: b.links.map((l) => ({ ...l, id: map(l.id), from: map(l.from), to: map(l.to) })),
    ...(b.phases ? { phases: b.phases.map((p) => ({ ...p, id: map(p.id), stageIds: p.stageIds.map(map) })) } : {}),
    ...(b.emotions ? { emotions: b.emotions.map((e) => ({ ...e, stageId: map(e.stageId) })) } : {}),
  }
}

describe('copyBoard', () => {
  it.each(seeds([61, 62]))('gives everything a fresh id and keeps the structure (seed %i)', (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 10; i++) {
      const original = randomBoard(r, 60)
      const frozen = structuredClone(original)
      const { board: copy } = copyBoard(original, 'Copy')
      expect(copy.title).toBe('Copy')
      expect(copy.id).not.toBe(original.id)
      const oldIds = new Set(
        [original.id, ...original.stages, ...original.lanes, ...original.cards, ...original.links, ...(original.phases ?? [])].map((x) =>
          typeof x === 'string' ? x : x.id,
        ),
      )
      const newIds = [...copy.stages, ...copy.lanes, ...copy.cards, ...copy.links, ...(copy.phases ?? [])].map((x) => x.id)
      expect(
        newIds.filter((id) => oldIds.has(id)),
        `seed ${seed}`,
      ).toEqual([])
      expect(new Set(newIds).size).toBe(newIds.length)
      // position by position, the copy is the original under a renaming of ids
      const back = new Map<string, string>()
      const pair = <T extends { id: string }>(a: T[] = [], b: T[] = []) => a.forEach((x, k) => back.set(b[k].id, x.id))
      pair(original.stages, copy.stages)
      pair(original.lanes, copy.lanes)
      pair(original.cards, copy.cards)
      pair(original.links, copy.links)
      pair(original.phases, copy.phases)
      expect({ ...renamed(copy, (id) => back.get(id) ?? `unmapped ${id}`), id: original.id, title: original.title }, `seed ${seed}`).toEqual(original)
      expect(original).toEqual(frozen)
    }
  })
})

describe('copyBoard with measurements', () => {
  it('gives each measurement a fresh id and makes it score the copied card or stage', () => {
    const b: Board = {
      ...journey(),
      measurements: [
        { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q1', value: 10 },
        { id: 'm2', stageId: 's2', metric: 'csat', period: '2026-Q1', value: 80 },
        { id: 'm3', metric: 'nps', period: '2026', value: 5, relational: true },
      ],
    }
    const { board: copy, ids } = copyBoard(b, 'Copy')
    expect(copy.measurements!.map((m) => m.id).filter((id) => ['m1', 'm2', 'm3'].includes(id))).toEqual([])
    expect(copy.measurements![0]).toMatchObject({ cardId: ids.get('c1'), metric: 'nps', value: 10 })
    expect(copy.measurements![1]).toMatchObject({ stageId: ids.get('s2'), metric: 'csat' })
    expect(copy.measurements![2]).toMatchObject({ metric: 'nps', relational: true })
    expect(copy.measurements![2].cardId).toBeUndefined()
    expect(copy.cards.find((c) => c.id === ids.get('c1'))!.text).toBe(b.cards.find((c) => c.id === 'c1')!.text)
  })
})

describe('reissueMeasurementIds', () => {
  const b: Board = {
    ...journey(),
    measurements: [
      { id: 'm1', cardId: 'c1', metric: 'nps', period: 'p' },
      { id: 'm2', cardId: 'c2', metric: 'nps', period: 'p' },
    ],
  }
  it('re-issues the taken ones only, keeping what they score', () => {
    const out = reissueMeasurementIds(b, new Set(['m2', 'zz']))
    expect(out.measurements![0]).toBe(b.measurements![0])
    expect(out.measurements![1].id).not.toBe('m2')
    expect(out.measurements![1]).toEqual({ ...b.measurements![1], id: out.measurements![1].id })
  })
  it('returns the same board when nothing is taken', () => {
    expect(reissueMeasurementIds(b, new Set(['x']))).toBe(b)
  })
})
