// The board ⇄ Y.Doc mapping: a board comes back whole; two devices' concurrent edits merge like
// the app's own merge (records kept from both sides, fields one by one, orders), and nothing a
// device has not seen is ever deleted or overwritten by it.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as ops from '../domain/operations'
import { restoreBoard } from '../domain/restore'
import type { Board } from '../domain/types'
import { journey, randomEdit } from '../../test/boards'
import { rng } from '../../test/random'
import { keepIdentity, readBoard, writeBoard } from './yboard'

const write = (doc: Y.Doc, prev: Board | null, next: Board) => doc.transact(() => writeBoard(doc, prev, next), 'local')
const read = (doc: Y.Doc) => restoreBoard(readBoard(doc)).board
/** Two devices that have both synchronised `board`, and a way to exchange what each did since. */
function pair(board: Board) {
  const a = new Y.Doc()
  write(a, null, board)
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  const exchange = () => {
    const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
    const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
    Y.applyUpdate(b, ua)
    Y.applyUpdate(a, ub)
  }
  return { a, b, exchange }
}

describe('board ⇄ Y.Doc', () => {
  it('a board comes back as it went in, lists in order', () => {
    const b = ops.addMeasurement(journey(), { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 25 })
    const doc = new Y.Doc()
    write(doc, null, b)
    expect(read(doc)).toEqual(b)
  })

  it('follows a series of random edits exactly', () => {
    const random = rng(7)
    let board = journey()
    const doc = new Y.Doc()
    write(doc, null, board)
    for (let i = 0; i < 300; i++) {
      const next = randomEdit(random, board).apply(board)
      write(doc, board, next)
      board = next
      expect(read(doc)).toEqual(restoreBoard(board).board)
    }
  })

  it('two devices adding cards and stages at once keep all of them', () => {
    const base = journey()
    const { a, b, exchange } = pair(base)
    write(a, base, ops.addCard(ops.addStage(base, { id: 'sa', name: 'A' }), { id: 'ca', stageId: 's1', laneId: 'la', text: 'from a' }))
    write(b, base, ops.addCard(ops.addStage(base, { id: 'sb', name: 'B' }, 0), { id: 'cb', stageId: 's1', laneId: 'la', text: 'from b' }))
    exchange()
    const ra = read(a)
    expect(ra).toEqual(read(b))
    expect(ra.stages.map((s) => s.id)).toEqual(['sb', ...base.stages.map((s) => s.id), 'sa'])
    expect(ra.cards.filter((c) => c.id === 'ca' || c.id === 'cb')).toHaveLength(2)
  })

  it('fields merge one by one; a record deleted on one side and edited on the other goes', () => {
    const base = journey()
    const { a, b, exchange } = pair(base)
    write(a, base, ops.updateCard(base, 'c1', { text: 'typed on a' }))
    write(b, base, ops.deleteCards(ops.updateCard(base, 'c1', { tag: 'wow' }), ['c2']))
    exchange()
    const r = read(a)
    expect(r).toEqual(read(b))
    expect(r.cards.find((c) => c.id === 'c1')).toMatchObject({ text: 'typed on a', tag: 'wow' })
    expect(r.cards.some((c) => c.id === 'c2')).toBe(false)
  })

  it('a device never deletes or reverts what it has not seen', () => {
    const base = journey()
    const { a, b, exchange } = pair(base)
    write(a, base, ops.addCard(base, { id: 'new', stageId: 's2', laneId: 'la', text: 'added on a' }))
    exchange()
    // b writes an edit computed from its stale copy (it never read `new`)
    write(b, base, ops.renameBoard(base, 'Renamed on b'))
    exchange()
    expect(read(a).cards.some((c) => c.id === 'new')).toBe(true)
    expect(read(a).title).toBe('Renamed on b')
  })

  it('moves on two devices give one order, each record once', () => {
    const base = journey()
    const { a, b, exchange } = pair(base)
    write(a, base, ops.moveStage(base, 's1', 2))
    write(b, base, ops.moveStage(base, 's3', 0))
    exchange()
    const ra = read(a)
    expect(ra.stages.map((s) => s.id)).toEqual(read(b).stages.map((s) => s.id))
    expect(new Set(ra.stages.map((s) => s.id)).size).toBe(base.stages.length)
  })

  it('random concurrent edits on two devices converge to one sound board', () => {
    for (const seed of [1, 2, 3, 4]) {
      const random = rng(seed)
      const base = journey()
      const { a, b, exchange } = pair(base)
      let ba = base
      let bb = base
      for (let i = 0; i < 40; i++) {
        const na = randomEdit(random, ba).apply(ba)
        write(a, ba, na)
        ba = na
        const nb = randomEdit(random, bb).apply(bb)
        write(b, bb, nb)
        bb = nb
        if (i % 10 === 9) {
          exchange()
          ba = read(a)
          bb = read(b)
        }
      }
      exchange()
      const ra = read(a)
      expect(ra).toEqual(read(b))
      expect(restoreBoard(ra).warnings).toEqual([])
    }
  })

  it('keepIdentity reuses unchanged records', () => {
    const base = journey()
    const next = restoreBoard(JSON.parse(JSON.stringify(ops.updateCard(base, 'c1', { text: 'x' })))).board
    const kept = keepIdentity(base, next)
    expect(kept.cards[1]).toBe(base.cards[1])
    expect(kept.cards[0]).not.toBe(base.cards[0])
    expect(kept.stages).toBe(base.stages)
    expect(keepIdentity(base, structuredClone(base))).toBe(base)
  })
})

