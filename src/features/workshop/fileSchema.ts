// The workshop part of a board file (an optional addition to format v1): its schema, checked at
// the boundary with the rest of the file, and the repair of what points nowhere.
import { z } from 'zod'
import { CARD_TAGS, ROUND_ASKS, type Board } from '../../domain/types'
import { restoreWorkshop, WORKSHOP_LIMITS } from '../../domain/workshop/restore'
import { MAX_TIMER_MS } from '../../domain/workshop/timer'
import { MAX_DOTS } from '../../domain/workshop/voting'
import { PARTICIPANT_NAME_MAX, PARTICIPANTS_MAX } from '../../domain/workshop/participants'
import './strings'

const id = z.string().min(1).max(200)
const time = z.number().int().min(0)
const ms = z.number().min(0).max(MAX_TIMER_MS)

export const workshopSchema = z.object({
  participants: z
    .array(z.object({ id, name: z.string().min(1).max(PARTICIPANT_NAME_MAX) }))
    .max(PARTICIPANTS_MAX)
    .optional(),
  rounds: z
    .array(
      z.object({
        id,
        ask: z.enum(ROUND_ASKS),
        stageIds: z.array(id).max(500),
        durationMs: ms.optional(),
        private: z.boolean().optional(),
        startedAt: time,
        endedAt: time.optional(),
        revealedAt: time.optional(),
        laneId: id.optional(),
        noteCount: z.number().int().min(0).optional(),
      }),
    )
    .max(WORKSHOP_LIMITS.rounds)
    .optional(),
  votings: z
    .array(
      z.object({
        id,
        dotsPerParticipant: z.number().int().min(1).max(MAX_DOTS),
        tags: z.array(z.enum(CARD_TAGS)).max(CARD_TAGS.length).optional(),
        roundId: id.optional(),
        multiplePerCard: z.boolean().optional(),
        hideCounts: z.boolean().optional(),
        startedAt: time,
        endedAt: time.optional(),
      }),
    )
    .max(WORKSHOP_LIMITS.votings)
    .optional(),
  dots: z
    .array(z.object({ id, votingId: id, participantId: id, cardId: id, at: time }))
    .max(WORKSHOP_LIMITS.dots)
    .optional(),
  timer: z.object({ durationMs: ms, endsAt: time.optional(), remainingMs: ms.optional() }).optional(),
  anonymous: z.boolean().optional(),
})

/** Card fields a workshop adds. */
export const workshopCardFields = { authorId: id.optional(), roundId: id.optional() }

/**
 * A valid file's workshop with what points nowhere (a dot on a card not in the file, a round on
 * missing stages…) left out; returns how many records were left out.
 */
export function repairFileWorkshop(board: Board): number {
  if (!board.workshop) return 0
  let dropped = 0
  const w = restoreWorkshop(
    board.workshop,
    { stageIds: new Set(board.stages.map((s) => s.id)), laneIds: new Set(board.lanes.map((l) => l.id)), cardIds: new Set(board.cards.map((c) => c.id)) },
    () => dropped++,
  )
  if (w) board.workshop = w
  else delete board.workshop
  return dropped
}
