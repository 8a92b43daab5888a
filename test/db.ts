// A fresh IndexedDB database (fake-indexeddb, loaded in test/setup.ts) for each test, and raw
// access to its records for tests that must write what the app never would (a malformed row,
// a row from a newer app) or look at exactly what was stored.
import { ParcoursDB, db, setDatabase } from '../src/persistence/db'
import type { BoardRow } from '../src/persistence/rows'

let n = 0

/** Points the app at a new, empty database; returns it. */
export function freshDatabase(): ParcoursDB {
  const next = new ParcoursDB(`parcours-test-${Date.now()}-${++n}`)
  setDatabase(next)
  return next
}

/** Closes and deletes the current test database. */
export async function dropDatabase(): Promise<void> {
  const current = db
  current.close()
  await current.delete()
}

/** The stored row of a board, exactly as it is in IndexedDB. */
export const storedRow = (id: string): Promise<BoardRow | undefined> => db.boards.get(id)

/** Every stored board row, exactly as they are. */
export const storedRows = (): Promise<BoardRow[]> => db.boards.toArray()

/** Write a row as is, bypassing the app (anything: a malformed or foreign record). */
export const putStoredRow = (row: unknown): Promise<unknown> => db.boards.put(row as BoardRow)

/** Every stored persona record, exactly as they are. */
export const storedPersonas = (): Promise<unknown[]> => db.personas.toArray()

/** Write a persona record as is, bypassing the app. */
export const putStoredPersona = (p: unknown): Promise<unknown> => db.personas.put(p as never)

/** Retries `check` (an assertion) every 20 ms until it passes, or rethrows its failure after `ms`. */
export async function eventually<T>(check: () => T | Promise<T>, ms = 1500): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > until) throw e
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
