// Which lane a note of each tag belongs in. Asked of the board's lane roles, never of its kind's
// name: this is the one function to point at the board-kind definitions once they say it.
import type { Board, CardTag, Lane, LaneRole, RoundAsk } from '../types'
import { holdsCards } from '../types'

/** The lane roles that take a note of each kind, best first. */
export const ASK_LANE_ROLES: Record<RoundAsk, readonly LaneRole[]> = {
  irritant: ['irritants', 'pains'],
  wow: ['pluses', 'opportunities', 'gains'],
  must: ['musts'],
  question: ['notes'],
  note: ['notes'],
}

/** The role of the lane offered when the board has none for a kind of note. */
export const ASK_NEW_LANE_ROLE: Record<RoundAsk, LaneRole> = {
  irritant: 'irritants',
  wow: 'pluses',
  must: 'musts',
  question: 'notes',
  note: 'notes',
}

/** The tag a round's notes get (free notes get none). */
export const ASK_TAG: Record<RoundAsk, CardTag | undefined> = {
  irritant: 'irritant',
  wow: 'wow',
  must: 'must',
  question: 'question',
  note: undefined,
}

/** The round kind a tag belongs to (an idea is a note). */
export function askOfTag(tag: CardTag | undefined): RoundAsk {
  switch (tag) {
    case 'irritant':
    case 'wow':
    case 'must':
    case 'question':
      return tag
    default:
      return 'note'
  }
}

/** The lane of the board that a note of this kind belongs in, or undefined when none fits. */
export function laneForAsk(board: Board, ask: RoundAsk): Lane | undefined {
  for (const role of ASK_LANE_ROLES[ask]) {
    const lane = board.lanes.find((l) => l.role === role)
    if (lane) return lane
  }
  return undefined
}

/** The lane offered instead of adding one: the customer's actions, else the first lane that holds cards. */
export function fallbackLane(board: Board): Lane | undefined {
  return board.lanes.find((l) => l.role === 'customer') ?? board.lanes.find((l) => l.role === 'actions') ?? board.lanes.find((l) => holdsCards(l.role))
}

/** Where a new lane for these notes goes: right under the fallback lane, else at the end. */
export function newLaneIndex(board: Board): number {
  const f = fallbackLane(board)
  const i = f ? board.lanes.indexOf(f) : -1
  return i >= 0 ? i + 1 : board.lanes.length
}
