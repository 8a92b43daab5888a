// Who may change what in a live session. The server enforces the secret and the viewer's
// read-only access; the participants' rules are enforced here, by every client, before an edit
// reaches the board: a participant adds cards, and changes or deletes the cards they wrote;
// the facilitator may change everything. Who wrote a card is the card's own `authorId` (board
// data): it travels with the card, survives reloads, offline edits and merges, and reads the
// same on every device.
import type { Board, Card, Id } from '../domain/types'

export type LiveRole = 'facilitator' | 'participant' | 'viewer'

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

type Rec = Record<string, unknown>

/**
 * A workshop's change a participant may make: their own dots (added or taken back) and their own
 * entry in its participants; rounds, votings, the timer… are the facilitator's.
 */
function workshopChangeIsMine(was: Rec | undefined, after: Rec | undefined, me: Id): boolean {
  if (!after) return false
  // joining a board that had no workshop yet
  const before = was ?? {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'dots' || key === 'participants') continue
    if (!same(before[key], after[key])) return false
  }
  const onlyMine = (list: 'dots' | 'participants', mine: (r: Rec) => boolean) => {
    const was = new Map(((before[list] as Rec[] | undefined) ?? []).map((r) => [r.id, r]))
    const now = new Map(((after[list] as Rec[] | undefined) ?? []).map((r) => [r.id, r]))
    for (const [id, r] of now) if (!same(was.get(id), r) && !(mine(r) && (!was.has(id) || mine(was.get(id)!)))) return false
    for (const [id, r] of was) if (!now.has(id) && !mine(r)) return false
    return true
  }
  return onlyMine('dots', (d) => d.participantId === me) && onlyMine('participants', (p) => p.id === me)
}

/** Who wrote a card (undefined: nobody of the room, e.g. it was on the board before the session). */
export const ownerOf = (card: Card): Id | undefined => card.authorId

/**
 * A participant's edit with their name on what they added: every card new in `after` is theirs
 * (a duplicate or a paste of another's card too). The same board when there is nothing to sign.
 */
export function signNewCards(before: Board, after: Board, me: Id): Board {
  if (before.cards === after.cards) return after
  const had = new Set(before.cards.map((c) => c.id))
  if (after.cards.every((c) => had.has(c.id) || c.authorId === me)) return after
  return { ...after, cards: after.cards.map((c) => (had.has(c.id) || c.authorId === me ? c : { ...c, authorId: me })) }
}

/** Why a participant's edit is refused (null: allowed). A card is theirs when its `authorId` is theirs. */
export function participantRefusal(before: Board, after: Board, me: Id): 'board' | 'notYours' | null {
  const b = before as unknown as Record<string, unknown>
  const a = after as unknown as Record<string, unknown>
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'cards') continue
    if (key === 'workshop' && workshopChangeIsMine(b[key] as Rec | undefined, a[key] as Rec | undefined, me)) continue
    if (!same(b[key], a[key])) return 'board'
  }
  if (before.cards === after.cards) return null
  const was = new Map<Id, Card>(before.cards.map((c) => [c.id, c]))
  const kept = new Set<Id>()
  for (const card of after.cards) {
    kept.add(card.id)
    const old = was.get(card.id)
    if (old === card) continue
    // added: under their own name only; changed: their own card, which stays theirs
    if (!old) {
      if (ownerOf(card) !== me) return 'notYours'
    } else if (!same(old, card) && (ownerOf(old) !== me || ownerOf(card) !== me)) return 'notYours'
  }
  for (const [id, card] of was) if (!kept.has(id) && ownerOf(card) !== me) return 'notYours'
  return null
}

/** May this role make this edit? */
export function mayEdit(role: LiveRole, before: Board, after: Board, me: Id): boolean {
  if (role === 'facilitator') return true
  if (role === 'viewer') return false
  return participantRefusal(before, after, me) === null
}
