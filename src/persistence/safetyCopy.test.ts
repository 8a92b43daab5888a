import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ParcoursDB, db, setDatabase } from './db'
import { deleteBoardRow, listBoards, loadBoard, putNewBoard } from './boards'
import { savePersona } from './personas'
import { copiesWritten, dismissRestoredFromCopy, restoredFromCopy, setCopyStore, type CopyStore } from './safetyCopy'
import { journey } from '../../test/boards'
import { eventually } from '../../test/db'
import type { Persona } from '../domain/types'

/** The origin's private file system, in memory. */
function memoryStore(): CopyStore & { files: Map<string, string> } {
  const files = new Map<string, string>()
  return {
    files,
    list: async () => [...files.keys()],
    read: async (name) => files.get(name) ?? null,
    write: async (name, text) => void files.set(name, text),
    remove: async (name) => void files.delete(name),
  }
}

let store: ReturnType<typeof memoryStore>
let name: string
let n = 0
beforeEach(() => {
  store = memoryStore()
  setCopyStore(store)
  name = `parcours-copy-${Date.now()}-${++n}`
  setDatabase(new ParcoursDB(name))
})
afterEach(async () => {
  dismissRestoredFromCopy()
  db.close()
  await db.delete()
  setCopyStore(null)
})

/** The browser loses the database (Chromium deletes a damaged store) and the app opens again. */
async function loseDatabaseAndReopen(): Promise<void> {
  db.close()
  await db.delete()
  setDatabase(new ParcoursDB(name))
  await db.open()
}

const persona = (id: string, name: string): Persona => ({ id, name }) as Persona

describe('the safety copy', () => {
  it('keeps a copy of every stored board, the latest of each, and drops the copy of a board deleted on purpose', async () => {
    const a = journey()
    const b = { ...journey(), id: 'b_other', title: 'Renewal' }
    await putNewBoard(a)
    await putNewBoard(b)
    await copiesWritten(db)
    expect(JSON.parse(store.files.get(`board-${a.id}.json`)!)).toMatchObject({ id: a.id, board: { title: a.title } })
    await deleteBoardRow(b.id)
    await copiesWritten(db)
    expect(store.files.has(`board-${b.id}.json`)).toBe(false)
    expect(store.files.has(`board-${a.id}.json`)).toBe(true)
  })

  it('brings back every board and persona the browser lost, says which, and leaves deleted boards deleted', async () => {
    const a = journey()
    const b = { ...journey(), id: 'b_other', title: 'Renewal', cards: journey().cards.map((c) => ({ ...c, text: `${c.text} (renewal)` })) }
    const gone = { ...journey(), id: 'b_gone', title: 'Deleted on purpose' }
    for (const board of [a, b, gone]) await putNewBoard(board)
    await savePersona(persona('p1', 'Sophie Martin'))
    await deleteBoardRow(gone.id)
    await copiesWritten(db)

    await loseDatabaseAndReopen()

    expect((await loadBoard(b.id))!.board).toEqual(b)
    expect((await loadBoard(a.id))!.board).toEqual(a)
    expect(await loadBoard(gone.id)).toBeNull()
    expect((await db.personas.toArray()).map((p) => p.name)).toEqual(['Sophie Martin'])
    expect(restoredFromCopy()).toEqual({
      boards: expect.arrayContaining([
        { id: a.id, title: a.title },
        { id: b.id, title: 'Renewal' },
      ]),
      personas: 1,
    })
    expect((await listBoards()).boards.map((s) => s.title).sort()).toEqual([a.title, 'Renewal'].sort())
  })

  it('opens the database whatever the copies hold: a damaged copy is passed over', async () => {
    const a = journey()
    await putNewBoard(a)
    await copiesWritten(db)
    store.files.set('board-b_broken.json', '{"id": "b_broken", "board":')
    store.files.set('board-b_lying.json', JSON.stringify({ id: 'b_other_id', board: {} }))
    store.files.set('personas.json', 'not json')
    await loseDatabaseAndReopen()
    expect((await loadBoard(a.id))!.board).toEqual(a)
    expect(await db.boards.count()).toBe(1)
  })

  it('puts nothing back when the database was not lost (a copy without its board is not a lost board)', async () => {
    const a = journey()
    await putNewBoard(a)
    await copiesWritten(db)
    store.files.set('board-b_stray.json', JSON.stringify({ id: 'b_stray', board: { ...journey(), id: 'b_stray' } }))
    db.close()
    setDatabase(new ParcoursDB(name))
    await db.open()
    expect(await db.boards.get('b_stray')).toBeUndefined()
    expect(restoredFromCopy()).toBeNull()
  })

  it('a write that fails leaves the copy as the database has it', async () => {
    const a = journey()
    await putNewBoard(a)
    await copiesWritten(db)
    const b = { ...journey(), id: 'b_failed', title: 'Never stored' }
    await expect(
      db.transaction('rw', db.boards, async () => {
        await db.boards.put({ ...(await db.boards.get(a.id))!, id: b.id, board: b })
        throw new Error('the import stopped')
      }),
    ).rejects.toThrow('the import stopped')
    // (the transaction's abort comes after its promise is rejected)
    await eventually(async () => {
      await copiesWritten(db)
      expect(store.files.has('board-b_failed.json')).toBe(false)
    })
    expect(store.files.has(`board-${a.id}.json`)).toBe(true)
  })

  it('gives boards stored before there was a safety copy a copy when the database opens', async () => {
    setCopyStore(null)
    const a = journey()
    await putNewBoard(a)
    db.close()
    setCopyStore(store)
    setDatabase(new ParcoursDB(name))
    await db.open()
    await copiesWritten(db)
    expect(store.files.has(`board-${a.id}.json`)).toBe(true)
  })
})
