// A fresh IndexedDB database (fake-indexeddb, loaded in test/setup.ts) for each test.
import { ParcoursDB, db, useDatabase } from '../src/persistence/db'

let n = 0

/** Points the app at a new, empty database; returns it. */
export function freshDatabase(): ParcoursDB {
  const next = new ParcoursDB(`parcours-test-${Date.now()}-${++n}`)
  // oxlint-disable-next-line react-hooks/rules-of-hooks -- useDatabase is not a React hook: it points persistence at a database
  useDatabase(next)
  return next
}

/** Closes and deletes the current test database. */
export async function dropDatabase(): Promise<void> {
  const current = db
  current.close()
  await current.delete()
}

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
