// The boards repository: the home list, opening a board, and whole-board operations (create,
// rename, duplicate, delete and undo). Every read goes through `readBoardRow`, so one malformed
// row never hides or breaks the others; a row whose id or dates were broken is written back
// repaired, once; a row from a newer app is never rewritten.
import { db } from './db'
import { newRow, readBoardRow, rowOf, type BoardRow, type ReadRow } from './rows'
import { writeBundle } from './bundle'
import { announceBoardChange } from './channel'
import type { RestoreWarning } from '../domain/restore'
import type { Board, BoardKind, Id } from '../domain/types'

export interface BoardSummary {
  id: Id
  title: string
  kind: BoardKind
  stageCount: number
  cardCount: number
  createdAt: number
  updatedAt: number
  /** The board as restored (for the preview). */
  board: Board
  /** Written by a newer version of the app: it opens read-only. */
  readOnly: boolean
}

export interface BoardListing {
  /** Every stored board, the last edited first. */
  boards: BoardSummary[]
  /** Rows read repaired that are still to be written back (see `repairBoards`). */
  needRepair: Id[]
}

const summaryOf = (r: ReadRow): BoardSummary => ({
  id: r.id,
  title: r.board.title,
  kind: r.board.kind,
  stageCount: r.board.stages.length,
  cardCount: r.board.cards.length,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  board: r.board,
  readOnly: r.newer,
})

// The last reading of each row: the home list is read again at every write (any tab's), and a
// row the app did not rewrite (same revision and dates) is not restored again — its board keeps
// its identity, so its preview is not laid out again either. Every write by the app raises the
// revision and sets the dates.
let readCache = new Map<Id, { key: string; read: ReadRow }>()
const cacheKey = (row: BoardRow) => `${db.name}|${row.v}|${row.rev}|${row.createdAt}|${row.updatedAt}`

/** Every stored board, summarised through restore (one bad row never hides the others). */
export async function listBoards(): Promise<BoardListing> {
  const rows = await db.boards.toArray()
  const next = new Map<Id, { key: string; read: ReadRow }>()
  const read = rows.map((row) => {
    const key = cacheKey(row)
    const known = readCache.get(row.id)
    const r = known?.key === key ? known.read : readBoardRow(row, row.id)
    next.set(row.id, { key, read: r })
    return r
  })
  readCache = next
  read.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
  return { boards: read.map(summaryOf), needRepair: read.filter((r) => r.repaired).map((r) => r.id) }
}

/** Write back, repaired, the rows whose id, dates or revision were broken (each once). */
export async function repairBoards(ids: readonly Id[]): Promise<void> {
  const written = await db.transaction('rw', db.boards, async () => {
    const out: BoardRow[] = []
    for (const id of ids) {
      const row = await db.boards.get(id)
      const repaired = row && readBoardRow(row, id).repaired
      if (!repaired) continue
      await db.boards.put(repaired)
      out.push(repaired)
    }
    return out
  })
  for (const row of written) announceBoardChange(row.id, row.rev)
}

export async function putNewBoard(board: Board): Promise<BoardRow> {
  const row = newRow(board)
  await db.boards.add(row)
  announceBoardChange(board.id, row.rev)
  return row
}

export interface LoadedBoard {
  board: Board
  warnings: RestoreWarning[]
  /** The stored revision the board was read at. */
  rev: number
  /** Written by a newer version of the app: show it, never write it. */
  readOnly: boolean
}

/** What the editor opens from a row as read. */
const opened = (read: ReadRow): LoadedBoard => ({ board: read.board, warnings: read.warnings, rev: read.rev, readOnly: read.newer })

/** A board from its row as read outside Dexie (preread.js, index.html's first read); null when the row needs a repair (then `loadBoard`, which writes it). */
export function loadedFromRow(raw: unknown, id: Id): LoadedBoard | null {
  const read = readBoardRow(raw, id)
  return read.repaired ? null : opened(read)
}

/** A stored board, as the editor opens it (repaired on the way when its row needed it). */
export async function loadBoard(id: Id): Promise<LoadedBoard | null> {
  let row = await db.boards.get(id)
  if (!row) return null
  let read = readBoardRow(row, id)
  if (read.repaired) {
    await repairBoards([id])
    row = await db.boards.get(id)
    if (!row) return null
    read = readBoardRow(row, id)
  }
  return opened(read)
}

/** Rename a stored board (false when it is not here, or is a newer app's, never rewritten). */
export async function renameBoardRow(id: Id, title: string): Promise<boolean> {
  const row = await db.transaction('rw', db.boards, async () => {
    const raw = await db.boards.get(id)
    if (!raw) return null
    const read = readBoardRow(raw, id)
    if (read.newer) return null
    const next = rowOf({ ...read.board, title }, { rev: read.rev + 1, createdAt: read.createdAt, updatedAt: Date.now() })
    await db.boards.put(next)
    return next
  })
  if (row) announceBoardChange(id, row.rev)
  return !!row
}

/** A copy of a stored board, with its measurements, under fresh ids; its id (null when there is nothing to copy). */
export async function duplicateBoardRow(id: Id, title: string): Promise<Id | null> {
  const raw = await db.boards.get(id)
  if (!raw) return null
  const read = readBoardRow(raw, id)
  if (read.newer) return null // a copy would drop what the newer app wrote
  const result = await writeBundle({ boards: [read.board] }, { copyTitle: () => title })
  return result.boards[0]?.id ?? null
}

export interface DeletedBoard {
  /** The row as it was stored (put back as is by `undeleteBoard`). */
  row: BoardRow
  title: string
}

/** Delete a board (its measurements are inside it); returns what is needed to undo the deletion. */
export async function deleteBoardRow(id: Id): Promise<DeletedBoard | null> {
  const row = await db.transaction('rw', db.boards, async () => {
    const found = await db.boards.get(id)
    if (found) await db.boards.delete(id)
    return found
  })
  if (!row) return null
  announceBoardChange(id, -1)
  return { row, title: readBoardRow(row, id).board.title }
}

/** Bring a deleted board back — unless a board with its id is here again (restored from a
 * file meanwhile): that one is never overwritten. */
export async function undeleteBoard(deleted: DeletedBoard): Promise<void> {
  const back = await db.transaction('rw', db.boards, async () => {
    if (await db.boards.get(deleted.row.id)) return false
    await db.boards.add(deleted.row)
    return true
  })
  if (back) announceBoardChange(deleted.row.id, typeof deleted.row.rev === 'number' ? deleted.row.rev : 0)
}
