// A board's first read, started as soon as the app's code begins to run (src/app/earlyRead.ts),
// while the rest of it is still being evaluated: IndexedDB opens and reads on its own thread
// meanwhile, and the board screen finds the board already read instead of asking for it then.
import { loadBoard, type LoadedBoard } from './boards'
import { readDraft } from './drafts'
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

function startRead(id: Id): BoardRead {
  let error: unknown = null
  const read: BoardRead = {
    settled: null,
    result: Promise.all([
      loadBoard(id).catch((e: unknown) => {
        error = e ?? new Error('unreadable')
        return null
      }),
      readDraft(id),
    ]).then(([loaded, draft]) => (read.settled = { loaded, draft, error })),
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
