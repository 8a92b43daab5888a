// Versioned formats and their migrations (after tldraw's migrate.ts): a format has a version
// number and a list of numbered steps, each with an `up` from the version before it. Steps are
// appended AT THE END ONLY and kept forever: a record written by any past version of the app
// must still come up to the current one. A record from a NEWER version than the list knows is
// never migrated down: callers leave it as it is (read-only), since rewriting it would drop what
// the newer app wrote.
import type { Id, Measurement } from './types'

export interface Migration<T, C = void> {
  /** The version this step brings a record to (the step from `version - 1`). */
  version: number
  /** What the step does, in a few words (kept with the step, for whoever reads the list). */
  name: string
  up: (value: T, context: C) => T
}

export type MigrateResult<T> =
  | { ok: true; value: T; version: number; /** The versions of the steps that ran, in order. */ applied: number[] }
  | { ok: false; reason: 'newer'; version: number }

/** The version a list of steps ends at: 1 when there is none. */
export const lastVersion = (steps: readonly { version: number }[]): number => (steps.length ? steps[steps.length - 1].version : 1)

/** Throws when steps are not numbered 2, 3, 4… in order (a step removed, or two with one number). */
export function checkSteps(steps: readonly { version: number }[], what: string): void {
  steps.forEach((s, i) => {
    if (s.version !== i + 2) throw new Error(`${what}: step ${i} is numbered ${s.version}, expected ${i + 2}`)
  })
}

/** Bring `value`, written at version `from`, up to the last version of `steps`. */
export function migrate<T, C>(value: T, from: number, steps: readonly Migration<T, C>[], context: C): MigrateResult<T> {
  const to = lastVersion(steps)
  if (from > to) return { ok: false, reason: 'newer', version: from }
  let v = value
  const applied: number[] = []
  for (const step of steps) {
    if (step.version <= from) continue
    v = step.up(v, context)
    applied.push(step.version)
  }
  return { ok: true, value: v, version: to, applied }
}

// ---- the board document -----------------------------------------------------------------

/**
 * What stood beside a board document in older storage, for the steps that fold it in:
 * the measurements that the database of version 1 kept in a table of their own.
 */
export interface BoardDocumentContext {
  measurements?: readonly unknown[]
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Version 1: the board as written until measurements joined it (they lived in their own table).
 * Version 2: `measurements` inside the board. The old rows carried `boardId`, dropped here; a
 * score of a card or stage no longer on the board goes, as deleting a card removes its scores;
 * one already in the board (by id) is not taken twice.
 */
const measurementsInBoard: Migration<unknown, BoardDocumentContext> = {
  version: 2,
  name: 'measurements move into the board',
  up: (doc, context) => {
    if (!isObj(doc)) return doc
    const legacy = (context.measurements ?? []).filter(isObj)
    if (!legacy.length) return doc
    const cards = new Set(Array.isArray(doc.cards) ? doc.cards.map((c) => (isObj(c) ? c.id : undefined)) : [])
    const stages = new Set(Array.isArray(doc.stages) ? doc.stages.map((s) => (isObj(s) ? s.id : undefined)) : [])
    const own = Array.isArray(doc.measurements) ? doc.measurements : []
    const ids = new Set<unknown>(own.map((m) => (isObj(m) ? m.id : undefined)))
    const added: Measurement[] = []
    for (const { boardId: _boardId, ...m } of legacy) {
      if (ids.has(m.id)) continue
      if (m.cardId !== undefined && !cards.has(m.cardId)) continue
      if (m.stageId !== undefined && !stages.has(m.stageId)) continue
      ids.add(m.id as Id)
      added.push(m as unknown as Measurement)
    }
    return added.length ? { ...doc, measurements: [...own, ...added] } : doc
  },
}

/** Every step of the board document, in order. Append only; never edit or remove one. */
export const BOARD_DOCUMENT_MIGRATIONS: readonly Migration<unknown, BoardDocumentContext>[] = [measurementsInBoard]
checkSteps(BOARD_DOCUMENT_MIGRATIONS, 'board document migrations')

/** The version of the board document this app writes. */
export const BOARD_DOCUMENT_VERSION = lastVersion(BOARD_DOCUMENT_MIGRATIONS)

/** A stored board document (raw: it goes through `restoreBoard` after) at the current version. */
export function migrateBoardDocument(doc: unknown, from: number, context: BoardDocumentContext = {}): MigrateResult<unknown> {
  return migrate(doc, from, BOARD_DOCUMENT_MIGRATIONS, context)
}
