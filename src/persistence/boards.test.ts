import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deleteBoardRow, duplicateBoardRow, listBoards, loadBoard, putNewBoard, renameBoardRow, repairBoards, undeleteBoard } from './boards'
import { BOARD_DOCUMENT_VERSION } from '../domain/migrations'
import type { Board, Measurement } from '../domain/types'
import { rowOf } from './rows'
import { canonical, journey, randomBoard } from '../../test/boards'
import { dropDatabase, freshDatabase, putStoredRow, storedRow, storedRows } from '../../test/db'
import { rng, seeds } from '../../test/random'

beforeEach(() => {
  freshDatabase()
})
afterEach(dropDatabase)

const measurement = (id: string, cardId: string): Measurement => ({
  id,
  cardId,
  metric: 'nps',
  period: '2026-Q1',
  counts: { promoters: 50, passives: 30, detractors: 20 },
})

describe('putNewBoard and loadBoard', () => {
  it('a board written and read back is the same board, with its summary row', async () => {
    const board = journey()
    await putNewBoard(board)
    const loaded = await loadBoard(board.id)
    expect(loaded!.board).toEqual(board)
    expect(loaded!.warnings).toEqual([])
    expect(loaded!.rev).toBe(1)
    expect(loaded!.readOnly).toBe(false)
    expect(await storedRow(board.id)).toMatchObject({
      id: board.id,
      v: BOARD_DOCUMENT_VERSION,
      rev: 1,
      title: board.title,
      kind: 'journey',
      stageCount: 3,
      cardCount: 5,
      measurementIds: [],
    })
  })

  it.each(seeds([51, 52, 53]))('random boards survive the round trip, with nothing to repair (seed %i)', async (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 5; i++) {
      const board = randomBoard(r, 80)
      await putNewBoard(board)
      expect((await storedRow(board.id))!.board, `seed ${seed}, board ${i}: the stored record`).toEqual(board)
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
    const bad = {
      ...journey(),
      cards: [...journey().cards, { id: 'x', stageId: 'gone', laneId: 'la', text: 'lost' }],
      links: [...journey().links, { id: 'y', from: 'c1', to: 'c1' }],
    }
    await putStoredRow({
      id: 'b1',
      board: bad,
      rev: 4,
      createdAt: 1,
      updatedAt: 1,
      title: 'Buying a train ticket',
      kind: 'journey',
      stageCount: 3,
      cardCount: 6,
    })
    const loaded = await loadBoard('b1')
    expect(loaded!.board).toEqual(journey())
    expect(loaded!.warnings.map((w) => w.code).sort()).toEqual(['cardDropped', 'linkDropped'])
  })

  it('keeps the measurements inside the board, and lists their ids on the row', async () => {
    await putNewBoard({ ...journey(), measurements: [measurement('m1', 'c1'), measurement('m2', 'c3')] })
    expect((await loadBoard('b1'))!.board.measurements!.map((m) => m.id)).toEqual(['m1', 'm2'])
    expect((await storedRow('b1'))!.measurementIds).toEqual(['m1', 'm2'])
  })
})

describe('renameBoardRow', () => {
  it('renames the board and its summary, and raises the revision', async () => {
    await putNewBoard(journey())
    expect(await renameBoardRow('b1', 'Taking the train')).toBe(true)
    const loaded = await loadBoard('b1')
    expect(loaded!.board).toEqual({ ...journey(), title: 'Taking the train' })
    expect(loaded!.rev).toBe(2)
    expect((await storedRow('b1'))!.title).toBe('Taking the train')
  })

  it('does nothing for a board that does not exist', async () => {
    expect(await renameBoardRow('nope', 'x')).toBe(false)
    expect(await storedRows()).toEqual([])
  })
})

