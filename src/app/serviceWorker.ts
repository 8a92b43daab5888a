/// <reference types="vite-plugin-pwa/vanillajs" />
// The service worker (vite-plugin-pwa / Workbox, vite.config.ts) and the new-version notice.
// - Registered only where the browser has service workers: over plain http from a LAN name
//   there are none, and the app runs as a page, as before.
// - A new version waits until the user picks Reload, and the reload happens only once every
//   edit is written (the open board's save state is 'saved'): never over an unsaved edit. This
//   holds too when another tab accepted the update (its new worker takes control of this tab).
import { create } from 'zustand'
import { useSaveState } from '../persistence/session'

export interface UpdateState {
  /** A new version is installed and waits for Reload. */
  ready: boolean
  /** The user asked for it: the page reloads as soon as every edit is saved. */
  reloading: boolean
}

export const useAppUpdate = create<UpdateState>(() => ({ ready: false, reloading: false }))

/** What vite-plugin-pwa's `registerSW` (virtual:pwa-register) does; passed in for tests. */
export type RegisterSW = (options: {
  onNeedRefresh?: () => void
  onNeedReload?: () => void
  onRegisterError?: (error: unknown) => void
}) => (reloadPage?: boolean) => Promise<void>

let activate: (() => Promise<void>) | null = null
let reload = () => window.location.reload()
let pending: (() => void) | null = null

/** Runs `fn` once every edit is saved: now if it is, else when the save state says 'saved'. */
export function whenSaved(fn: () => void): void {
  pending?.()
  if (useSaveState.getState().status === 'saved') {
    pending = null
    fn()
    return
  }
  const stop = useSaveState.subscribe((s) => {
    if (s.status !== 'saved') return
    stop()
    pending = null
    fn()
  })
  pending = stop
}

/** The new version controls this page: reload into it once every edit is saved. */
function needReload(): void {
  useAppUpdate.setState({ ready: true, reloading: true })
  whenSaved(reload)
}

/** Wires the updates to a `registerSW`; returns false where the browser has no service worker. */
export function startUpdates(register: RegisterSW, options: { reload?: () => void; onControllerChange?: (fn: () => void) => void } = {}): boolean {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false
  if (options.reload) reload = options.reload
  activate = register({
    onNeedRefresh: () => useAppUpdate.setState({ ready: true }),
    onNeedReload: needReload,
    onRegisterError: (error) => console.warn('Parcours: the offline copy could not be installed', error),
  })
  // Workbox announces the take-over only for a version found when the page loaded; one found
  // later (a tab open for days) takes over silently: watch the controller itself. The first
  // install also takes control (clientsClaim), with no new version announced: no reload then.
  const onControllerChange = options.onControllerChange ?? ((fn) => navigator.serviceWorker.addEventListener('controllerchange', fn))
  onControllerChange(() => useAppUpdate.getState().ready && needReload())
  return true
}

/** Reload pressed: the waiting version takes over once every edit is saved (then the page reloads). */
export function applyUpdate(): void {
  useAppUpdate.setState({ reloading: true })
  whenSaved(() => void activate?.())
}

/** Hide the notice for now; the new version opens at the next visit. */
export function dismissUpdate(): void {
  pending?.()
  pending = null
  useAppUpdate.setState({ ready: false, reloading: false })
}

let started = false
/** Called once at start-up (src/main.tsx). Loads the registration code only where it can run. */
export async function startServiceWorker(): Promise<void> {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  started = true
  const { registerSW } = await import('virtual:pwa-register')
  startUpdates(registerSW)
}
