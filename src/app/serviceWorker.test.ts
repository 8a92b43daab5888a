// @vitest-environment jsdom
// The new-version notice: Reload never reloads over an edit that is not yet saved.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setLang } from '../i18n'
import { useSaveState } from '../persistence/session'
import { applyUpdate, dismissUpdate, startUpdates, useAppUpdate, type RegisterSW } from './serviceWorker'
import { UpdateNotice } from './UpdateNotice'

type Hooks = Parameters<RegisterSW>[0]

function fakeRegister() {
  const hooks: { current: Hooks | null } = { current: null }
  const activate = vi.fn(async () => {})
  const register: RegisterSW = (options) => {
    hooks.current = options
    return activate
  }
  return { hooks, activate, register }
}

const withServiceWorker = (on: boolean) => {
  if (on) Object.defineProperty(navigator, 'serviceWorker', { value: new EventTarget(), configurable: true })
  else Reflect.deleteProperty(navigator, 'serviceWorker')
}

beforeEach(() => {
  setLang('en')
  useSaveState.setState({ status: 'saved', error: null, deletedElsewhere: false })
  dismissUpdate()
})
afterEach(() => {
  cleanup()
  withServiceWorker(false)
})

describe('service worker updates', () => {
  it('registers nothing where the browser has no service worker (plain http from a LAN name)', () => {
    withServiceWorker(false)
    const { register, hooks } = fakeRegister()
    expect(startUpdates(register)).toBe(false)
    expect(hooks.current).toBeNull()
  })

  it('shows the notice when a new version waits, and Reload activates it at once when everything is saved', () => {
    withServiceWorker(true)
    const { register, hooks, activate } = fakeRegister()
    expect(startUpdates(register, { reload: vi.fn() })).toBe(true)
    render(createElement(UpdateNotice))
    expect(screen.queryByRole('status')).toBeNull()
    act(() => hooks.current!.onNeedRefresh!())
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Parcours is ready.')
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(activate).toHaveBeenCalledTimes(1)
  })

  it('Reload waits while an edit is being saved, then activates the new version', () => {
    withServiceWorker(true)
    const { register, hooks, activate } = fakeRegister()
    startUpdates(register, { reload: vi.fn() })
    render(createElement(UpdateNotice))
    act(() => hooks.current!.onNeedRefresh!())
    act(() => useSaveState.setState({ status: 'saving' }))
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(activate).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Saving your last edits, then reloading…')
    act(() => useSaveState.setState({ status: 'saving' }))
    expect(activate).not.toHaveBeenCalled()
    act(() => useSaveState.setState({ status: 'saved' }))
    expect(activate).toHaveBeenCalledTimes(1)
    act(() => useSaveState.setState({ status: 'saving' }))
    act(() => useSaveState.setState({ status: 'saved' }))
    expect(activate).toHaveBeenCalledTimes(1)
  })

  it('when the new version takes control (another tab pressed Reload), the page reloads only once its edits are saved', () => {
    withServiceWorker(true)
    const reload = vi.fn()
    const { register, hooks } = fakeRegister()
    startUpdates(register, { reload })
    render(createElement(UpdateNotice))
    act(() => hooks.current!.onNeedRefresh!())
    act(() => useSaveState.setState({ status: 'error' }))
    act(() => hooks.current!.onNeedReload!())
    expect(reload).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Your last edits are not saved yet')
    act(() => useSaveState.setState({ status: 'saving' }))
    expect(reload).not.toHaveBeenCalled()
    act(() => useSaveState.setState({ status: 'saved', error: null }))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('a version found while the page was open takes control: reload once saved; the first install taking control reloads nothing', () => {
    withServiceWorker(true)
    const reload = vi.fn()
    const changes: (() => void)[] = []
    const { register, hooks } = fakeRegister()
    startUpdates(register, { reload, onControllerChange: (fn) => changes.push(fn) })
    render(createElement(UpdateNotice))
    // first visit: the worker claims the page, no new version was announced
    act(() => changes.forEach((fn) => fn()))
    expect(reload).not.toHaveBeenCalled()
    act(() => hooks.current!.onNeedRefresh!())
    act(() => useSaveState.setState({ status: 'saving' }))
    act(() => changes.forEach((fn) => fn()))
    expect(reload).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Saving your last edits, then reloading…')
    act(() => useSaveState.setState({ status: 'saved' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('Later hides the notice and cancels a pending reload', () => {
    withServiceWorker(true)
    const { register, hooks, activate } = fakeRegister()
    startUpdates(register, { reload: vi.fn() })
    render(createElement(UpdateNotice))
    act(() => hooks.current!.onNeedRefresh!())
    fireEvent.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.queryByRole('status')).toBeNull()
    act(() => useSaveState.setState({ status: 'saving' }))
    act(() => {
      useAppUpdate.setState({ ready: true })
      applyUpdate()
    })
    act(() => dismissUpdate())
    act(() => useSaveState.setState({ status: 'saved' }))
    expect(activate).not.toHaveBeenCalled()
  })

  it('speaks French', () => {
    withServiceWorker(true)
    const { register, hooks } = fakeRegister()
    startUpdates(register, { reload: vi.fn() })
    act(() => setLang('fr'))
    render(createElement(UpdateNotice))
    act(() => hooks.current!.onNeedRefresh!())
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version de Parcours est prête.')
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Plus tard' })).toBeInTheDocument()
  })
})
