// Which lane a round's notes go to. The board kind says where a note of each tag belongs
// (`laneForTag`, from its definition in domain/kinds); a round takes that lane when it is a lane
// made for notes, and otherwise (a blueprint has no irritants lane: its kind sends irritants to
// the customer's actions) offers to add a lane of notes, or to use the kind's lane all the same.
import type { Board, CardTag, Lane, LaneRole, RoundAsk } from '../types'
import { laneForTag } from '../kinds/tags'

/** Lanes made for notes (what hurts, what delights, what is a must, open notes), not for the service's own steps. */
export const NOTE_ROLES: ReadonlySet<LaneRole> = new Set<LaneRole>(['irritants', 'pains', 'pluses', 'opportunities', 'gains', 'musts', 'standards', 'notes'])

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

/** The tag whose lane a round's notes go to (free notes go where ideas go). */
const laneTag = (ask: RoundAsk): CardTag => ASK_TAG[ask] ?? 'idea'

/** The lane of the board that a note of this kind belongs in, or undefined when the board has no lane made for such notes. */
export function laneForAsk(board: Board, ask: RoundAsk): Lane | undefined {
  const lane = laneForTag(board, laneTag(ask))
  return lane && NOTE_ROLES.has(lane.role) ? lane : undefined
}

/** The lane offered instead of adding one: the one the board kind gives such notes (the customer's actions for an irritant on a blueprint). */
export function fallbackLane(board: Board, ask: RoundAsk): Lane | undefined {
  return laneForTag(board, laneTag(ask)) ?? undefined
}

/** Where a new lane for these notes goes: right under the fallback lane, else at the end. */
export function newLaneIndex(board: Board, ask: RoundAsk): number {
  const f = fallbackLane(board, ask)
  const i = f ? board.lanes.indexOf(f) : -1
  return i >= 0 ? i + 1 : board.lanes.length
}
