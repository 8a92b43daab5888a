// The live rooms this browser takes part in: each room's Yjs document kept in IndexedDB
// (y-indexeddb, a database per room), so a device that loses the network keeps its changes and
// merges them when it reconnects. Loaded with the live session (features/live/liveEngine.ts),
// never with the app; which room a board is in is liveMembership.ts.
import type * as Y from 'yjs'
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb'

const dbName = (room: string) => `parcours-live-${room}`

export function persistLiveDoc(room: string, doc: Y.Doc): { whenSynced: Promise<unknown>; destroy: () => unknown } {
  const p = new IndexeddbPersistence(dbName(room), doc)
  return { whenSynced: p.whenSynced, destroy: () => p.destroy() }
}

/** Forget a room's local documents — its board, inboxes (after the session ended and the board kept everything). */
export const forgetLiveDoc = (names: string | readonly string[]): Promise<unknown> =>
  Promise.all((typeof names === 'string' ? [names] : names).map((n) => clearDocument(dbName(n))))
