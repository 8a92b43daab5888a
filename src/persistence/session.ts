// Keeps the open board and IndexedDB in step:
// - every edit is written within a second (debounced 250 ms, at most 800 ms late),
//   and flushed at once when the tab is hidden or closed;
// - a synchronous localStorage journal covers the moment a tab dies mid-write;
// - another tab's writes are merged in (three-way, entity by entity), never overwritten;
// - a failed write is shown with its reason, retried, and the board stays downloadable;
// - a board written by a newer version of the app is never written (read-only).
import { create } from 'zustand'
import { mergeBoards } from '../domain/merge'
import { BOARD_DOCUMENT_VERSION, migrateBoardDocument } from '../domain/migrations'
import { restoreBoard } from '../domain/restore'
import type { Board, Id } from '../domain/types'
import { classifyStorageError, db, type StorageErrorKind } from './db'
import { readBoardRow, rowOf, rowVersion } from './rows'
import { announceBoardChange, onBoardChange } from './channel'

export type SaveStatus = 'saved' | 'saving' | 'error'

export interface SaveState {
  status: SaveStatus
  error: StorageErrorKind | null
  /** The board was deleted in another tab while open here. */
  deletedElsewhere: boolean
  /** The stored board was written by a newer version of the app: nothing is written to it. */
  readOnly: boolean
}

export const useSaveState = create<SaveState>(() => ({ status: 'saved', error: null, deletedElsewhere: false, readOnly: false }))

const DEBOUNCE_MS = 250
const MAX_WAIT_MS = 800
const journalKey = (id: Id) => `parcours:journal:${id}`

interface Journal {
  board: Board
  baseRev: number
  at: number
  /** The board document version of `board` (none: version 1). */
  v?: number
}

/** The edits a closed tab could not write to IndexedDB, if any. */
export function readJournal(id: Id): Journal | null {
  try {
    const raw = localStorage.getItem(journalKey(id))
    return raw ? (JSON.parse(raw) as Journal) : null
  } catch {
    return null
  }
}

/**
 * The board a closed tab journalled and could not write, when it is to be taken over the
 * stored one: only when nothing was written since it was made (localStorage is shared by all
 * tabs, and a later write by any tab supersedes it), never over a newer app's board, and
 * brought up to the current document version (an older journal gets the stored board's
 * measurements, which its version kept elsewhere).
 */
export function journalToRecover(id: Id, stored: { board: Board; rev: number; readOnly: boolean } | null): Board | null {
  const journal = readJournal(id)
  if (!journal || stored?.readOnly || (stored && journal.baseRev < stored.rev)) return null
  const v = typeof journal.v === 'number' ? journal.v : 1
  const migrated = migrateBoardDocument(journal.board, v, { measurements: stored?.board.measurements })
  if (!migrated.ok) return null
  const { board } = restoreBoard(migrated.value, { id })
  board.id = id
  return board
}

function clearJournal(id: Id): void {
  try {
    localStorage.removeItem(journalKey(id))
  } catch {
    /* nothing to clear */
  }
}

export interface BoardHost {
  get: () => Board | null
  /** Put a merged board in place (not an undo step). */
  receive: (b: Board) => void
  subscribe: (fn: (b: Board | null) => void) => () => void
  /** The stored board turned out to be a newer app's: stop taking edits. */
  lock?: () => void
}

export class BoardSession {
  private synced: { board: Board; rev: number }
  private timer: ReturnType<typeof setTimeout> | null = null
  private firstDirtyAt = 0
  private writing: Promise<void> | null = null
  private pulling: Promise<void> = Promise.resolve()
  private again = false
  private retryDelay = 1000
  private disposers: (() => void)[] = []
  private readonly id: Id
  private host: BoardHost
  private readOnly: boolean