describe('duplicateBoardRow', () => {
  it('stores a copy with its own ids, and copies the measurements onto the copied cards', async () => {
    await putNewBoard({ ...journey(), measurements: [measurement('m1', 'c1'), measurement('m2', 'c3')] })
    await putNewBoard({ ...journey(), id: 'other', measurements: [measurement('m3', 'c1')] })
    const id = await duplicateBoardRow('b1', 'Buying a train ticket (copy)')
    const copy = (await loadBoard(id!))!.board
    expect(copy.title).toBe('Buying a train ticket (copy)')
    expect(copy.cards.map((c) => c.text)).toEqual(journey().cards.map((c) => c.text))
    const copied = copy.measurements!
    expect(copied).toHaveLength(2)
    const textOf = (cardId: string) => copy.cards.find((c) => c.id === cardId)?.text
    expect(copied.map((m) => textOf(m.cardId!)).sort()).toEqual(['Picks a seat', 'Searches the web'])
    expect(copied.every((m) => m.counts?.promoters === 50)).toBe(true)
    expect(copied.map((m) => m.id).filter((x) => ['m1', 'm2', 'm3'].includes(x))).toEqual([])
    // the original and its measurements are untouched
    expect((await loadBoard('b1'))!.board).toEqual({ ...journey(), measurements: [measurement('m1', 'c1'), measurement('m2', 'c3')] })
    expect((await loadBoard('b1'))!.rev).toBe(1)
  })

  it('is null for a board that does not exist', async () => {
    expect(await duplicateBoardRow('nope', 'x')).toBeNull()
    expect(await storedRows()).toEqual([])
  })
})

describe('deleteBoardRow and undeleteBoard', () => {
  it('deletes a board with its measurements, and undoing the deletion brings both back', async () => {
    await putNewBoard({ ...journey(), measurements: [measurement('m1', 'c1')] })
    const rowBefore = await storedRow('b1')
    const deleted = await deleteBoardRow('b1')
    expect(deleted!.title).toBe('Buying a train ticket')
    expect(await loadBoard('b1')).toBeNull()
    await undeleteBoard(deleted!)
    expect(await storedRow('b1')).toEqual(rowBefore)
    expect((await loadBoard('b1'))!.board.measurements).toEqual([measurement('m1', 'c1')])
  })

  it('deleting a board that does not exist returns null', async () => {
    expect(await deleteBoardRow('nope')).toBeNull()
  })
})

// ---- one bad record cannot hide the others ------------------------------------------------

const healthy = (id: string, title: string): Board => ({ ...journey(), id, title })
const sound = (id: string, title: string, updatedAt: number) => rowOf(healthy(id, title), { rev: 3, createdAt: updatedAt, updatedAt })

/** Each malformed shape seen in the wild, with what the home list must show for it. */
const MALFORMED: { name: string; row: Record<string, unknown>; title: string; repaired: boolean }[] = [
  { name: "board: 'oops'", row: { id: 'x', board: 'oops', rev: 2, createdAt: 5, updatedAt: 5, title: 'Oops' }, title: 'Oops', repaired: false },
  { name: 'board: null', row: { id: 'x', board: null, rev: 2, createdAt: 5, updatedAt: 5, title: 'Null board' }, title: 'Null board', repaired: false },
  {
    name: 'a title that is an object',
    row: { ...sound('x', 'Fine title', 5), title: { en: 'Object' }, board: { ...journey(), id: 'x', title: { en: 'Object' } } },
    title: '',
    repaired: false,
  },
  {
    name: 'cards that is not a list',
    row: { ...sound('x', 'No cards', 5), board: { ...journey(), id: 'x', title: 'No cards', cards: 'none' } },
    title: 'No cards',
    repaired: false,
  },
  { name: 'no updatedAt', row: (({ updatedAt: _, ...r }) => r)(sound('x', 'Undated', 5)), title: 'Undated', repaired: true },
  { name: 'no dates at all', row: (({ updatedAt: _u, createdAt: _c, ...r }) => r)(sound('x', 'Dateless', 5)), title: 'Dateless', repaired: true },
  {
    name: 'a board.id that differs from the row id',
    row: { ...sound('x', 'Other id', 5), board: { ...healthy('x', 'Other id'), id: 'b_elsewhere' } },
    title: 'Other id',
    repaired: true,
  },
  { name: 'no rev', row: (({ rev: _, ...r }) => r)(sound('x', 'No revision', 5)), title: 'No revision', repaired: true },
  { name: 'a number for a board', row: { id: 'x', board: 42 }, title: '', repaired: true },
]

