// The IndexedDB schema (Dexie). Keep every version(n) declaration: a browser that last
// ran an older version upgrades through each of them in turn.
import Dexie, { type Table } from 'dexie'
import type { Board, BoardKind, Id, Measurement, Persona } from '../domain/types'

export interface BoardRow {
  id: Id
  board: Board
  /** Raised by one at every write: tells a tab that another one wrote in between. */
  rev: number
  createdAt: number
  updatedAt: number
  // Summary for the home screen (kept in step with `board` at every write).
  title: string
  kind: BoardKind
  stageCount: number
  cardCount: number
}

export interface MeasurementRow extends Measurement {
  boardId: Id
}

export class ParcoursDB extends Dexie {
  boards!: Table<BoardRow, Id>
  personas!: Table<Persona, Id>
  measurements!: Table<MeasurementRow, Id>

  constructor(name = 'parcours') {
    super(name)
    this.version(1).stores({
      boards: 'id, updatedAt',
      personas: 'id',
      measurements: 'id, boardId, cardId',
    })
    // Another tab opened a newer schema: step aside so it can upgrade, then reload into it.
    this.on('versionchange', () => {
      this.close()
      if (typeof location !== 'undefined') location.reload()
      return false
    })
  }
}

export let db = new ParcoursDB()

/** Tests use a fresh database per case. */
export function useDatabase(next: ParcoursDB): void {
  db = next
}

export function summarise(board: Board): Pick<BoardRow, 'title' | 'kind' | 'stageCount' | 'cardCount'> {
  return { title: board.title, kind: board.kind, stageCount: board.stages.length, cardCount: board.cards.length }
}

export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'unknown'

/** What kind of storage failure an error is (quota can hide inside an AbortError's `inner`). */
export function classifyStorageError(err: unknown): StorageErrorKind {
  const e = err as { name?: string; inner?: { name?: string }; message?: string } | null
  const names = [e?.name, e?.inner?.name]
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return 'quota'
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'VersionError' || n === 'BlockedError')) return 'blocked'
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'OpenFailedError' || n === 'SecurityError'))
    return 'unavailable'
  return 'unknown'
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (navigator.storage?.persisted && (await navigator.storage.persisted())) return true
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}
