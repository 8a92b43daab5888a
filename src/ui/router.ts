// Hash routes: `#/` (boards) and `#/board/<id>`; a reload, a bookmark or a second tab
// opens the same board.
import { useSyncExternalStore } from 'react'

export type Route = { name: 'home' } | { name: 'board'; id: string }

export function parseRoute(hash: string): Route {
  const m = /^#\/board\/([^/?#]+)/.exec(hash)
  return m ? { name: 'board', id: decoded(m[1]) } : { name: 'home' }
}

// A hand-typed or cut address (`#/board/%E0%A4`) is not a reason to blank the app: it names no board.
function decoded(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash
}

export const boardHref = (id: string) => `#/board/${encodeURIComponent(id)}`

const subscribe = (fn: () => void) => {
  window.addEventListener('hashchange', fn)
  return () => window.removeEventListener('hashchange', fn)
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash)
}
