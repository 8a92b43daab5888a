// Rounds: the group places irritants, wow ideas, musts, questions or notes on some stages, for a
// time, maybe privately until revealed. Pure operations on the board; ids and times come from
// the caller. An operation that cannot apply returns the board unchanged (no empty undo step).
import { produce } from 'immer'
import type { Board, Card, Id, Lane, Round, RoundAsk, Workshop } from '../types'
import { ROUND_ASKS, holdsCards } from '../types'
import { ASK_TAG, laneForAsk } from './lanes'
import { resetTimer, startTimer, timerStatus } from './timer'

export const workshopOf = (b: Board): Workshop => b.workshop ?? {}

/** The round under way: the latest started one that has not ended. */
export function activeRound(b: Board): Round | undefined {
  let found: Round | undefined
  for (const r of b.workshop?.rounds ?? []) if (r.endedAt === undefined && (!found || r.startedAt >= found.startedAt)) found = r
  return found
}

export const findRound = (b: Board, id: Id | undefined): Round | undefined => (id ? b.workshop?.rounds?.find((r) => r.id === id) : undefined)

/** The stages of a round that are still on the board, in board order. */
export const roundStages = (b: Board, r: Round) => b.stages.filter((s) => r.stageIds.includes(s.id))

export const roundNotes = (b: Board, roundId: Id): Card[] => b.cards.filter((c) => c.roundId === roundId)

/** The lane a round's notes go to: the one the facilitator chose, else the one that fits the ask. */
export function roundLane(b: Board, r: Round): Lane | undefined {
  const chosen = r.laneId ? b.lanes.find((l) => l.id === r.laneId && holdsCards(l.role)) : undefined
  return chosen ?? laneForAsk(b, r.ask)
}

export type RoundError = 'noStages' | 'badAsk' | 'badDuration'

/** What is wrong with a round about to start, or null. */
export function roundError(b: Board, r: Pick<Round, 'ask' | 'stageIds' | 'durationMs'>): RoundError | null {
  if (!(ROUND_ASKS as readonly string[]).includes(r.ask)) return 'badAsk'
  if (!b.stages.some((s) => r.stageIds.includes(s.id))) return 'noStages'
  if (r.durationMs !== undefined && (!Number.isFinite(r.durationMs) || r.durationMs < 1000)) return 'badDuration'
  return null
}

/**
 * Start a round (ending the one under way, if any). With a duration it starts the timer.
 * Its stages are kept in board order; stages not on the board are left out.
 */
export function startRound(b: Board, round: Round): Board {
  if (roundError(b, round)) return b
  const stageIds = b.stages.filter((s) => round.stageIds.includes(s.id)).map((s) => s.id)
  const current = activeRound(b)
  const ended = current ? endRound(b, current.id, round.startedAt) : b
  return produce(ended, (d) => {
    d.workshop ??= {}
    const r: Round = { ...round, stageIds }
    if (!r.private) delete r.private
    ;(d.workshop.rounds ??= []).push(r)
    if (round.durationMs !== undefined) d.workshop.timer = startTimer(d.workshop.timer, round.startedAt, round.durationMs)
  })
}

/** End a round: it keeps its log line (how many notes); a timer still running is stopped. */
export function endRound(b: Board, roundId: Id, now: number): Board {
  const r = findRound(b, roundId)
  if (!r || r.endedAt !== undefined) return b
  const count = roundNotes(b, roundId).length
  return produce(b, (d) => {
    const dr = d.workshop!.rounds!.find((x) => x.id === roundId)!
    dr.endedAt = Math.max(now, dr.startedAt)
    dr.noteCount = count
    const t = d.workshop!.timer
    if (t && timerStatus(t, now) !== 'idle') d.workshop!.timer = resetTimer(t)
  })
}

/** Turn a private round's notes over. */
export function revealRound(b: Board, roundId: Id, now: number): Board {
  const r = findRound(b, roundId)
  if (!r || !r.private || r.revealedAt !== undefined) return b
  return produce(b, (d) => {
    d.workshop!.rounds!.find((x) => x.id === roundId)!.revealedAt = now
  })
}

/** The facilitator's choice of lane for a round's notes (when none of the board fits). */
export function setRoundLane(b: Board, roundId: Id, laneId: Id): Board {
  const lane = b.lanes.find((l) => l.id === laneId)
  const r = findRound(b, roundId)
  if (!r || !lane || !holdsCards(lane.role) || r.laneId === laneId) return b
  return produce(b, (d) => {
    d.workshop!.rounds!.find((x) => x.id === roundId)!.laneId = laneId
  })
}

export interface RoundNote {
  id: Id
  roundId: Id
  stageId: Id
  text: string
  authorId?: Id
}