describe('the home list with a malformed row', () => {
  it.each(MALFORMED)('$name: listed, and the healthy boards are listed too', async ({ row, title, repaired }) => {
    await putNewBoard(healthy('b_a', 'Healthy A'))
    await putStoredRow(row)
    await putNewBoard(healthy('b_b', 'Healthy B'))
    const listing = await listBoards()
    expect(listing.boards.map((b) => b.id).sort()).toEqual(['b_a', 'b_b', 'x'])
    const bad = listing.boards.find((b) => b.id === 'x')!
    expect(bad.title).toBe(title)
    expect(typeof bad.updatedAt).toBe('number')
    expect(bad.board.id).toBe('x')
    expect(
      listing.boards
        .filter((b) => b.id !== 'x')
        .map((b) => b.title)
        .sort(),
    ).toEqual(['Healthy A', 'Healthy B'])
    expect(listing.needRepair).toEqual(repaired ? ['x'] : [])
    // it opens, as what restore makes of it
    const loaded = await loadBoard('x')
    expect(loaded!.board.id).toBe('x')
  })

  it.each(MALFORMED.filter((m) => m.repaired))('$name: written back repaired, once', async ({ row }) => {
    await putStoredRow(row)
    await repairBoards(['x'])
    const stored = (await storedRow('x'))!
    expect(stored.board.id).toBe('x')
    expect(typeof stored.createdAt).toBe('number')
    expect(typeof stored.updatedAt).toBe('number')
    expect(Number.isInteger(stored.rev)).toBe(true)
    expect(stored.v).toBe(BOARD_DOCUMENT_VERSION)
    expect((await listBoards()).needRepair).toEqual([])
    // once: a second pass writes nothing
    await repairBoards(['x'])
    expect(await storedRow('x')).toEqual(stored)
  })

  it('a row without updatedAt keeps its place by its creation date, and keeps its dates once repaired', async () => {
    await putNewBoard(healthy('b_new', 'New'))
    await putStoredRow((({ updatedAt: _, ...r }) => r)(sound('x', 'Undated', 5)))
    const listing = await listBoards()
    expect(listing.boards.find((b) => b.id === 'x')).toMatchObject({ createdAt: 5, updatedAt: 5 })
    await repairBoards(['x'])
    expect(await storedRow('x')).toMatchObject({ createdAt: 5, updatedAt: 5, rev: 4 })
  })

  it('opening a board whose board.id differs edits one row only', async () => {
    await putStoredRow({ ...sound('x', 'Other id', 5), board: { ...healthy('x', 'Other id'), id: 'b_elsewhere' } })
    const loaded = await loadBoard('x')
    expect(loaded!.board.id).toBe('x')
    expect(loaded!.rev).toBe(4) // repaired on read, written back
    expect((await storedRow('x'))!.board.id).toBe('x')
    expect((await storedRows()).map((r) => r.id)).toEqual(['x'])
  })

  it('a newer app’s row is listed read-only, and nothing renames, duplicates or repairs it', async () => {
    const row = {
      ...(({ updatedAt: _, ...r }) => r)(sound('x', 'From the future', 5)),
      v: BOARD_DOCUMENT_VERSION + 1,
      board: { ...healthy('x', 'From the future'), newField: { kept: true } },
    }
    await putStoredRow(row)
    const listing = await listBoards()
    expect(listing.boards[0]).toMatchObject({ id: 'x', title: 'From the future', readOnly: true })
    expect(listing.needRepair).toEqual([])
    expect(await renameBoardRow('x', 'Renamed')).toBe(false)
    expect(await duplicateBoardRow('x', 'Copy')).toBeNull()
    expect((await loadBoard('x'))!.readOnly).toBe(true)
    await repairBoards(['x'])
    expect(await storedRow('x')).toEqual(row)
  })
})

describe('listBoards, read again at every write', () => {
  it('a row the app rewrote is read again; the others keep their board (their preview is not laid out again)', async () => {
    await putNewBoard({ ...journey(), id: 'b_a', title: 'A' })
    await putNewBoard({ ...journey(), id: 'b_b', title: 'B' })
    const first = await listBoards()
    await renameBoardRow('b_a', 'A renamed')
    const second = await listBoards()
    const byId = (l: typeof first, id: string) => l.boards.find((b) => b.id === id)!
    expect(byId(second, 'b_a').title).toBe('A renamed')
    expect(byId(second, 'b_a').board).not.toBe(byId(first, 'b_a').board)
    expect(byId(second, 'b_b').board).toBe(byId(first, 'b_b').board)
  })
})
