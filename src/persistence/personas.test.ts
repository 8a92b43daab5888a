import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from './db'
import { BOARD_DOCUMENT_VERSION } from '../domain/migrations'
import type { Board } from '../domain/types'
import { rowOf } from './rows'
import { boardsUsing, boardUsage, deletePersona, getPersonas, listPersonas, restorePersona, savePersona } from './personas'
import { dropDatabase, freshDatabase } from '../../test/db'

const board = (id: string, personaIds?: string[]): Board => ({
  id,
  title: `Board ${id}`,
  kind: 'journey',
  stages: [],
  lanes: [],
  cards: [],
  links: [],
  ...(personaIds ? { personaIds } : {}),
})
const putBoard = (b: Board) => db.boards.put(rowOf(b, { rev: 3, createdAt: 1, updatedAt: 1 }))

beforeEach(() => void freshDatabase())
afterEach(dropDatabase)

describe('persona repository', () => {
  it('saves normalised records and keeps one primary persona', async () => {
    await savePersona({ id: 'a', name: ' Alice ', primary: true, goals: ['x', '', 'x'] })
    await savePersona({ id: 'b', name: 'Bruno' })
    expect(await db.personas.get('a')).toEqual({ id: 'a', name: 'Alice', primary: true, goals: ['x'] })
    await savePersona({ id: 'b', name: 'Bruno', primary: true })
    const all = await listPersonas()
    expect(all.filter((p) => p.primary).map((p) => p.id)).toEqual(['b'])
    expect(await getPersonas(['b', 'missing', 'a'])).toEqual([
      { id: 'b', name: 'Bruno', primary: true },
      { id: 'a', name: 'Alice', goals: ['x'] },
    ])
    expect(await getPersonas([])).toEqual([])
  })

  it('counts and names the boards drawn for each persona', async () => {
    await putBoard(board('b1', ['a', 'b']))
    await putBoard(board('b2', ['a']))
    await putBoard(board('b3'))
    const usage = await boardUsage()
    expect(usage.get('a')).toBe(2)
    expect(usage.get('b')).toBe(1)
    expect((await boardsUsing('a')).map((b) => b.title).sort()).toEqual(['Board b1', 'Board b2'])
  })

  it('deleting a persona removes it from every stored board, and undo puts it back in place', async () => {
    await savePersona({ id: 'a', name: 'Alice', primary: true })
    await savePersona({ id: 'b', name: 'Bruno' })
    await putBoard(board('b1', ['b', 'a']))
    await putBoard(board('b2', ['a']))
    await putBoard(board('b3', ['b']))
    const deleted = await deletePersona('a')
    expect(deleted).toEqual({
      persona: { id: 'a', name: 'Alice', primary: true },
      boards: expect.arrayContaining([
        { boardId: 'b1', index: 1 },
        { boardId: 'b2', index: 0 },
      ]),
    })
    expect(await db.personas.get('a')).toBeUndefined()
    const b1 = await db.boards.get('b1')
    expect(b1!.board.personaIds).toEqual(['b'])
    expect(b1!.rev).toBe(4) // a write other tabs notice
    expect('personaIds' in (await db.boards.get('b2'))!.board).toBe(false)
    expect((await db.boards.get('b3'))!.rev).toBe(3) // untouched

    await restorePersona(deleted!)
    expect(await db.personas.get('a')).toEqual({ id: 'a', name: 'Alice', primary: true })
    expect((await db.boards.get('b1'))!.board.personaIds).toEqual(['b', 'a'])
    expect((await db.boards.get('b2'))!.board.personaIds).toEqual(['a'])
  })

  it('leaves the board open in this tab to its editor', async () => {
    await savePersona({ id: 'a', name: 'Alice' })
    await putBoard(board('open', ['a']))
    const deleted = await deletePersona('a', 'open')
    expect(deleted!.boards).toEqual([{ boardId: 'open', index: 0 }])
    expect((await db.boards.get('open'))!.board.personaIds).toEqual(['a'])
    expect((await db.boards.get('open'))!.rev).toBe(3)
  })

  it('restoring a primary persona makes the one chosen since secondary', async () => {
    await savePersona({ id: 'a', name: 'Alice', primary: true })
    const deleted = await deletePersona('a')
    await savePersona({ id: 'c', name: 'Chloé', primary: true })
    await restorePersona(deleted!)
    expect((await listPersonas()).filter((p) => p.primary).map((p) => p.id)).toEqual(['a'])
  })

  it('deleting an unknown persona changes nothing', async () => {
    await putBoard(board('b1', ['x']))
    expect(await deletePersona('nope')).toBeNull()
    expect((await db.boards.get('b1'))!.rev).toBe(3)
  })
})

describe('persona repository, with stored rows that are not all sound', () => {
  it('a malformed row neither breaks nor hides the others; a newer app’s row is never rewritten', async () => {
    await savePersona({ id: 'a', name: 'Alice' })
    await putBoard(board('b1', ['a']))
    await db.boards.put({ id: 'oops', board: null, rev: 1 } as never)
    await db.boards.put({ ...rowOf(board('future', ['a']), { rev: 7, createdAt: 1, updatedAt: 1 }), v: BOARD_DOCUMENT_VERSION + 1 })
    expect((await boardUsage()).get('a')).toBe(2)
    expect((await boardsUsing('a')).map((b) => b.id).sort()).toEqual(['b1', 'future'])
    const deleted = await deletePersona('a')
    expect(deleted!.boards).toEqual([{ boardId: 'b1', index: 0 }])
    expect((await db.boards.get('b1'))!.board.personaIds).toBeUndefined()
    const future = (await db.boards.get('future'))!
    expect(future.rev).toBe(7)
    expect(future.board.personaIds).toEqual(['a'])
    expect(await db.boards.get('oops')).toEqual({ id: 'oops', board: null, rev: 1 })
  })

  it('a malformed persona record is left out of the library, not a reason to fail', async () => {
    await savePersona({ id: 'a', name: 'Alice' })
    await db.personas.put({ id: 'bad', name: { first: 'x' } } as never)
    await db.personas.put({ id: 5, name: 'A number for an id' } as never)
    expect((await listPersonas()).map((p) => [p.id, p.name])).toEqual([
      ['a', 'Alice'],
      ['bad', ''],
    ])
  })
})
