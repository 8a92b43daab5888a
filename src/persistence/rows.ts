// A stored board row: the board document plus bookkeeping, and the one way a row is read.
// Every reader (the home list, the editor, a backup, the persona library, a bundle's checks)
// goes through `readBoardRow`: migrated from the version it was written at, restored, its id
// and dates made sound. A malformed row gives a sound board, never an exception; a row from a
// newer app is read as well as this app can, and marked so that nothing rewrites it.
import { BOARD_DOCUMENT_VERSION, migrateBoardDocument, type BoardDocumentContext } from '../domain/migrations'
import { restoreBoard, type RestoreWarning } from '../domain/restore'
import type { Board, BoardKind, Id } from '../domain/types'

export interface BoardRow {
  id: Id
  board: Board
  /** The version of the board document this row was written at (none: version 1). */
  v: number
  /** Raised by one at every write: tells a tab that another one wrote in between. */
  rev: number
  createdAt: number
  updatedAt: number
  // Summary for the home screen (kept in step with `board` at every write).
  title: string
  kind: BoardKind
  stageCount: number
  cardCount: number
  /** The ids of the board's measurements (an index: ids are unique in the whole database). */
  measurementIds: Id[]
}

export type RowSummary = Pick<BoardRow, 'title' | 'kind' | 'stageCount' | 'cardCount' | 'measurementIds'>

export function summarise(board: Board): RowSummary {
  return {
    title: board.title,
    kind: board.kind,
    stageCount: board.stages.length,
    cardCount: board.cards.length,
    measurementIds: (board.measurements ?? []).map((m) => m.id),
  }
}

/** The row of a board written now at the current document version. */
export function rowOf(board: Board, rest: { rev: number; createdAt: number; updatedAt: number }): BoardRow {
  return { id: board.id, board, v: BOARD_DOCUMENT_VERSION, ...rest, ...summarise(board) }
}

/** A row for a board stored for the first time. */
export const newRow = (board: Board, now = Date.now()): BoardRow => rowOf(board, { rev: 1, createdAt: now, updatedAt: now })

export interface ReadRow {
  id: Id
  /** The board, sound whatever the row held; its id is the row's. */
  board: Board
  warnings: RestoreWarning[]
  rev: number
  createdAt: number
  updatedAt: number
  /** Written by a newer version of the app: shown read-only, never rewritten. */
  newer: boolean
  /** The row as it should be stored when its id, dates or revision needed repairing (null: sound). */
  repaired: BoardRow | null
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0
const isRev = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/** The document version a row was written at: 1 when it does not say (rows before versions). */
export function rowVersion(raw: unknown): number {
  const v = isObj(raw) ? raw.v : undefined
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1
}

/**
 * Read a stored row (anything: it was written by another version, a bug, or a hand) under
 * its primary key. `context` is what older storage kept beside the document (a migration's).
 */
export function readBoardRow(raw: unknown, key: Id, context: BoardDocumentContext = {}, now = Date.now()): ReadRow {
  const row: Obj = isObj(raw) ? raw : {}
  const fallback = { id: key, title: typeof row.title === 'string' ? row.title : undefined }
  const migrated = migrateBoardDocument(row.board, rowVersion(row), context)
  const newer = !migrated.ok
  const { board, warnings } = restoreBoard(migrated.ok ? migrated.value : row.board, fallback)
  let broken = false
  if (board.id !== key) {
    // The row's key is what addresses, lists and writes use: the board takes it.
    board.id = key
    broken = true
  }
  const createdAt = isTime(row.createdAt) ? row.createdAt : isTime(row.updatedAt) ? row.updatedAt : now
  const updatedAt = isTime(row.updatedAt) ? row.updatedAt : createdAt
  const rev = isRev(row.rev) ? row.rev : 0
  if (createdAt !== row.createdAt || updatedAt !== row.updatedAt || rev !== row.rev) broken = true
  const repaired = broken && !newer ? rowOf(board, { rev: rev + 1, createdAt, updatedAt }) : null
  return { id: key, board, warnings, rev, createdAt, updatedAt, newer, repaired }
}
