import { beforeEach, describe, expect, it } from 'vitest'
import { db, ParcoursDB, summarise, useDatabase } from '../../persistence/db'
import type { Board } from '../../domain/types'
import { boardsUsing, boardUsage, deletePersona, getPersonas, listPersonas, restorePersona, savePersona } from './repository'

let n = 0
const board = (id: string, personaIds?: string[]): Board => ({ id, title: `Board ${id}`, kind: 'journey', stages: [], lanes: [], cards: [], links: [], ...(personaIds ? { personaIds } : {}) })
const putBoard = (b: Board) => db.boards.put({ id: b.id, board: b, rev: 3, createdAt: 1, updatedAt: 1, ...summarise(b) })

beforeEach(() => {
  useDatabase(new ParcoursDB(`personas-test-${++n}`))
})

describe('persona repository', () => {
  it('saves normalised records and keeps one primary persona', async () => {
    await savePersona({ id: 'a', name: ' Alice ', primary: true, goals: ['x', '', 'x'] })
    await savePersona({ id: 'b', name: 'Bruno' })
    expect(await db.personas.get('a')).toEqual({ id: 'a', name: 'Alice', primary: true, goals: ['x'] })
    await savePersona({ id: 'b', name: 'Bruno', primary: true })
    const all = await listPersonas()
    expect(all.filter((p) => p.primary).map((p) => p.id)).toEqual(['b'])
    expect(await getPersonas(['b', 'missing', 'a'])).toEqual([{ id: 'b', name: 'Bruno', primary: true }, { id: 'a', name: 'Alice', goals: ['x'] }])
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
    expect(deleted).toEqual({ persona: { id: 'a', name: 'Alice', primary: true }, boards: expect.arrayContaining([{ boardId: 'b1', index: 1 }, { boardId: 'b2', index: 0 }]) })
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
