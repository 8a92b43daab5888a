// Who may change what in a live session. The server enforces the secret and the viewer's
// read-only access; the participants' rules are enforced here, by every client, before an edit
// reaches the board: a participant adds cards, and changes or deletes the cards they wrote;
// the facilitator may change everything.
import type { Board, Card, Id } from '../domain/types'

export type LiveRole = 'facilitator' | 'participant' | 'viewer'

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** Why a participant's edit is refused (null: allowed). `ownerOf` tells who wrote a card. */
export function participantRefusal(before: Board, after: Board, me: Id, ownerOf: (cardId: Id) => Id | undefined): 'board' | 'notYours' | null {
  const b = before as unknown as Record<string, unknown>
  const a = after as unknown as Record<string, unknown>
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'cards') continue
    if (!same(b[key], a[key])) return 'board'
  }
  if (before.cards === after.cards) return null
  const was = new Map<Id, Card>(before.cards.map((c) => [c.id, c]))
  const kept = new Set<Id>()
  for (const card of after.cards) {
    kept.add(card.id)
    const old = was.get(card.id)
    if (!old || old === card || same(old, card)) continue
    if (ownerOf(card.id) !== me) return 'notYours'
  }
  for (const id of was.keys()) if (!kept.has(id) && ownerOf(id) !== me) return 'notYours'
  return null
}

/** May this role make this edit? */
export function mayEdit(role: LiveRole, before: Board, after: Board, me: Id, ownerOf: (cardId: Id) => Id | undefined): boolean {
  if (role === 'facilitator') return true
  if (role === 'viewer') return false
  return participantRefusal(before, after, me, ownerOf) === null
}
