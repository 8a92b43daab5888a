// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { ErrorBoundary } from './ErrorBoundary'
import { i18n } from '../i18n'

function Thrower({ what }: { what: unknown }): never {
  throw what
}

afterEach(async () => {
  cleanup()
  await act(() => i18n.changeLanguage('en'))
  vi.restoreAllMocks()
})

// React logs every error a boundary catches: keep the test output readable.
const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {})

describe('ErrorBoundary', () => {
  it('shows what failed in place of a board card, with the download of what could be read', async () => {
    quiet()
    const download = vi.fn()
    render(
      <ul>
        <ErrorBoundary scope="card" as="li" name="Renewal" onDownload={download}>
          <li>
            <Thrower what={new TypeError("Cannot read properties of undefined (reading 'forEach')")} />
          </li>
        </ErrorBoundary>
        <li>Healthy board</li>
      </ul>,
    )
    const notice = screen.getByRole('alert')
    expect(notice.tagName).toBe('LI')
    expect(notice).toHaveTextContent('The board “Renewal” could not be shown.')
    expect(notice).toHaveTextContent("What failed: TypeError: Cannot read properties of undefined (reading 'forEach')")
    expect(screen.getByText('Healthy board')).toBeVisible()
    // the other boards are listed beside it: no link to them in a card
    expect(screen.queryByRole('link', { name: 'Open the other boards' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Download what could be read' }))
    expect(download).toHaveBeenCalledTimes(1)
  })

  it('offers the other boards from a screen, and draws it again on "Try again"', () => {
    quiet()
    function Flaky() {
      const [broken, setBroken] = useState(true)
      return (
        <ErrorBoundary scope="board" onDownload={() => setBroken(false)}>
          {broken ? <Thrower what={new Error('boom')} /> : <p>The board is back</p>}
        </ErrorBoundary>
      )
    }
    render(<Flaky />)
    expect(screen.getByRole('alert')).toHaveTextContent('This board could not be shown.')
    expect(screen.getByRole('link', { name: 'Open the other boards' })).toHaveAttribute('href', '#/')
    fireEvent.click(screen.getByRole('button', { name: 'Download what could be read' }))
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('The board is back')).toBeVisible()
  })

  it('names the board that failed when its title was read, and falls back when looking it up fails too', () => {
    quiet()
    const { unmount } = render(
      <ErrorBoundary scope="board" getName={() => 'Renewal journey'}>
        <Thrower what={new Error('boom')} />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('The board “Renewal journey” could not be shown.')
    unmount()
    render(
      <ErrorBoundary
        scope="board"
        getName={() => {
          throw new Error('no store')
        }}
      >
        <Thrower what={new Error('boom')} />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('This board could not be shown.')
  })

  it('lists the other boards in the home screen’s notice, and says when the download fails too', async () => {
    quiet()
    render(
      <ErrorBoundary scope="home" download="all" onDownload={() => Promise.reject(new Error('QuotaExceededError'))} others={<a href="#/board/b1">Renewal</a>}>
        <Thrower what={{ not: 'an Error' }} />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('The list of boards could not be shown.')
    expect(screen.getByRole('alert')).toHaveTextContent('What failed: an error without a message')
    expect(screen.getByRole('navigation', { name: 'Open the other boards' })).toContainElement(screen.getByRole('link', { name: 'Renewal' }))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download a backup of every board' })))
    expect(await screen.findByText('The download failed too: Error: QuotaExceededError')).toBeVisible()
  })

  it('speaks French', async () => {
    quiet()
    await act(() => i18n.changeLanguage('fr'))
    render(
      <ErrorBoundary scope="app" download="all" onDownload={() => {}}>
        <Thrower what={new Error('boom')} />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Parcours a rencontré un problème qu’il n’a pas pu surmonter.')
    expect(screen.getByRole('alert')).toHaveTextContent('Ce qui a échoué : Error: boom')
    expect(screen.getByRole('button', { name: 'Télécharger une sauvegarde de tous les tableaux' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Ouvrir les autres tableaux' })).toBeVisible()
  })

  it('draws again what is there when the address changes (the way to the other boards)', () => {
    quiet()
    let broken = true
    function Maybe() {
      if (broken) throw new Error('boom')
      return <p>Home</p>
    }
    render(
      <ErrorBoundary scope="app">
        <Maybe />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toBeVisible()
    broken = false
    act(() => window.dispatchEvent(new HashChangeEvent('hashchange')))
    expect(screen.getByText('Home')).toBeVisible()
  })
})
