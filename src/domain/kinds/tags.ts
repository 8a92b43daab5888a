// Tags and lanes: the tag a card placed in a lane gets, and the lane a note of a tag belongs in.
import type { Board, CardTag, Lane, LaneRole } from '../types'
import { holdsCards } from '../types'
import { kindOf } from './index'

const ROLE_TAG: Partial<Record<LaneRole, CardTag>> = { irritants: 'irritant', pains: 'irritant', musts: 'must', pluses: 'wow', touchpoints: 'touchpoint' }

/** The tag a card placed in a lane of this role gets (an irritant in "Irritants"), if any. */
export const tagForRole = (role: LaneRole): CardTag | undefined => ROLE_TAG[role]

/**
 * The lane of `board` a note tagged `tag` belongs in: the first lane of a role its kind prefers
 * for that tag, else a lane whose cards get that tag, else a lane of notes, else the first lane
 * that holds cards; null only when no lane holds cards.
 */
export function laneForTag(board: Board, tag: CardTag): Lane | null {
  const lanes = board.lanes.filter((l) => holdsCards(l.role))
  for (const role of kindOf(board).tagLanes[tag] ?? []) {
    const lane = lanes.find((l) => l.role === role)
    if (lane) return lane
  }
  return lanes.find((l) => tagForRole(l.role) === tag) ?? lanes.find((l) => l.role === 'notes') ?? lanes[0] ?? null
}
