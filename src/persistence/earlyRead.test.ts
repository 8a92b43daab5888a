import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ParcoursDB, db } from './db'
import { earlyReadDone, readBoard, readBoardEarly } from './earlyRead'
import { putNewBoard, renameBoardRow } from './boards'
import { journey } from '../../test/boards'
import { dropDatabase, freshDatabase } from '../../test/db'

beforeEach(() => {
  freshDatabase()
})
afterEach(dropDatabase)

describe('the early read of the board a page opens on', () => {
  it('is what the board screen reads, once: a later open reads the board as it is then', async () => {
    const board = journey()
    await putNewBoard(board)
    readBoardEarly(board.id)
    await renameBoardRow(board.id, 'Renamed after the early read')
    // the first open takes the read started before it (its answer may predate the rename)
    const first = readBoard(board.id)
    const result = await first.result
    expect(result.loaded?.board.id).toBe(board.id)
    expect(result.draft).toBeNull()
    expect(result.error).toBeNull()
    expect(first.settled).toBe(result) // there to be read synchronously once it came
    // a later open of the same board reads again
    expect((await readBoard(board.id).result).loaded?.board.title).toBe('Renamed after the early read')
  })

  it('is dropped when another board opens first, and a missing board reads as missing', async () => {
    const a = journey()
    const b = { ...journey(), id: 'b_other', title: 'Other' }
    await putNewBoard(a)
    await putNewBoard(b)
    readBoardEarly('b_missing')
    expect((await readBoard(b.id).result).loaded?.board.title).toBe('Other')
    // the early read of the missing board was dropped: nothing is left to take
    await putNewBoard({ ...journey(), id: 'b_missing', title: 'Now here' })
    expect((await readBoard('b_missing').result).loaded?.board.title).toBe('Now here')
  })

  it('a read the storage fails says so (never "missing"), and the wait for it is over when it came', async () => {
    const board = journey()
    await putNewBoard(board)
    readBoardEarly(board.id)
    await earlyReadDone(10_000) // returns once the read came, not after 10 s
    const read = readBoard(board.id)
    expect(read.settled?.loaded?.board.title).toBe(board.title)
    await expect(earlyReadDone(10_000)).resolves.toBeUndefined() // none left: at once
    vi.spyOn(db.boards, 'get').mockRejectedValueOnce(new Error('UnknownError: the disk failed'))
    const failed = await readBoard(board.id).result
    expect(failed.loaded).toBeNull()
    expect(String(failed.error)).toContain('the disk failed')
  })
})

/** index.html's first read (./preread.js, which the build puts in index.html), run here against database `name`. */
function runPreread(hash: string, name: string): void {
  const script = readFileSync(resolve(__dirname, 'preread.js'), 'utf8')
  expect(script).toContain("indexedDB.open('parcours')") // the app's database
  const g = globalThis as Record<string, unknown>
  g.window = globalThis
  g.location = { hash }
  try {
    new Function(script.replace("indexedDB.open('parcours')", `indexedDB.open(${JSON.stringify(name)})`))()
  } finally {
    delete g.window
    delete g.location
  }
}

describe("index.html's read, before the app's code has come", () => {
  afterEach(() => {
    delete (globalThis as { __parcoursPreread?: unknown }).__parcoursPreread
    vi.restoreAllMocks()
  })

  it('is what the first open takes, with the draft a closed tab left, and the database is not opened for it', async () => {
    expect(new ParcoursDB().name).toBe('parcours')
    const board = journey()
    await putNewBoard(board)
    const card = board.cards[0]
    await db.drafts.put({ boardId: board.id, draft: { target: { box: 'card', id: card.id }, text: 'typed, never saved', base: card.text, at: Date.now() } })
    runPreread(`#/board/${encodeURIComponent(board.id)}`, db.name)
    const get = vi.spyOn(db.boards, 'get')
    const result = await readBoard(board.id).result
    expect(result.loaded?.board.title).toBe(board.title)
    expect(result.loaded?.board.cards).toHaveLength(board.cards.length)
    expect(result.draft?.text).toBe('typed, never saved')
    expect(result.error).toBeNull()
    expect(get).not.toHaveBeenCalled()
    // taken once: the next open reads through the app's storage
    await readBoard(board.id).result
    expect(get).toHaveBeenCalled()
  })

  it('is left when it is not sure: another board, a missing one, a database at another version', async () => {
    const board = journey()
    await putNewBoard(board)
    const get = vi.spyOn(db.boards, 'get')
    // read for another board than the one opened
    runPreread('#/board/b_elsewhere', db.name)
    expect((await readBoard(board.id).result).loaded?.board.title).toBe(board.title)
    expect(get).toHaveBeenCalledTimes(1)
    // a board the database does not hold (the app may still put it back from its safety copy)
    runPreread('#/board/b_missing', db.name)
    expect((await readBoard('b_missing').result).loaded).toBeNull()
    expect(get).toHaveBeenCalledTimes(2)
    // an older database: the app migrates it first
    const old = `parcours-old-${Date.now()}`
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open(old, 10)
      open.onupgradeneeded = () => {
        open.result.createObjectStore('boards', { keyPath: 'id' })
        open.result.createObjectStore('drafts', { keyPath: 'boardId' })
      }
      open.onsuccess = () => {
        const tx = open.result.transaction('boards', 'readwrite')
        tx.objectStore('boards').put({ id: board.id, board: { ...board, title: 'as stored by an old app' } })
        tx.oncomplete = () => (open.result.close(), done())
        tx.onerror = () => fail(tx.error)
      }
    })
    runPreread(`#/board/${board.id}`, old)
    expect((await readBoard(board.id).result).loaded?.board.title).toBe(board.title)
    expect(get).toHaveBeenCalledTimes(3)
    indexedDB.deleteDatabase(old)
  })

  it('creates no database where there is none (the app creates it, with its tables)', async () => {
    const none = `parcours-none-${Date.now()}`
    runPreread('#/board/b_any', none)
    const pre = (globalThis as { __parcoursPreread?: { result: Promise<unknown> } }).__parcoursPreread
    expect(await pre?.result).toBeNull()
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain(none)
  })
})
