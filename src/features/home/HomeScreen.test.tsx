// @vitest-environment jsdom
// The home list reads boards through restore: malformed rows are listed as what restore makes
// of them, and never blank the list or hide a healthy board (issue 8).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import '@testing-library/jest-dom/vitest'
import '../../i18n'
import { HomeScreen } from './HomeScreen'
import { putNewBoard } from '../../persistence/boards'
import { BOARD_DOCUMENT_VERSION } from '../../domain/migrations'
import { journey } from '../../../test/boards'
import { dropDatabase, eventually, freshDatabase, putStoredRow, storedRow } from '../../../test/db'

beforeEach(() => void freshDatabase())
afterEach(async () => {
  cleanup()
  await dropDatabase()
})

const row = (id: string, extra: Record<string, unknown>) => ({
  id,
  rev: 1,
  createdAt: 5,
  updatedAt: 5,
  title: id,
  kind: 'journey',
  stageCount: 3,
  cardCount: 5,
  board: { ...journey(), id, title: id },
  ...extra,
})

describe('the home list', () => {
  it('lists every board, healthy or not, and repairs the broken rows once', async () => {
    await putNewBoard({ ...journey(), id: 'h1', title: 'Healthy one' })
    await putStoredRow(row('oops', { board: 'oops', title: 'Oops board' }))
    await putStoredRow(row('nul', { board: null }))
    await putStoredRow(row('obj', { title: { en: 'x' }, board: { ...journey(), id: 'obj', title: { en: 'x' } } }))
    await putStoredRow(row('nocards', { board: { ...journey(), id: 'nocards', title: 'No cards', cards: 'none' } }))
    await putStoredRow((({ updatedAt: _, ...r }) => r)(row('undated', {})))
    await putStoredRow(row('moved', { board: { ...journey(), id: 'b_elsewhere', title: 'Other id' } }))
    await putStoredRow(row('future', { v: BOARD_DOCUMENT_VERSION + 1, board: { ...journey(), id: 'future', title: 'From a newer app' } }))
    await putNewBoard({ ...journey(), id: 'h2', title: 'Healthy two' })

    render(<HomeScreen />)
    // (waits for the list, however busy the machine)
    expect(await screen.findByRole('link', { name: 'Healthy one' }, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Healthy two' })).toBeInTheDocument()
    for (const name of ['Oops board', 'nul', 'No cards', 'undated', 'Other id', 'From a newer app'])
      expect(screen.getByRole('link', { name })).toBeInTheDocument()
    // an unreadable title is still named
    expect(screen.getByRole('link', { name: 'Untitled board' })).toBeInTheDocument()
    expect(document.querySelectorAll('.board-item')).toHaveLength(9)
    // the newer app's board says so, and cannot be renamed from here
    const future = document.querySelector('[data-board-id="future"]') as HTMLElement
    expect(within(future).getByText('Newer version — read-only')).toBeInTheDocument()
    expect(within(future).getByRole('button', { name: 'Rename: From a newer app' })).toBeDisabled()

    // written back repaired, once: dates, the board's id
    await eventually(async () => {
      expect((await storedRow('undated'))!.updatedAt).toBe(5)
      expect((await storedRow('moved'))!.board.id).toBe('moved')
    }, 10_000)
    expect((await storedRow('future'))!.v).toBe(BOARD_DOCUMENT_VERSION + 1)
    expect(document.querySelectorAll('.board-item')).toHaveLength(9)
  }, 60_000)
})
