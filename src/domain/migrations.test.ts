// Every past version of the board document comes up to the current one. A step added
// without a document written at the version before it fails "every step is exercised".
import { describe, expect, it } from 'vitest'
import {
  BOARD_DOCUMENT_MIGRATIONS,
  BOARD_DOCUMENT_VERSION,
  checkSteps,
  migrate,
  migrateBoardDocument,
  type BoardDocumentContext,
  type Migration,
} from './migrations'
import { restoreBoard } from './restore'
import type { Board } from './types'
import { journey } from '../../test/boards'

/** A board document as each past version of the app wrote it, with what it must become. */
const PAST_DOCUMENTS: Record<number, { name: string; doc: unknown; context?: BoardDocumentContext; expected: Board }[]> = {
  1: [
    {
      name: 'measurements in their own table come into the board; one of a deleted card goes; the table’s boardId is dropped',
      doc: journey(),
      context: {
        measurements: [
          { id: 'm1', boardId: 'b1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 5, passives: 3, detractors: 2 } },
          { id: 'm2', boardId: 'b1', cardId: 'c_deleted', metric: 'csat', period: '2026-Q3', value: 80 },
          { id: 'm3', boardId: 'b1', cardId: 'c3', metric: 'ces', period: '2026-09', value: 2.5, n: 40, scale: '1-5' },
        ],
      },
      expected: {
        ...journey(),
        measurements: [
          { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 5, passives: 3, detractors: 2 } },
          { id: 'm3', cardId: 'c3', metric: 'ces', period: '2026-09', value: 2.5, n: 40, scale: '1-5' },
        ],
      },
    },
    { name: 'a board with no measurement stays as it was', doc: journey(), context: { measurements: [] }, expected: journey() },
    { name: 'no context at all (a row read after the table is gone)', doc: journey(), expected: journey() },
  ],
}

describe('board document migrations', () => {
  it('are numbered 2, 3, 4… in order, and the current version is the last', () => {
    expect(() => checkSteps(BOARD_DOCUMENT_MIGRATIONS, 'board')).not.toThrow()
    expect(BOARD_DOCUMENT_VERSION).toBe(BOARD_DOCUMENT_MIGRATIONS.length + 1)
  })

  it('a document from every past version comes out at the current one, as expected', () => {
    for (let v = 1; v < BOARD_DOCUMENT_VERSION; v++) {
      expect(PAST_DOCUMENTS[v]?.length, `no document written at version ${v}: add one to PAST_DOCUMENTS`).toBeGreaterThan(0)
      for (const c of PAST_DOCUMENTS[v]) {
        const r = migrateBoardDocument(structuredClone(c.doc), v, c.context)
        if (!r.ok) throw new Error(`version ${v} refused`)
        expect(r.version, c.name).toBe(BOARD_DOCUMENT_VERSION)
        const restored = restoreBoard(r.value)
        expect(restored.warnings, c.name).toEqual([])
        expect(restored.board, c.name).toEqual(c.expected)
      }
    }
  })

  it('every step is exercised by a past document', () => {
    const ran = new Set<number>()
    for (const [v, cases] of Object.entries(PAST_DOCUMENTS)) {
      for (const c of cases) {
        const r = migrateBoardDocument(structuredClone(c.doc), Number(v), c.context)
        if (r.ok) r.applied.forEach((s) => ran.add(s))
      }
    }
    for (const step of BOARD_DOCUMENT_MIGRATIONS) expect(ran.has(step.version), `step ${step.version} (${step.name}) never ran`).toBe(true)
  })

  it('a document from a newer version is not migrated (it is left as it is)', () => {
    expect(migrateBoardDocument(journey(), BOARD_DOCUMENT_VERSION + 1)).toEqual({ ok: false, reason: 'newer', version: BOARD_DOCUMENT_VERSION + 1 })
  })

  it('a document at the current version goes through no step', () => {
    const doc = journey()
    expect(migrateBoardDocument(doc, BOARD_DOCUMENT_VERSION)).toEqual({ ok: true, value: doc, version: BOARD_DOCUMENT_VERSION, applied: [] })
  })

  it('a document that is not an object goes through unharmed (restore deals with it)', () => {
    for (const doc of ['oops', null, 42, [1, 2]]) {
      const r = migrateBoardDocument(doc, 1, { measurements: [{ id: 'm', cardId: 'c1', metric: 'nps', period: 'p' }] })
      expect(r).toMatchObject({ ok: true, value: doc })
    }
  })

  it('a legacy measurement already in the board (by id) is not taken twice', () => {
    const doc = { ...journey(), measurements: [{ id: 'm1', cardId: 'c1', metric: 'nps', period: 'p', value: 1 }] }
    const r = migrateBoardDocument(doc, 1, { measurements: [{ id: 'm1', boardId: 'b1', cardId: 'c1', metric: 'nps', period: 'p', value: 2 }, 'junk', null] })
    expect(r.ok && (r.value as Board).measurements).toEqual([{ id: 'm1', cardId: 'c1', metric: 'nps', period: 'p', value: 1 }])
  })
})

describe('migrate', () => {
  const steps: Migration<string[], string>[] = [
    { version: 2, name: 'b', up: (v, c) => [...v, `b${c}`] },
    { version: 3, name: 'c', up: (v, c) => [...v, `c${c}`] },
  ]

  it('runs the steps after the version written, in order, with the context', () => {
    expect(migrate(['a'], 1, steps, '!')).toEqual({ ok: true, value: ['a', 'b!', 'c!'], version: 3, applied: [2, 3] })
    expect(migrate(['a'], 2, steps, '!')).toEqual({ ok: true, value: ['a', 'c!'], version: 3, applied: [3] })
    expect(migrate(['a'], 4, steps, '!')).toEqual({ ok: false, reason: 'newer', version: 4 })
  })

  it('a list with a step missing or out of order is refused at once', () => {
    expect(() => checkSteps([{ version: 2 }, { version: 4 }], 'x')).toThrow(/step 1 is numbered 4, expected 3/)
    expect(() => checkSteps([{ version: 3 }], 'x')).toThrow()
  })
})
