import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { classifyStorageError, db } from './db'
import { rowOf, summarise } from './rows'
import type { Board } from '../domain/types'
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

  it('keeps boards (measurements inside) and personas, and finds a board by a measurement id', async () => {
    const board: Board = { ...journey(), measurements: [{ id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q1' }] }
    await db.boards.put(rowOf(board, { rev: 1, createdAt: 1, updatedAt: 2 }))
    await db.personas.put({ id: 'p', name: 'Camille' })
    expect((await db.boards.get(board.id))!.board).toEqual(board)
    expect(await db.personas.get('p')).toEqual({ id: 'p', name: 'Camille' })
    expect(await db.boards.where('measurementIds').anyOf(['m1', 'm9']).primaryKeys()).toEqual([board.id])
    expect(await db.boards.where('measurementIds').anyOf(['m1', 'm9']).keys()).toEqual(['m1'])
    expect((await db.boards.orderBy('updatedAt').first())!.id).toBe(board.id)
    expect(db.tables.map((t) => t.name).sort()).toEqual(['boards', 'personas'])
  })

  it('summarises a board for the home screen', () => {
    expect(summarise(journey())).toEqual({ title: 'Buying a train ticket', kind: 'journey', stageCount: 3, cardCount: 5, measurementIds: [] })
  })
})
