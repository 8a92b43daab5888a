// Reading a stored row: whatever it holds, a sound board comes out, never an exception.
import { describe, expect, it } from 'vitest'
import { BOARD_DOCUMENT_VERSION } from '../domain/migrations'
import { newRow, readBoardRow, rowOf, rowVersion } from './rows'
import { journey } from '../../test/boards'
import { rng, seeds } from '../../test/random'

describe('readBoardRow', () => {
  it('a sound row reads as it is, with nothing to repair', () => {
    const row = newRow(journey(), 100)
    const r = readBoardRow(row, 'b1')
    expect(r).toEqual({ id: 'b1', board: journey(), warnings: [], rev: 1, createdAt: 100, updatedAt: 100, newer: false, repaired: null })
  })

  it('a row of version 1 (no `v`) is migrated with what stood beside it', () => {
    const { v: _, ...old } = rowOf(journey(), { rev: 2, createdAt: 1, updatedAt: 2 })
    const r = readBoardRow(old, 'b1', { measurements: [{ id: 'm1', boardId: 'b1', cardId: 'c1', metric: 'nps', period: 'p' }] })
    expect(r.board.measurements).toEqual([{ id: 'm1', cardId: 'c1', metric: 'nps', period: 'p' }])
    expect(r.repaired).toBeNull()
    expect(rowVersion(old)).toBe(1)
  })

  it('a newer row is read as well as can be, and never offered for repair', () => {
    const row = { id: 'b1', board: { ...journey(), id: 'other' }, v: BOARD_DOCUMENT_VERSION + 1 }
    const r = readBoardRow(row, 'b1')
    expect(r.newer).toBe(true)
    expect(r.board.id).toBe('b1')
    expect(r.board.cards).toEqual(journey().cards)
    expect(r.repaired).toBeNull()
  })

  it.each(seeds([71, 72]))('never throws, whatever the row holds (seed %i)', (seed) => {
    const r = rng(seed)
    const junk = (depth = 0): unknown => {
      const next = () => junk(depth + 1)
      const makers = [
        () => null,
        () => undefined,
        () => r.between(-5, 5),
        () => 'text',
        () => NaN,
        () => true,
        () => [next(), next()],
        () => ({ id: next(), title: next(), cards: next(), stages: next() }),
        () => ({ ...journey(), cards: next() }),
      ]
      return makers[r.int(depth > 2 ? 6 : makers.length)]()
    }
    for (let i = 0; i < 300; i++) {
      const raw = { id: 'k', board: junk(), v: junk(), rev: junk(), createdAt: junk(), updatedAt: junk(), title: junk() }
      const read = readBoardRow(i % 10 === 0 ? junk() : raw, 'k', { measurements: [junk()] as unknown[] })
      expect(read.board.id).toBe('k')
      expect(typeof read.board.title).toBe('string')
      expect(Array.isArray(read.board.cards)).toBe(true)
      expect(Number.isFinite(read.updatedAt)).toBe(true)
      // a repaired row reads back sound
      if (read.repaired) expect(readBoardRow(read.repaired, 'k').repaired).toBeNull()
    }
  })
})
