// Importing files writes everything or nothing, and never overwrites what is already here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import FIXTURE from '../../../test/fixtures/board-v1.parcours.json?raw'
import { dropDatabase, freshDatabase } from '../../../test/db'
import { deleteBoardRow, listBoards, loadBoard, undeleteBoard } from '../../persistence/boards'
import { getPersona, listPersonas, savePersona } from '../../persistence/personas'
import { importFiles } from './importFiles'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixture = (): any => JSON.parse(FIXTURE)
const file = (name: string, data: unknown) => new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' })
const boardCount = async () => (await listBoards()).boards.length
const measurementIds = async (id: string) => ((await loadBoard(id))!.board.measurements ?? []).map((m) => m.id).sort()

beforeEach(() => void freshDatabase())
afterEach(() => dropDatabase())

describe('importFiles', () => {
  it('writes a board with its personas and, inside the board, its measurements', async () => {
    const r = await importFiles([file('a.parcours.json', FIXTURE)])
    expect(r).toMatchObject({ ok: true, boardId: 'b_fixture_v1' })
    expect(r.message).toContain('imported')
    const board = (await loadBoard('b_fixture_v1'))!.board
    expect(board.cards).toHaveLength(6)
    expect(await listPersonas()).toHaveLength(1)
    expect(board.measurements).toEqual(fixture().measurements)
  })

  it('tells how far a long import is: each file read, then checked, then everything saved', async () => {
    const other = fixture()
    other.board.id = 'b_other'
    const seen: { message: string; done: number }[] = []
    const r = await importFiles([file('a.parcours.json', FIXTURE), file('b.parcours.json', other)], (p) => seen.push(p))
    expect(r.ok).toBe(true)
    expect(seen.map((p) => p.message)).toEqual([
      'Importing “a.parcours.json”: reading the file… (file 1 of 2)',
      'Importing “a.parcours.json”: checking 6 cards… (file 1 of 2)',
      'Importing “b.parcours.json”: reading the file… (file 2 of 2)',
      'Importing “b.parcours.json”: checking 6 cards… (file 2 of 2)',
      'Importing “a.parcours.json, b.parcours.json”: saving 12 cards…',
    ])
    const done = seen.map((p) => p.done)
    expect(done).toEqual([...done].sort((x, y) => x - y))
    expect(done[0]).toBe(0)
    expect(done.at(-1)).toBeLessThan(1)
  })

  it('refuses files chosen together as a whole when one is bad: nothing is written', async () => {
    const r = await importFiles([file('good.parcours.json', FIXTURE), file('bad.parcours.json', { ...fixture(), version: 9 })])
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/^bad\.parcours\.json: version: .*newer version/)
    expect(await boardCount()).toBe(0)
    expect(await listPersonas()).toHaveLength(0)
  })

  it('never overwrites: the same file twice gives a copy with fresh ids, each board keeping its measurements', async () => {
    await importFiles([file('a.parcours.json', FIXTURE)])
    const r = await importFiles([file('a.parcours.json', FIXTURE)])
    expect(r.ok).toBe(true)
    expect(r.boardId).not.toBe('b_fixture_v1')
    expect(await boardCount()).toBe(2)
    expect(await measurementIds('b_fixture_v1')).toEqual(['m1', 'm2', 'm3'])
    const copy = (await loadBoard(r.boardId!))!.board
    expect(copy.measurements).toHaveLength(3)
    expect(copy.measurements!.every((m) => copy.cards.some((c) => c.id === m.cardId))).toBe(true)
    expect(copy.measurements!.some((m) => ['m1', 'm2', 'm3'].includes(m.id))).toBe(false)
  })

  it('two files with one board id in one import: the second comes in as a copy', async () => {
    const r = await importFiles([file('a.parcours.json', FIXTURE), file('b.parcours.json', FIXTURE)])
    expect(r.ok).toBe(true)
    expect(await boardCount()).toBe(2)
    expect(r.boardId).not.toBe('b_fixture_v1')
  })

  it('a measurement id another board already uses is re-issued, not overwritten', async () => {
    await importFiles([file('a.parcours.json', FIXTURE)])
    const other = fixture()
    other.board.id = 'b_other'
    await importFiles([file('b.parcours.json', other)])
    expect(await measurementIds('b_fixture_v1')).toEqual(['m1', 'm2', 'm3'])
    const ids = await measurementIds('b_other')
    expect(ids).toHaveLength(3)
    expect(ids.filter((id) => ['m1', 'm2', 'm3'].includes(id))).toEqual([])
    // the re-issued scores still score the same cards
    const cardsOf = async (id: string) => ((await loadBoard(id))!.board.measurements ?? []).map((m) => `${m.cardId} ${m.metric}`).sort()
    expect(await cardsOf('b_other')).toEqual(await cardsOf('b_fixture_v1'))
  })

  it('keeps one primary persona in the library, and a library persona as it is', async () => {
    await savePersona({ id: 'p_here', name: 'Already primary', primary: true })
    await savePersona({ id: 'p_marie', name: 'Marie (edited here)' })
    const f = fixture()
    f.personas.push({ id: 'p_new', name: 'New one', primary: true })
    await importFiles([file('a.parcours.json', f)])
    expect((await getPersona('p_marie'))!.name).toBe('Marie (edited here)')
    expect((await listPersonas()).filter((p) => p.primary).map((p) => p.id)).toEqual(['p_here'])
    expect(await getPersona('p_new')).toMatchObject({ name: 'New one' })
  })

  it('undoing a deletion never overwrites a board brought back meanwhile', async () => {
    await importFiles([file('a.parcours.json', FIXTURE)])
    const deleted = (await deleteBoardRow('b_fixture_v1'))!
    const edited = fixture()
    edited.board.title = 'Restored from the file, then edited'
    await importFiles([file('a.parcours.json', edited)])
    await undeleteBoard(deleted)
    expect((await loadBoard('b_fixture_v1'))!.board.title).toBe('Restored from the file, then edited')
    expect(await boardCount()).toBe(1)
  })
})
