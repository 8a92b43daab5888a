// The IndexedDB schema, version by version (Dexie's `version(n)`; IndexedDB itself counts
// n × 10). A browser that last ran an older version upgrades through each step in turn, so
// every step is kept forever and new ones are appended at the end only, with a database
// written at the version before it in src/persistence/migrations.test.ts.
import type { Transaction } from 'dexie'
import { checkSteps } from '../domain/migrations'
import type { Id } from '../domain/types'
import { readBoardRow, rowOf } from './rows'

export interface SchemaStep {
  version: number
  name: string
  /** Dexie's stores declaration for this version (`null` deletes a table). */
  stores: Record<string, string | null>
  /** Moves the data of the version before into this one, inside the upgrade transaction. */
  up?: (tx: Transaction) => Promise<void>
}

/**
 * Version 2: the `measurements` table goes; each board's measurements move into its document
 * (board document version 2), and rows gain `v` (the document version they were written at)
 * and `measurementIds` (an index, so an import can tell a measurement id already used).
 * A row from a newer app is left exactly as it is.
 */
async function measurementsIntoBoards(tx: Transaction): Promise<void> {
  const byBoard = new Map<Id, unknown[]>()
  await tx.table('measurements').each((m: { boardId?: Id }) => {
    if (typeof m.boardId === 'string') byBoard.set(m.boardId, [...(byBoard.get(m.boardId) ?? []), m])
  })
  await tx
    .table('boards')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      const key = row.id as Id
      const read = readBoardRow(row, key, { measurements: byBoard.get(key) ?? [] })
      if (read.newer) return
      ref.value = rowOf(read.board, { rev: read.rev, createdAt: read.createdAt, updatedAt: read.updatedAt })
    })
}

export const SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    name: 'boards, personas, measurements',
    stores: { boards: 'id, updatedAt', personas: 'id', measurements: 'id, boardId, cardId' },
  },
  {
    version: 2,
    name: 'measurements inside their boards',
    stores: { boards: 'id, updatedAt, *measurementIds', personas: 'id', measurements: null },
    up: measurementsIntoBoards,
  },
]
checkSteps(SCHEMA.slice(1), 'database schema') // numbered 1, 2, 3… in order

/** The schema version this app declares (the database may be at a newer one). */
export const SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1].version
