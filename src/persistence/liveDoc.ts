// The live rooms this browser takes part in: each room's Yjs document kept in IndexedDB
// (y-indexeddb, a database per room), so a device that loses the network keeps its changes and
// merges them when it reconnects; and which room a board is in (address, secret, role, name),
// so a reload rejoins it.
import type * as Y from 'yjs'
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb'

const dbName = (room: string) => `parcours-live-${room}`

export function persistLiveDoc(room: string, doc: Y.Doc): { whenSynced: Promise<unknown>; destroy: () => unknown } {
  const p = new IndexeddbPersistence(dbName(room), doc)
  return { whenSynced: p.whenSynced, destroy: () => p.destroy() }
}

/** Forget a room's local document (after the session ended and the board kept everything). */
export const forgetLiveDoc = (room: string): Promise<unknown> => clearDocument(dbName(room))

export interface LiveMembership {
  boardId: string
  /** Origin of the live server (http://host:port). */
  server: string
  room: string
  secret: string
  role: 'facilitator' | 'participant' | 'viewer'
  name: string
  /** Facilitator only: the links to share. */
  links?: { participant: string; viewer: string }
  participantId?: string
  color: string
}

const key = (boardId: string) => `parcours:live:${boardId}`

export function readMembership(boardId: string): LiveMembership | null {
  try {
    const raw = localStorage.getItem(key(boardId))
    const m = raw ? (JSON.parse(raw) as LiveMembership) : null
    return m && typeof m.room === 'string' && typeof m.secret === 'string' ? m : null
  } catch {
    return null
  }
}

export function saveMembership(m: LiveMembership): void {
  try {
    localStorage.setItem(key(m.boardId), JSON.stringify(m))
  } catch {
    /* the session still runs; a reload will ask to join again */
  }
}

export function forgetMembership(boardId: string): void {
  try {
    localStorage.removeItem(key(boardId))
  } catch {
    /* nothing kept */
  }
}
