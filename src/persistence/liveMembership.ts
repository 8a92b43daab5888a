// Which live room a board is in (address, secret, role, name), kept in localStorage so a reload
// rejoins it. Light on purpose: the app reads it on every board it opens, while the room's
// document itself (liveDoc.ts, with Yjs) is loaded only when a session starts.
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
  /** This device's inbox for its face-down notes (see sync/liveSession.ts). */
  inboxKey?: string
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
