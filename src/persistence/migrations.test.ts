// A database written by every past version of the app opens in this one, its data at the
// current versions. Each entry of PAST_DATABASES writes what that version wrote, with the
// schema it declared (the steps of SCHEMA up to it: they are kept forever).
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { BOARD_DOCUMENT_VERSION } from '../domain/migrations'
import type { Board } from '../domain/types'
import { SCHEMA, SCHEMA_VERSION } from './schema'
import { ParcoursDB, db, setDatabase } from './db'
import { listBoards, loadBoard, putNewBoard } from './boards'
import { listPersonas } from './personas'
import { journey } from '../../test/boards'

let n = 0
const opened: Dexie[] = []
const dbName = () => `migrations-test-${Date.now()}-${++n}`

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close()
    await d.delete()
  }
})

/** A database as the app of `version` declared it. */
function pastDatabase(name: string, version: number): Dexie {
  const d = new Dexie(name)
  for (const step of SCHEMA.filter((s) => s.version <= version)) {
    const v = d.version(step.version).stores(step.stores)
    if (step.up) v.upgrade(step.up)
  }
  return d
}

/** Opens `name` with this app's schema, as the app does. */
async function openNow(name: string): Promise<ParcoursDB> {
  const now = new ParcoursDB(name)
  opened.push(now)
  setDatabase(now)
  await now.open()
  return now
}

const board2: Board = { ...journey(), id: 'b2', title: 'Second', cards: journey().cards.slice(0, 2) }

/** What each past version wrote, and what must come out of it. */
const PAST_DATABASES: Record<number, { write: (d: Dexie) => Promise<void>; check: () => Promise<void> }> = {
  1: {
    // Version 1: rows without `v`, measurements in a table of their own (with boardId).
    async write(d) {
      const row = (b: Board, updatedAt: number) => ({
        id: b.id,
        board: b,
        rev: 4,
        createdAt: 1,
        updatedAt,
        title: b.title,
        kind: b.kind,
        stageCount: b.stages.length,
        cardCount: b.cards.length,
      })
      await d.table('boards').bulkAdd([row(journey(), 10), row(board2, 20)])
      await d.table('personas').add({ id: 'p1', name: 'Camille', primary: true })
      await d.table('measurements').bulkAdd([
        { id: 'm1', boardId: 'b1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 50, passives: 30, detractors: 20 } },
        { id: 'm2', boardId: 'b1', cardId: 'c3', metric: 'csat', period: '2026-Q3', value: 81, scale: '1-5' },
        { id: 'm3', boardId: 'b2', cardId: 'c2', metric: 'ces', period: '2026-09', value: 2.4, n: 35 },
        { id: 'm4', boardId: 'b2', cardId: 'c5', metric: 'nps', period: '2026-Q3', value: 3 }, // its card was deleted since
        { id: 'm5', boardId: 'b_deleted', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 3 }, // its board too
      ])
    },
    async check() {
      expect(db.tables.map((t) => t.name).sort()).toEqual(['boards', 'personas'])
      const b1 = (await loadBoard('b1'))!
      expect(b1.warnings).toEqual([])
      expect(b1.rev).toBe(4) // nothing another tab must merge: the board did not change
      expect(b1.board).toEqual({
        ...journey(),
        measurements: [
          { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 50, passives: 30, detractors: 20 } },
          { id: 'm2', cardId: 'c3', metric: 'csat', period: '2026-Q3', value: 81, scale: '1-5' },
        ],
      })
      expect((await loadBoard('b2'))!.board.measurements).toEqual([{ id: 'm3', cardId: 'c2', metric: 'ces', period: '2026-09', value: 2.4, n: 35 }])
      const rows = await db.boards.toArray()
      expect(rows.map((r) => [r.id, r.v, r.measurementIds, r.updatedAt])).toEqual([
        ['b1', BOARD_DOCUMENT_VERSION, ['m1', 'm2'], 10],
        ['b2', BOARD_DOCUMENT_VERSION, ['m3'], 20],
      ])
      expect((await listBoards()).boards.map((b) => b.title)).toEqual(['Second', 'Buying a train ticket'])
      expect(await listPersonas()).toEqual([{ id: 'p1', name: 'Camille', primary: true }])
    },
  },
}

describe('database schema', () => {
  it('is numbered 1, 2, 3… and its past steps are as they were released', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(SCHEMA.map((_, i) => i + 1))
    // Released steps never change (a browser that last ran them upgrades from exactly these).
    expect(SCHEMA[0].stores).toEqual({ boards: 'id, updatedAt', personas: 'id', measurements: 'id, boardId, cardId' })
    expect(SCHEMA[1].stores).toEqual({ boards: 'id, updatedAt, *measurementIds', personas: 'id', measurements: null })
  })

  it('a database written at every past version opens at the current one, its data migrated', async () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) {
      const past = PAST_DATABASES[v]
      expect(past, `no database written at schema version ${v}: add one to PAST_DATABASES`).toBeDefined()
      const name = dbName()
      const old = pastDatabase(name, v)
      opened.push(old)
      await old.open()
      expect(old.verno).toBe(v)
      await past.write(old)
      old.close()
      const now = await openNow(name)
      expect(now.verno).toBe(SCHEMA_VERSION)
      await past.check()
    }
  })

  it('every upgrade step runs on a past database', () => {
    for (const step of SCHEMA.filter((s) => s.up))
      expect(PAST_DATABASES[step.version - 1], `step ${step.version} (${step.name}) has no database to upgrade`).toBeDefined()
  })

  it('a new database is created at the current version, empty', async () => {
    const now = await openNow(dbName())
    expect(now.verno).toBe(SCHEMA_VERSION)
    expect(await listBoards()).toEqual({ boards: [], needRepair: [] })
  })

  it('a database a newer app upgraded still opens; its newer boards are read-only, the others editable', async () => {
    const name = dbName()
    const newer = new Dexie(name)
    for (const step of SCHEMA) newer.version(step.version).stores(step.stores)
    newer.version(SCHEMA_VERSION + 1).stores({ boards: 'id, updatedAt, *measurementIds', personas: 'id', comments: 'id, boardId' })
    opened.push(newer)
    await newer.open()
    await newer.table('boards').add({
      id: 'future',
      board: { ...journey(), id: 'future', reactions: [] },
      v: BOARD_DOCUMENT_VERSION + 1,
      rev: 1,
      createdAt: 1,
      updatedAt: 1,
      title: 'Future',
      kind: 'journey',
      stageCount: 3,
      cardCount: 5,
      measurementIds: [],
    })
    newer.close()
    await openNow(name)
    const listing = await listBoards()
    expect(listing.boards.map((b) => [b.id, b.readOnly])).toEqual([['future', true]])
    await putNewBoard({ ...journey(), id: 'here' })
    expect((await loadBoard('here'))!.readOnly).toBe(false)
    expect((await db.boards.get('future'))!.board).toHaveProperty('reactions')
  })
})