export type NoteError = 'noRound' | 'roundEnded' | 'empty' | 'stageNotInRound' | 'noLane'

/** What stops a note from landing, or null. */
export function noteError(b: Board, n: Omit<RoundNote, 'id'>): NoteError | null {
  const r = findRound(b, n.roundId)
  if (!r) return 'noRound'
  if (r.endedAt !== undefined) return 'roundEnded'
  if (!n.text.trim()) return 'empty'
  if (!r.stageIds.includes(n.stageId) || !b.stages.some((s) => s.id === n.stageId)) return 'stageNotInRound'
  if (!roundLane(b, r)) return 'noLane'
  return null
}

/** A note typed during a round lands with the round's tag, in its stage, in the lane that fits. */
export function addRoundNote(b: Board, n: RoundNote): Board {
  if (noteError(b, n)) return b
  const r = findRound(b, n.roundId)!
  const lane = roundLane(b, r)!
  const card: Card = { id: n.id, stageId: n.stageId, laneId: lane.id, text: n.text.trim(), roundId: r.id }
  const tag = ASK_TAG[r.ask]
  if (tag) card.tag = tag
  if (n.authorId && b.workshop?.participants?.some((p) => p.id === n.authorId)) card.authorId = n.authorId
  return produce(b, (d) => {
    // at the end of its cell
    let at = d.cards.length
    for (let i = d.cards.length - 1; i >= 0; i--) {
      if (d.cards[i].stageId === card.stageId && d.cards[i].laneId === card.laneId) {
        at = i + 1
        break
      }
    }
    d.cards.splice(at, 0, card)
  })
}

/** Add a lane for a kind of note (the "Irritants" lane a blueprint lacks) and make it the round's. */
export function addRoundLane(b: Board, roundId: Id, lane: Lane, index: number): Board {
  if (!findRound(b, roundId) || b.lanes.some((l) => l.id === lane.id) || !holdsCards(lane.role)) return b
  return produce(b, (d) => {
    d.lanes.splice(Math.max(0, Math.min(index, d.lanes.length)), 0, lane)
    d.workshop!.rounds!.find((x) => x.id === roundId)!.laneId = lane.id
  })
}

// ---- private notes ---------------------------------------------------------------------------

const faceDownCache = new WeakMap<Board, Set<Id>>()
/** The ids of the rounds whose notes are still face down (boards never change: kept per board). */
export function faceDownRounds(b: Board): Set<Id> {
  let out = faceDownCache.get(b)
  if (!out) {
    out = new Set<Id>()
    for (const r of b.workshop?.rounds ?? []) if (r.private && r.revealedAt === undefined) out.add(r.id)
    faceDownCache.set(b, out)
  }
  return out
}

export const isFaceDown = (b: Board, c: Card): boolean => !!c.roundId && faceDownRounds(b).has(c.roundId)

/** Face-down notes per stage. */
export function faceDownCounts(b: Board): Map<Id, number> {
  const hidden = faceDownRounds(b)
  const out = new Map<Id, number>()
  if (!hidden.size) return out
  for (const c of b.cards) if (c.roundId && hidden.has(c.roundId)) out.set(c.stageId, (out.get(c.stageId) ?? 0) + 1)
  return out
}

/** The board as the room sees it: face-down notes (and arrows to them) are not shown. Same board when none. */
export function withoutFaceDown(b: Board): Board {
  const hidden = faceDownRounds(b)
  if (!hidden.size || !b.cards.some((c) => c.roundId && hidden.has(c.roundId))) return b
  const cards = b.cards.filter((c) => !c.roundId || !hidden.has(c.roundId))
  const ids = new Set(cards.map((c) => c.id))
  return { ...b, cards, links: b.links.filter((l) => ids.has(l.from) && ids.has(l.to)) }
}

// ---- the round log -----------------------------------------------------------------------------

export interface RoundLogLine {
  round: Round
  ask: RoundAsk
  stageNames: string[]
  durationMs?: number
  /** How long it actually ran (to its end, or to `now` while under way). */
  ranMs: number
  notes: number
  active: boolean
}

export function roundLog(b: Board, now: number): RoundLogLine[] {
  return (b.workshop?.rounds ?? []).map((r) => ({
    round: r,
    ask: r.ask,
    stageNames: roundStages(b, r).map((s) => s.name),
    durationMs: r.durationMs,
    ranMs: Math.max(0, (r.endedAt ?? now) - r.startedAt),
    notes: r.endedAt !== undefined && r.noteCount !== undefined ? r.noteCount : roundNotes(b, r.id).length,
    active: r.endedAt === undefined,
  }))
}
