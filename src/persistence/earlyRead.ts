// A board's first read, started by ./preread.js (put in index.html) before the app's code has
// come (its answer taken here), or as soon as that code begins to run (src/app/earlyRead.ts),
// while the rest of it is still being evaluated: IndexedDB opens and reads on its own thread
// meanwhile, and the board screen finds the board already read instead of asking for it then.
import { loadBoard, loadedFromRow, type LoadedBoard } from './boards'
import { draftFromRow, readDraft } from './drafts'
import { SCHEMA_VERSION } from './schema'
import type { TextDraft } from '../domain/drafts'
import type { Id } from '../domain/types'

/** What a read found: the board (null: not stored, or `error`: the storage failed) and the draft a closed tab left. */
export interface ReadResult {
  loaded: LoadedBoard | null
  draft: TextDraft | null
  error: unknown
}

export interface BoardRead {
  result: Promise<ReadResult>
  /** The result, once it has come (read synchronously by a screen drawn after it came). */
  settled: ReadResult | null
}

let early: { id: Id; read: BoardRead } | null = null

/**
 * What index.html's first read found (`window.__parcoursPreread`): the database's version and the
 * board's and its draft's rows as stored, or null (no database, a failure).
 */
interface Preread {
  id: string
  result: Promise<{ version: number; row: unknown; draft: unknown } | null>
}

/** The IndexedDB version Dexie gives the current schema (its version × 10). */
const IDB_VERSION = Math.round(SCHEMA_VERSION * 10)

/**
 * The board and draft from index.html's read, when it is this board's and sure: the database at
 * this app's version (an older one is migrated by Dexie first) and a row needing no repair (a
 * missing row too is read again: Dexie may put back a lost database). Taken once.
 */
function takePreread(id: Id): Promise<ReadResult | null> {
  const w = globalThis as { __parcoursPreread?: Preread }
  const pre = w.__parcoursPreread
  delete w.__parcoursPreread
  if (!pre || pre.id !== id) return Promise.resolve(null)
  return pre.result.then(
    (found) => {
      if (!found || found.version !== IDB_VERSION || found.row === undefined) return null
      try {
        const loaded = loadedFromRow(found.row, id)
        return loaded && { loaded, draft: draftFromRow(id, found.draft), error: null }
      } catch {
        return null // read again, through Dexie, which says what failed
      }
    },
    () => null,
  )
}

/** The board's row and draft read through Dexie (which first opens, migrates or restores the database). */
function readThroughDexie(id: Id): Promise<ReadResult> {
  let error: unknown = null
  return Promise.all([
    loadBoard(id).catch((e: unknown) => {
      error = e ?? new Error('unreadable')
      return null
    }),
    readDraft(id),
  ]).then(([loaded, draft]) => ({ loaded, draft, error }))
}

function startRead(id: Id): BoardRead {
  const read: BoardRead = {
    settled: null,
    result: takePreread(id)
      .then((pre) => pre ?? readThroughDexie(id))
      .then((r) => (read.settled = r)),
  }
  return read
}

/** Start reading board `id` (its record and the draft a closed tab left), for the first open. */
export function readBoardEarly(id: Id): void {
  performance.mark?.('parcours:early-read')
  early = { id, read: startRead(id) }
  void early.read.result.then(() => performance.mark?.('parcours:early-read-done'))
}

/** Resolves once the early read has come, or after `ms` (whichever first); at once without one. */
export function earlyReadDone(ms: number): Promise<void> {
  if (!early) return Promise.resolve()
  return Promise.race([early.read.result.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))])
}

/**
 * Board `id` read: the early read when it is that board's (taken once: a later open reads
 * again), else a read started now. Any other early read is dropped.
 */
export function readBoard(id: Id): BoardRead {
  const mine = early?.id === id ? early.read : null
  early = null
  return mine ?? startRead(id)
}
