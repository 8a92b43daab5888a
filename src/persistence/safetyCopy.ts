// The safety copy: every stored board (and the persona library) also kept as a file in the
// origin's private file system (OPFS), outside IndexedDB.
//
// Why: Chromium keeps all of an origin's IndexedDB databases in one LevelDB store. A browser
// killed while it writes (a crash, a power cut, the OS ending it) can leave that store damaged,
// and on the next start Chromium deletes it and starts empty — every board gone at once
// (`IDBVersionChangeEvent.dataLoss === 'total'`, "IndexedDB (database was corrupt)"). The crash
// harness (npm run crash) met it about once in twenty kills made while an edit was written.
// OPFS files live in another store; each is replaced whole when written (a killed write leaves
// the previous file), so what the database lost comes back from them when the app next opens.
//
// When the database is created again (Chromium deleted it; the copy holds boards), every board
// and persona of the copy is put back, and the app says so.
// A board's copy is written as each of its writes goes to IndexedDB (from the row written), or
// read back once the write committed when there is no row to copy; a board deleted on purpose
// loses its copy once the delete committed. Where there is no OPFS (plain http from a LAN address, no
// secure context) there is no safety copy.
import type Dexie from 'dexie'
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import type { Id } from '../domain/types'

/** Where copies are kept: files by name, each written whole. */
export interface CopyStore {
  list(): Promise<string[]>
  read(name: string): Promise<string | null>
  write(name: string, text: string): Promise<void>
  remove(name: string): Promise<void>
}

const DIR = 'parcours-safety-copy'
const PERSONAS = 'personas.json'
const boardFile = (id: Id) => `board-${encodeURIComponent(id)}.json`
const boardOfFile = (name: string): Id | null => {
  const m = /^board-(.+)\.json$/.exec(name)
  if (!m) return null
  try {
    return decodeURIComponent(m[1])
  } catch {
    return null
  }
}

/** The origin's private file system, when the browser gives it (secure contexts, with writable files). */
async function opfsStore(): Promise<CopyStore | null> {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null
    if (typeof FileSystemFileHandle === 'undefined' || typeof FileSystemFileHandle.prototype.createWritable !== 'function') return null
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle(DIR, { create: true })
    return {
      async list() {
        const names: string[] = []
        for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name)
        return names
      },
      async read(name) {
        try {
          return await (await (await dir.getFileHandle(name)).getFile()).text()
        } catch {
          return null
        }
      },
      async write(name, text) {
        const w = await (await dir.getFileHandle(name, { create: true })).createWritable()
        await w.write(text)
        await w.close() // the file is replaced only now, whole
      },
      async remove(name) {
        await dir.removeEntry(name).catch(() => {})
      },
    }
  } catch {
    return null
  }
}

let storeChoice: Promise<CopyStore | null> | null = null
const copyStore = (): Promise<CopyStore | null> => (storeChoice ??= opfsStore())

/** Tests put a store of their own (or none). */
export function setCopyStore(store: CopyStore | null): void {
  storeChoice = Promise.resolve(store)
}

// --- Writing copies ---------------------------------------------------------------------------

const READ_BACK = Symbol('read back')

/** Copies waiting to be written, per database: board id (null: the persona library) → the row
 * being written, or READ_BACK (read it from the database: deleted, or written without a row). */
interface Pending {
  ids: Map<Id | null, unknown>
  running: Promise<void> | null
}
const pending = new WeakMap<Dexie, Pending>()

/** Write the copies of `ids`, one at a time, the latest state each. */
function schedule(db: Dexie, ids: Iterable<Id | null>, rows?: readonly unknown[]): void {
  let p = pending.get(db)
  if (!p) pending.set(db, (p = { ids: new Map(), running: null }))
  let i = 0
  for (const id of ids) {
    p.ids.delete(id) // (re-inserted last: the order of writes follows the order of edits)
    p.ids.set(id, rows ? rows[i] : READ_BACK)
    i++
  }
  if (!p.running) p.running = drain(db, p)
}

async function drain(db: Dexie, p: Pending): Promise<void> {
  try {
    const store = await copyStore()
    while (store && p.ids.size) {
      const [[id, given]] = p.ids
      p.ids.delete(id)
      try {
        if (id === null) {
          await store.write(PERSONAS, JSON.stringify(await db.table('personas').toArray()))
        } else {
          const row = given === READ_BACK ? await db.table('boards').get(id) : given
          if (row) await store.write(boardFile(id), JSON.stringify(row))
          else await store.remove(boardFile(id))
        }
      } catch (e) {
        // A copy is a second line: its failure never stops a save (the database holds the edit).
        console.warn('[safety copy] not written', e)
      }
    }
    if (!store) p.ids.clear()
  } finally {
    p.running = null
    if (p.ids.size) p.running = drain(db, p)
  }
}

/** Until every copy asked for so far is written (tests, and the crash harness's checks). */
export async function copiesWritten(db: Dexie): Promise<void> {
  await backfills.get(db)
  for (let p = pending.get(db); p?.running;) await p.running
}

/** The check made after an ordinary opening, per database (see restoreFromCopy). */
const backfills = new WeakMap<Dexie, Promise<void>>()

async function backfill(db: Dexie): Promise<void> {
  try {
    const store = await copyStore()
    if (!store) return
    const names = await store.list()
    const stored = (await db.table('boards').toCollection().primaryKeys()) as Id[]
    const copied = new Set(names.map(boardOfFile))
    const uncopied = stored.filter((id) => !copied.has(id))
    if (uncopied.length || !names.includes(PERSONAS)) schedule(db, [...uncopied, null])
  } catch (e) {
    console.warn('[safety copy] not checked', e)
  }
}

