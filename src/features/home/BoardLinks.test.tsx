// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { dropDatabase, freshDatabase, putStoredRow } from '../../../test/db'
import { BoardLinks } from './BoardLinks'

beforeEach(() => void freshDatabase())
afterEach(async () => {
  cleanup()
  await dropDatabase()
})

describe('BoardLinks (the other boards, when the home list itself cannot be drawn)', () => {
  it('links every stored board by the title it reads as, whatever the record holds', async () => {
    // rows as the app never writes them: the title is the board's, read through restore
    const row = (id: string, board: Record<string, unknown> | string, title: unknown = 'Row title') => ({
      id,
      rev: 1,
      createdAt: 1,
      updatedAt: 1,
      kind: 'journey',
      stageCount: 0,
      cardCount: 0,
      board,
      title,
    })
    for (const r of [
      row('b_ok', { title: 'Renewal' }),
      row('b_bidi', { title: 'Invoice\u202Efdp.exe' }),
      row('b_object', { title: { en: 'x' } }, { en: 'x' }),
      row('b_oops', 'oops', '\u200B'),
      row('b_row_title', { title: null }, 'Kept in the row'),
    ])
      await putStoredRow(r)
    render(<BoardLinks />)
    expect(await screen.findByRole('link', { name: 'Renewal' }, { timeout: 10_000 })).toHaveAttribute('href', '#/board/b_ok')
    expect(screen.getByRole('link', { name: 'Invoicefdp.exe' })).toHaveAttribute('href', '#/board/b_bidi')
    const untitled = screen.getAllByRole('link', { name: 'Untitled board' }).map((a) => a.getAttribute('href'))
    expect(untitled.sort()).toEqual(['#/board/b_object', '#/board/b_oops'])
    expect(screen.getByRole('link', { name: 'Kept in the row' })).toHaveAttribute('href', '#/board/b_row_title')
  }, 30_000)
})