  constructor(host: BoardHost, board: Board, rev: number, opts: { readOnly?: boolean } = {}) {
    this.host = host
    this.id = board.id
    this.synced = { board, rev }
    this.readOnly = !!opts.readOnly
    useSaveState.setState({ status: 'saved', error: null, deletedElsewhere: false, readOnly: this.readOnly })
    this.disposers.push(host.subscribe((b) => b && b !== this.synced.board && this.schedule()))
    this.disposers.push(onBoardChange((m) => m.boardId === this.id && m.rev !== this.synced.rev && void this.pull()))
    const onHide = () => this.flushNow()
    const onVisibility = () => document.visibilityState === 'hidden' && onHide()
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    this.disposers.push(() => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
    })
  }

  get dirty(): boolean {
    return !this.readOnly && this.host.get() !== this.synced.board
  }

  /** A newer app wrote this board: from now on it is only shown, never written. */
  private becomeReadOnly(): void {
    this.readOnly = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.host.lock?.()
    useSaveState.setState({ status: 'saved', error: null, readOnly: true })
  }

  private schedule(): void {
    if (this.readOnly) return
    useSaveState.setState({ status: useSaveState.getState().error ? 'error' : 'saving' })
    const now = Date.now()
    if (!this.timer) this.firstDirtyAt = now
    else clearTimeout(this.timer)
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstDirtyAt + MAX_WAIT_MS - now))
    this.timer = setTimeout(() => void this.save(), wait)
  }

  /** The tab is going away: journal synchronously, then start the write. */
  flushNow(): void {
    if (!this.dirty) return
    try {
      const j: Journal = { board: this.host.get()!, baseRev: this.synced.rev, at: Date.now(), v: BOARD_DOCUMENT_VERSION }
      localStorage.setItem(journalKey(this.id), JSON.stringify(j))
    } catch {
      /* a full localStorage must not stop the IndexedDB write below */
    }
    void this.save()
  }

  /** Write now and wait for it (also used by tests and before export). */
  async save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.writing) {
      // The write under way began before the latest edits: wait for the one its end starts.
      this.again = true
      await this.writing
      return this.writing ?? undefined
    }
    this.writing = this.write().finally(() => {
      this.writing = null
      if (this.again) {
        this.again = false
        if (this.dirty) void this.save()
      }
    })
    return this.writing
  }

  private async write(): Promise<void> {
    const mine = this.host.get()
    if (!mine || mine === this.synced.board || this.readOnly) {
      if (!useSaveState.getState().error) useSaveState.setState({ status: 'saved' })
      return
    }
    const base = this.synced
    useSaveState.setState({ status: 'saving' })
    try {
      const written = await db.transaction('rw', db.boards, async () => {
        const row = await db.boards.get(this.id)
        if (row && rowVersion(row) > BOARD_DOCUMENT_VERSION) return null
        let board = mine
        let rev = base.rev + 1
        let createdAt = row?.createdAt
        if (row && row.rev !== base.rev) {
          // Another tab wrote since we last synced: keep both sides' edits.
          const stored = readBoardRow(row, this.id)
          board = mergeBoards(base.board, mine, stored.board)
          rev = stored.rev + 1
          createdAt = stored.createdAt
        }
        const now = Date.now()
        await db.boards.put(rowOf(board, { rev, createdAt: typeof createdAt === 'number' ? createdAt : now, updatedAt: now }))
        return { board, rev }
      })
      if (!written) {
        // A newer version of the app wrote this board meanwhile: it is never rewritten here
        // (the banner offers the board, edits included, as a file).
        this.becomeReadOnly()
        return
      }
      this.synced = written
      clearJournal(this.id)
      this.retryDelay = 1000
      announceBoardChange(this.id, written.rev)
      const current = this.host.get()
      if (written.board !== mine && current) {
        // The write merged another tab's edits: show them, keeping anything typed meanwhile.
        const shown = current === mine ? written.board : mergeBoards(mine, current, written.board)
        if (shown === written.board) this.synced = { board: shown, rev: written.rev }
        this.host.receive(shown)
      }
      useSaveState.setState({ status: this.dirty ? 'saving' : 'saved', error: null })
      if (this.dirty) this.schedule()
    } catch (err) {
      const kind = classifyStorageError(err)
      console.error('Parcours: could not save the board', err)
      useSaveState.setState({ status: 'error', error: kind })
      // Keep the edits in the journal and retry with a growing delay.
      this.flushJournalOnly()
      this.timer = setTimeout(() => void this.save(), this.retryDelay)
      this.retryDelay = Math.min(this.retryDelay * 2, 30_000)
    }
  }

  private flushJournalOnly(): void {
    try {
      const j: Journal = { board: this.host.get()!, baseRev: this.synced.rev, at: Date.now(), v: BOARD_DOCUMENT_VERSION }
      localStorage.setItem(journalKey(this.id), JSON.stringify(j))
    } catch {
      /* both stores failing: the banner offers the file download */
    }
  }

  /** Another tab wrote this board: merge its version in. */
  private pull(): Promise<void> {
    // Pulls and writes run one at a time, so a pull never reads a row older than a write
    // this tab has just made.
    this.pulling = this.pulling.then(async () => {
      while (this.writing) await this.writing
      await this.pullNow()
    })
    return this.pulling
  }

  private async pullNow(): Promise<void> {
    let row
    try {
      row = await db.boards.get(this.id)
    } catch {
      return
    }
    if (!row) {
      useSaveState.setState({ deletedElsewhere: true })
      return
    }
    const stored = readBoardRow(row, this.id)
    if (stored.newer) return this.becomeReadOnly()
    if (stored.rev <= this.synced.rev) return // not newer than what this tab knows
    const theirs = stored.board
    const current = this.host.get()
    const base = this.synced.board
    this.synced = { board: theirs, rev: stored.rev }
    if (!current) return
    const merged = current === base ? theirs : mergeBoards(base, current, theirs)
    if (merged === theirs) this.synced = { board: merged, rev: stored.rev }
    if (merged !== current) this.host.receive(merged)
    if (this.dirty) this.schedule()
  }

  dispose(): void {
    // The editor may show another board from now on: a late write or retry must only ever
    // write this board's last state under this board's id, and show nothing.
    const last = this.host.get()
    this.host = { get: () => last, receive: () => {}, subscribe: () => () => {}, lock: () => {} }
    this.flushNow()
    for (const d of this.disposers) d()
    this.disposers = []
  }
}
