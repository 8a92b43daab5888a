// The IndexedDB database (Dexie), declared from the versioned schema in ./schema.ts.
// Only src/persistence/ uses it: everything else goes through the repositories and hooks.
import Dexie, { type Table } from 'dexie'
import type { Id, Persona } from '../domain/types'
import { SCHEMA } from './schema'
import type { BoardRow } from './rows'
import type { TextDraft } from '../domain/drafts'
import type { PersonaDraft } from '../domain/personaDrafts'
import { restoreFromCopy, safetyCopyMiddleware } from './safetyCopy'

/** A draft (see ./drafts.ts): a board's (the text of its open card editor or name box), keyed by
 * the board id; or a persona form's, keyed `persona:<id>` (`persona:new` for a new persona). */
export interface DraftRow {
  boardId: Id
  draft: TextDraft | PersonaDraft
}

export class ParcoursDB extends Dexie {
  boards!: Table<BoardRow, Id>
  personas!: Table<Persona, Id>
  drafts!: Table<DraftRow, Id>

  constructor(name = 'parcours') {
    super(name)
    for (const step of SCHEMA) {
      const version = this.version(step.version).stores(step.stores)
      if (step.up) version.upgrade(step.up)
    }
    // Every board and persona also kept outside IndexedDB, and put back from there when the
    // browser lost its database (see ./safetyCopy.ts).
    this.use(safetyCopyMiddleware(this))
    // (only when this opening created the database: a first run, or one the browser deleted)
    let created = false
    this.on('populate', () => {
      created = true
    })
    this.on('ready', (vip) => {
      const restore = restoreFromCopy(vip as Dexie, this, { created })
      created = false
      return restore
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
export function setDatabase(next: ParcoursDB): void {
  db = next
}

export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'unknown'

/** What kind of storage failure an error is (quota can hide inside an AbortError's `inner`). */
export function classifyStorageError(err: unknown): StorageErrorKind {
  const e = err as { name?: string; inner?: { name?: string }; message?: string } | null
  const names = [e?.name, e?.inner?.name]
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return 'quota'
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'VersionError' || n === 'BlockedError')) return 'blocked'
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'OpenFailedError' || n === 'SecurityError')) return 'unavailable'
  return 'unknown'
}
