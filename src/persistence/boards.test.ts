import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyBoard, deleteBoardRow, duplicateBoardRow, loadBoard, putNewBoard, renameBoardRow, undeleteBoard } from './boards'
import { db, type MeasurementRow } from './db'
import type { Board } from '../domain/types'
import { canonical, journey, randomBoard } from '../../test/boards'
import { dropDatabase, freshDatabase } from '../../test/db'
import { rng, seeds } from '../../test/random'

beforeEach(() => {
  freshDatabase()
})
afterEach(dropDatabase)

const measurement = (id: string, boardId: string, cardId: string): MeasurementRow => ({
  id,
  boardId,
  cardId,
  metric: 'nps',
  period: '2026-Q1',
  counts: { promoters: 50, passives: 30, detractors: 20 },
})

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

describe('putNewBoard and loadBoard', () => {
  it('a board written and read back is the same board, with its summary row', async () => {
    const board = journey()
    await putNewBoard(board)
    const loaded = await loadBoard(board.id)
    expect(loaded!.board).toEqual(board)
    expect(loaded!.warnings).toEqual([])
    expect(loaded!.row).toMatchObject({ id: board.id, rev: 1, title: board.title, kind: 'journey', stageCount: 3, cardCount: 5 })
  })

  it.each(seeds([51, 52, 53]))('random boards survive the round trip, with nothing to repair (seed %i)', async (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 5; i++) {
      const board = randomBoard(r, 80)
      await putNewBoard(board)
      expect((await db.boards.get(board.id))!.board, `seed ${seed}, board ${i}: the stored record`).toEqual(board)
      const loaded = await loadBoard(board.id)
      expect(loaded!.warnings, `seed ${seed}, board ${i}`).toEqual([])
      expect(loaded!.board, `seed ${seed}, board ${i}`).toEqual(canonical(board))
    }
  })

  it('a board that does not exist loads as null', async () => {
    expect(await loadBoard('nope')).toBeNull()
  })

  it('refuses a second board with the same id', async () => {
    await putNewBoard(journey())
    await expect(putNewBoard({ ...journey(), title: 'Another' })).rejects.toThrow()
    expect((await loadBoard('b1'))!.board.title).toBe('Buying a train ticket')
  })

  it('a damaged stored record is repaired on load, and the repairs are reported', async () => {
    const bad = { ...journey(), cards: [...journey().cards, { id: 'x', stageId: 'gone', laneId: 'la', text: 'lost' }], links: [...journey().links, { id: 'y', from: 'c1', to: 'c1' }] }
    await db.boards.put({ id: 'b1', board: bad as Board, rev: 4, createdAt: 1, updatedAt: 1, title: 'Buying a train ticket', kind: 'journey', stageCount: 3, cardCount: 6 })
    const loaded = await loadBoard('b1')
    expect(loaded!.board).toEqual(journey())
    expect(loaded!.warnings.map((w) => w.code).sort()).toEqual(['cardDropped', 'linkDropped'])
  })
})

describe('renameBoardRow', () => {
  it('renames the board and its summary, and raises the revision', async () => {
    await putNewBoard(journey())
    await renameBoardRow('b1', 'Taking the train')
    const loaded = await loadBoard('b1')
    expect(loaded!.board).toEqual({ ...journey(), title: 'Taking the train' })
    expect(loaded!.row).toMatchObject({ title: 'Taking the train', rev: 2 })
  })

  it('does nothing for a board that does not exist', async () => {
    await renameBoardRow('nope', 'x')
    expect(await db.boards.count()).toBe(0)
  })
})

describe('copyBoard', () => {
  it.each(seeds([61, 62]))('gives everything a fresh id and keeps the structure (seed %i)', (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 10; i++) {
      const original = randomBoard(r, 60)
      const frozen = structuredClone(original)
      const { board: copy } = copyBoard(original, 'Copy')
      expect(copy.title).toBe('Copy')
      expect(copy.id).not.toBe(original.id)
      const oldIds = new Set([original.id, ...original.stages, ...original.lanes, ...original.cards, ...original.links, ...(original.phases ?? [])].map((x) => (typeof x === 'string' ? x : x.id)))
      const newIds = [...copy.stages, ...copy.lanes, ...copy.cards, ...copy.links, ...(copy.phases ?? [])].map((x) => x.id)
      expect(newIds.filter((id) => oldIds.has(id)), `seed ${seed}`).toEqual([])
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

describe('duplicateBoardRow', () => {
  it('stores a copy with its own ids, and copies the measurements onto the copied cards', async () => {
    await putNewBoard(journey())
    await db.measurements.bulkPut([measurement('m1', 'b1', 'c1'), measurement('m2', 'b1', 'c3'), measurement('m3', 'other', 'c1')])
    const id = await duplicateBoardRow('b1', 'Buying a train ticket (copy)')
    const copy = (await loadBoard(id!))!.board
    expect(copy.title).toBe('Buying a train ticket (copy)')
    expect(copy.cards.map((c) => c.text)).toEqual(journey().cards.map((c) => c.text))
    const copied = await db.measurements.where('boardId').equals(id!).toArray()
    expect(copied).toHaveLength(2)
    const textOf = (cardId: string) => copy.cards.find((c) => c.id === cardId)?.text
    expect(copied.map((m) => textOf(m.cardId!)).sort()).toEqual(['Picks a seat', 'Searches the web'])
    expect(copied.every((m) => m.counts?.promoters === 50)).toBe(true)
    // the original and its measurements are untouched
    expect((await loadBoard('b1'))!.board).toEqual(journey())
    expect((await db.measurements.where('boardId').equals('b1').toArray()).map((m) => m.id).sort()).toEqual(['m1', 'm2'])
  })

  it('is null for a board that does not exist', async () => {
    expect(await duplicateBoardRow('nope', 'x')).toBeNull()
    expect(await db.boards.count()).toBe(0)
  })
})

describe('deleteBoardRow and undeleteBoard', () => {
  it('deletes a board with its measurements, and undoing the deletion brings both back', async () => {
    await putNewBoard(journey())
    await db.measurements.bulkPut([measurement('m1', 'b1', 'c1'), measurement('m3', 'other', 'c1')])
    const rowBefore = await db.boards.get('b1')
    const deleted = await deleteBoardRow('b1')
    expect(await loadBoard('b1')).toBeNull()
    expect(await db.measurements.toArray()).toEqual([measurement('m3', 'other', 'c1')])
    await undeleteBoard(deleted!)
    expect(await db.boards.get('b1')).toEqual(rowBefore)
    expect((await db.measurements.orderBy('id').toArray()).map((m) => m.id)).toEqual(['m1', 'm3'])
  })

  it('deleting a board that does not exist returns null', async () => {
    expect(await deleteBoardRow('nope')).toBeNull()
  })
})