const keysOf = (req: DBCoreMutateRequest): Id[] | 'all' => {
  if (req.type === 'deleteRange') return 'all'
  if (req.type === 'delete') return req.keys as Id[]
  if (req.keys) return req.keys as Id[]
  return req.values.map((v: { id?: Id }) => v?.id).filter((id): id is Id => typeof id === 'string')
}

/** A Dexie middleware: after a transaction that wrote boards or personas commits, their copies follow. */
export function safetyCopyMiddleware(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'safetyCopy',
    create(down: DBCore) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name)
          if (name !== 'boards' && name !== 'personas') return table
          return {
            ...table,
            mutate(req) {
              // A board written is copied at once, while IndexedDB writes it: a kill that damages
              // the database during (or just after) this write finds the copy already on its way.
              // (A write that then fails leaves a copy of what the editor showed; nothing is lost.)
              const early = name === 'boards' && (req.type === 'put' || req.type === 'add') && !!req.values
              if (early) {
                const ids = keysOf(req)
                if (ids !== 'all' && ids.length === req.values.length) schedule(db, ids, req.values)
              }
              return table.mutate(req).then((res) => {
                const keys = keysOf(req)
                const after = () => {
                  if (name === 'personas') return schedule(db, [null])
                  if (keys === 'all') return void resyncAll(db)
                  if (!early) schedule(db, keys)
                }
                const trans = req.trans as unknown as Partial<IDBTransaction>
                if (typeof trans.addEventListener === 'function') {
                  trans.addEventListener('complete', after, { once: true })
                  // A write that did not commit: its copy goes back to what the database holds.
                  if (early && keys !== 'all') trans.addEventListener('abort', () => schedule(db, keys), { once: true })
                } else queueMicrotask(after)
                return res
              })
            },
          }
        },
      }
    },
  }
}

/** Every board's copy written again, and copies of boards no longer stored removed. */
async function resyncAll(db: Dexie): Promise<void> {
  const store = await copyStore()
  if (!store) return
  const ids = (await db.table('boards').toCollection().primaryKeys()) as Id[]
  const stored = new Set(ids)
  for (const name of await store.list()) {
    const id = boardOfFile(name)
    if (id !== null && !stored.has(id)) await store.remove(name)
  }
  schedule(db, [...ids, null])
}

// --- Bringing back what the database lost ------------------------------------------------------

export interface RestoredFromCopy {
  boards: { id: Id; title: string }[]
  personas: number
}

let lastRestore: RestoredFromCopy | null = null
const listeners = new Set<(r: RestoredFromCopy) => void>()

/** What the last opening brought back from the safety copy (null: nothing was missing). */
export const restoredFromCopy = (): RestoredFromCopy | null => lastRestore
export function onRestoredFromCopy(fn: (r: RestoredFromCopy) => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}
/** The notice was read: forget it. */
export function dismissRestoredFromCopy(): void {
  lastRestore = null
}

/**
 * When the database opens: if this opening created it (a first run, or a database the browser
 * deleted as damaged), put back every board and persona that has a copy; in any case make sure
 * every stored board has a copy. Never throws (the database opens
 * whatever happens here). `db` is the database as Dexie lets it be used while opening; `owner`
 * the database itself (its copies are written once it is open).
 */
export async function restoreFromCopy(db: Dexie, owner: Dexie = db, { created = true }: { created?: boolean } = {}): Promise<RestoredFromCopy | null> {
  if (!created) {
    // The database was not (re)created by this opening: nothing was lost. Boards stored before
    // there was a copy (or whose copy failed) get one, after the opening: reading the copy's
    // folder (another store, slower on a busy machine) never delays a board's first view.
    backfills.set(owner, backfill(owner))
    return null
  }
  try {
    const store = await copyStore()
    if (!store) return null
    const names = await store.list()
    const boards = db.table('boards')
    const stored = new Set((await boards.toCollection().primaryKeys()) as Id[])
    const restored: RestoredFromCopy = { boards: [], personas: 0 }
    const copied = new Set<Id>()
    for (const name of names) {
      const id = boardOfFile(name)
      if (id === null) continue
      copied.add(id)
      if (stored.has(id)) continue
      const row = parse(await store.read(name))
      if (!row || Array.isArray(row) || row.id !== id || typeof row.board !== 'object' || row.board === null) continue
      await boards.put(row)
      const title = (row.board as { title?: unknown }).title
      restored.boards.push({ id, title: typeof title === 'string' ? title : '' })
    }
    if (names.includes(PERSONAS)) {
      const list = parse(await store.read(PERSONAS))
      if (Array.isArray(list)) {
        const personas = db.table('personas')
        const have = new Set((await personas.toCollection().primaryKeys()) as Id[])
        const missing = list.filter(
          (p): p is { id: Id } => typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' && !have.has((p as { id: Id }).id),
        )
        if (missing.length) await personas.bulkPut(missing)
        restored.personas = missing.length
      }
    }
    // Boards stored before there was a safety copy (or whose copy failed) get one now.
    const uncopied = [...stored].filter((id) => !copied.has(id))
    if (uncopied.length || !names.includes(PERSONAS)) schedule(owner, [...uncopied, null])
    if (!restored.boards.length && !restored.personas) return null
    lastRestore = restored
    for (const fn of listeners) fn(restored)
    return restored
  } catch (e) {
    console.warn('[safety copy] not read', e)
    return null
  }
}

function parse(text: string | null): Record<string, unknown> | unknown[] | null {
  if (text === null) return null
  try {
    const v: unknown = JSON.parse(text)
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}