describe('board ⇄ Y.Doc: nested lists (a workshop)', () => {
  type WithWorkshop = Board & { workshop?: Record<string, unknown> }
  const withWorkshop = (b: Board, workshop: Record<string, unknown>): Board => ({ ...b, workshop }) as WithWorkshop
  const workshopOf = (doc: Y.Doc) => (readBoard(doc) as WithWorkshop | null)?.workshop

  it('a workshop comes back as it went in, its other fields whole', () => {
    const b = withWorkshop(journey(), { participants: [{ id: 'p1', name: 'Ana' }], dots: [], timer: { durationMs: 60000, endsAt: 5 }, anonymous: true })
    const doc = new Y.Doc()
    write(doc, null, b)
    expect(workshopOf(doc)).toEqual({ participants: [{ id: 'p1', name: 'Ana' }], dots: [], timer: { durationMs: 60000, endsAt: 5 }, anonymous: true })
    const later = withWorkshop(b, { participants: [{ id: 'p1', name: 'Ana' }], dots: [], timer: { durationMs: 60000, remainingMs: 3 } })
    write(doc, b, later)
    expect(workshopOf(doc)).toEqual({ participants: [{ id: 'p1', name: 'Ana' }], dots: [], timer: { durationMs: 60000, remainingMs: 3 } })
    const none = { ...journey() }
    write(doc, later, none)
    expect(workshopOf(doc)).toBeUndefined()
  })

  it('two devices voting at the same moment keep both dots, and each device its own participant', () => {
    const base = withWorkshop(journey(), { participants: [], dots: [], votings: [{ id: 'v1', dotsPerParticipant: 3, startedAt: 1 }] })
    const { a, b, exchange } = pair(base)
    const ws = (base as WithWorkshop).workshop!
    write(
      a,
      base,
      withWorkshop(base, { ...ws, participants: [{ id: 'pa', name: 'A' }], dots: [{ id: 'da', votingId: 'v1', participantId: 'pa', cardId: 'c1', at: 2 }] }),
    )
    write(
      b,
      base,
      withWorkshop(base, { ...ws, participants: [{ id: 'pb', name: 'B' }], dots: [{ id: 'db', votingId: 'v1', participantId: 'pb', cardId: 'c1', at: 3 }] }),
    )
    exchange()
    const wa = workshopOf(a)!
    expect(wa).toEqual(workshopOf(b))
    expect((wa.dots as { id: string }[]).map((d) => d.id).sort()).toEqual(['da', 'db'])
    expect((wa.participants as { id: string }[]).map((p) => p.id).sort()).toEqual(['pa', 'pb'])
    expect(wa.votings).toEqual([{ id: 'v1', dotsPerParticipant: 3, startedAt: 1 }])
  })
})
