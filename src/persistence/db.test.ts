import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { classifyStorageError, db, summarise } from './db'
import { journey } from '../../test/boards'
import { dropDatabase, freshDatabase } from '../../test/db'

describe('classifyStorageError', () => {
  const named = (name: string) => Object.assign(new Error(name), { name })

  it('a full disk is "quota", as a DOMException, a Dexie error, or inside an AbortError', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota')
    expect(classifyStorageError(new Dexie.QuotaExceededError('full'))).toBe('quota')
    expect(classifyStorageError(named('QuotaExceeded'))).toBe('quota')
    const abort = Object.assign(new DOMException('aborted', 'AbortError'), { inner: new DOMException('full', 'QuotaExceededError') })
    expect(classifyStorageError(abort)).toBe('quota')
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('quota')
  })

  it('a closed, blocked or newer database is "blocked"', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('blocked')
    expect(classifyStorageError(named('VersionError'))).toBe('blocked')
    expect(classifyStorageError(named('BlockedError'))).toBe('blocked')
  })

  it('no IndexedDB at all (private mode, disabled storage) is "unavailable"', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable')
    expect(classifyStorageError(new DOMException('no', 'InvalidStateError'))).toBe('unavailable')
    expect(classifyStorageError(new DOMException('no', 'SecurityError'))).toBe('unavailable')
    expect(classifyStorageError(new Dexie.OpenFailedError('no'))).toBe('unavailable')
  })

  it('anything else, including non-errors, is "unknown"', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('unknown')
    expect(classifyStorageError(new DOMException('aborted', 'AbortError'))).toBe('unknown')
    expect(classifyStorageError(null)).toBe('unknown')
    expect(classifyStorageError(undefined)).toBe('unknown')
    expect(classifyStorageError('QuotaExceededError')).toBe('unknown')
  })
})

describe('the database', () => {
  beforeEach(() => {
    freshDatabase()
  })
  afterEach(dropDatabase)

  it('keeps boards, personas and measurements, and finds measurements by board', async () => {
    const board = journey()
    await db.boards.put({ id: board.id, board, rev: 1, createdAt: 1, updatedAt: 2, ...summarise(board) })
    await db.personas.put({ id: 'p', name: 'Camille' })
    await db.measurements.bulkPut([
      { id: 'm1', boardId: board.id, cardId: 'c1', metric: 'nps', period: '2026-Q1' },
      { id: 'm2', boardId: 'other', cardId: 'c1', metric: 'nps', period: '2026-Q1' },
    ])
    expect((await db.boards.get(board.id))!.board).toEqual(board)
    expect(await db.personas.get('p')).toEqual({ id: 'p', name: 'Camille' })
    expect((await db.measurements.where('boardId').equals(board.id).toArray()).map((m) => m.id)).toEqual(['m1'])
    expect((await db.boards.orderBy('updatedAt').first())!.id).toBe(board.id)
  })

  it('summarises a board for the home screen', () => {
    expect(summarise(journey())).toEqual({ title: 'Buying a train ticket', kind: 'journey', stageCount: 3, cardCount: 5 })
  })
})
