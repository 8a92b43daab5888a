// The workshop part of a stored or received board, normalised like the rest of it (see
// ../restore.ts): each participant, round, voting and dot restored on its own, bad ones left
// out and counted, what points nowhere dropped. Never throws.
import type { CardTag, Dot, Id, Participant, Round, Voting, Workshop, WorkshopTimer } from '../types'
import { CARD_TAGS, ROUND_ASKS } from '../types'
import { MAX_TIMER_MS } from './timer'
import { MAX_DOTS } from './voting'
import { PARTICIPANT_NAME_MAX, PARTICIPANTS_MAX } from './participants'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is Id => typeof v === 'string' && v !== '' && v.length <= 200
/** An epoch time in milliseconds (between 2000 and 2200). */
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 946_684_800_000 && v < 7_258_118_400_000
const isMs = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max

export const WORKSHOP_LIMITS = { rounds: 1000, votings: 1000, dots: 100_000 } as const

export interface WorkshopRefs {
  stageIds: Set<Id>
  laneIds: Set<Id>
  cardIds: Set<Id>
}

function list<T>(v: unknown, max: number, one: (x: Obj) => T | null, seen: Set<Id>, bad: () => void): T[] {
  if (v === undefined) return []
  if (!Array.isArray(v)) {
    bad()
    return []
  }
  const out: T[] = []
  for (const x of v) {
    const r = isObj(x) && isId(x.id) && !seen.has(x.id) && out.length < max ? one(x) : null
    if (!r) {
      bad()
      continue
    }
    seen.add((x as Obj).id as Id)
    out.push(r)
  }
  return out
}

/** The restored workshop, or undefined when there is none (or nothing of it is usable). */
export function restoreWorkshop(raw: unknown, refs: WorkshopRefs, repaired: () => void): Workshop | undefined {
  if (raw === undefined) return undefined
  if (!isObj(raw)) {
    repaired()
    return undefined
  }
  const w: Workshop = {}

  const names = new Set<string>()
  const participants = list<Participant>(
    raw.participants,
    PARTICIPANTS_MAX,
    (p) => {
      const name = typeof p.name === 'string' ? p.name.trim().slice(0, PARTICIPANT_NAME_MAX) : ''
      if (!name || names.has(name.toLocaleLowerCase())) return null
      names.add(name.toLocaleLowerCase())
      return { id: p.id as Id, name }
    },
    new Set(),
    repaired,
  )
  if (participants.length) w.participants = participants

  const rounds = list<Round>(
    raw.rounds,
    WORKSHOP_LIMITS.rounds,
    (r) => {
      if (!(ROUND_ASKS as readonly unknown[]).includes(r.ask) || !isTime(r.startedAt) || !Array.isArray(r.stageIds)) return null
      const stageIds = [...new Set(r.stageIds.filter((s): s is Id => isId(s) && refs.stageIds.has(s)))]
      if (stageIds.length !== r.stageIds.length) repaired()
      const out: Round = { id: r.id as Id, ask: r.ask as Round['ask'], stageIds, startedAt: r.startedAt }
      if (isMs(r.durationMs, MAX_TIMER_MS)) out.durationMs = r.durationMs
      if (r.private === true) out.private = true
      if (isTime(r.endedAt) && r.endedAt >= r.startedAt) out.endedAt = r.endedAt
      if (isTime(r.revealedAt)) out.revealedAt = r.revealedAt
      if (isId(r.laneId) && refs.laneIds.has(r.laneId)) out.laneId = r.laneId
      if (isMs(r.noteCount, 1e6) && Number.isInteger(r.noteCount)) out.noteCount = r.noteCount
      return out
    },
    new Set(),
    repaired,
  )
  if (rounds.length) w.rounds = rounds

  const votings = list<Voting>(
    raw.votings,
    WORKSHOP_LIMITS.votings,
    (v) => {
      const n = v.dotsPerParticipant
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_DOTS || !isTime(v.startedAt)) return null
      const out: Voting = { id: v.id as Id, dotsPerParticipant: n, startedAt: v.startedAt }
      if (Array.isArray(v.tags)) {
        const tags = [...new Set(v.tags.filter((t): t is CardTag => (CARD_TAGS as readonly unknown[]).includes(t)))]
        if (tags.length) out.tags = tags
      }
      if (isId(v.roundId)) out.roundId = v.roundId
      if (v.multiplePerCard === true) out.multiplePerCard = true
      if (v.hideCounts === true) out.hideCounts = true
      if (isTime(v.endedAt) && v.endedAt >= v.startedAt) out.endedAt = v.endedAt
      return out
    },
    new Set(),
    repaired,
  )
  if (votings.length) w.votings = votings

  const votingIds = new Set(votings.map((v) => v.id))
  const dots = list<Dot>(
    raw.dots,
    WORKSHOP_LIMITS.dots,
    (d) => {
      if (!isId(d.votingId) || !votingIds.has(d.votingId) || !isId(d.participantId) || !isId(d.cardId) || !refs.cardIds.has(d.cardId) || !isTime(d.at))
        return null
      return { id: d.id as Id, votingId: d.votingId, participantId: d.participantId, cardId: d.cardId, at: d.at }
    },
    new Set(),
    repaired,
  )
  if (dots.length) w.dots = dots

  if (raw.timer !== undefined) {
    const t = raw.timer
    if (isObj(t) && isMs(t.durationMs, MAX_TIMER_MS) && t.durationMs >= 1000) {
      const timer: WorkshopTimer = { durationMs: t.durationMs }
      if (isTime(t.endsAt)) timer.endsAt = t.endsAt
      else if (isMs(t.remainingMs, MAX_TIMER_MS)) timer.remainingMs = t.remainingMs
      w.timer = timer
    } else repaired()
  }
  if (raw.anonymous === true) w.anonymous = true
  return Object.keys(w).length ? w : undefined
}
