import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { dropDatabase, freshDatabase } from '../../../test/db'
import { db, type BoardRow } from '../../persistence/db'
import { BoardLinks } from './BoardLinks'

beforeEach(() => void freshDatabase())
afterEach(async () => {
  cleanup()
  await dropDatabase()
})

describe('BoardLinks (the other boards, when the home list itself cannot be drawn)', () => {
  it('links every stored board by the title it reads as, whatever the record holds', async () => {
    const row = (id: string, extra: Record<string, unknown>) => ({ id, rev: 1, createdAt: 1, updatedAt: 1, kind: 'journey', stageCount: 0, cardCount: 0, board: {}, title: '', ...extra }) as unknown as BoardRow
    await db.boards.bulkAdd([
      row('b_ok', { title: 'Renewal' }),
      row('b_bidi', { title: 'Invoice\u202Efdp.exe' }),
      row('b_object', { title: { en: 'x' } }),
      row('b_board_title', { title: undefined, board: { title: 'From the board' } }),
    ])
    render(<BoardLinks />)
    expect(await screen.findByRole('link', { name: 'Renewal' }, { timeout: 10_000 })).toHaveAttribute('href', '#/board/b_ok')
    expect(screen.getByRole('link', { name: 'Invoicefdp.exe' })).toHaveAttribute('href', '#/board/b_bidi')
    expect(screen.getByRole('link', { name: 'Untitled board' })).toHaveAttribute('href', '#/board/b_object')
    expect(screen.getByRole('link', { name: 'From the board' })).toHaveAttribute('href', '#/board/b_board_title')
  }, 30_000)
})
