// Dot voting. Each dot is a record (participant, card) in a set merged by id, so two tabs voting
// at the same moment keep both dots. The rules hold on whatever the merge gives: the dots that
// count are each participant's earliest ones, up to their allowance (and one per card unless
// several are allowed), so nobody can spend more than their dots even from two tabs at once.
import { produce } from 'immer'
import type { Board, Card, CardTag, Dot, Id, Voting } from '../types'
import { isFaceDown } from './rounds'

export const DEFAULT_DOTS = 3
export const MAX_DOTS = 50

export const votingsOf = (b: Board): Voting[] => b.workshop?.votings ?? []

/** The voting session under way: the latest started one that has not ended. */
export function openVoting(b: Board): Voting | undefined {
  let found: Voting | undefined
  for (const v of votingsOf(b)) if (v.endedAt === undefined && (!found || v.startedAt >= found.startedAt)) found = v
  return found
}

export const findVoting = (b: Board, id: Id | undefined): Voting | undefined => (id ? votingsOf(b).find((v) => v.id === id) : undefined)

/** The voting that ended last. */
export function lastEndedVoting(b: Board): Voting | undefined {
  let found: Voting | undefined
  for (const v of votingsOf(b)) if (v.endedAt !== undefined && (!found || v.endedAt >= found.endedAt!)) found = v
  return found
}

export type VotingError = 'dots' | 'noCards' | 'noParticipants' | 'alreadyOpen'

export function votingError(b: Board, v: Omit<Voting, 'id' | 'startedAt'>): VotingError | null {
  if (openVoting(b)) return 'alreadyOpen'
  if (!Number.isInteger(v.dotsPerParticipant) || v.dotsPerParticipant < 1 || v.dotsPerParticipant > MAX_DOTS) return 'dots'
  if (!(b.workshop?.participants ?? []).length) return 'noParticipants'
  if (!votableCards(b, v).length) return 'noCards'
  return null
}

export function startVoting(b: Board, v: Voting): Board {
  if (votingError(b, v)) return b
  return produce(b, (d) => {
    d.workshop ??= {}
    const rec: Voting = { id: v.id, dotsPerParticipant: v.dotsPerParticipant, startedAt: v.startedAt }
    if (v.tags?.length) rec.tags = [...v.tags]
    if (v.roundId) rec.roundId = v.roundId
    if (v.multiplePerCard) rec.multiplePerCard = true
    if (v.hideCounts) rec.hideCounts = true
    ;(d.workshop.votings ??= []).push(rec)
  })
}

/** Whether a card can get dots in this voting: its tag and round match, and it is not face down. */
export function isVotable(b: Board, v: Pick<Voting, 'tags' | 'roundId'>, c: Card): boolean {
  if (v.tags?.length && (!c.tag || !v.tags.includes(c.tag))) return false
  if (v.roundId && c.roundId !== v.roundId) return false
  return !isFaceDown(b, c)
}

export const votableCards = (b: Board, v: Pick<Voting, 'tags' | 'roundId'>): Card[] => b.cards.filter((c) => isVotable(b, v, c))

const byTime = (a: Dot, b: Dot) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The dots that count in a voting, earliest first (see the note at the top). */
export function validDots(b: Board, v: Voting): Dot[] {
  const participants = new Set((b.workshop?.participants ?? []).map((p) => p.id))
  const cards = new Map(b.cards.map((c) => [c.id, c]))
  const spent = new Map<Id, number>()
  const onCard = new Set<string>()
  const out: Dot[] = []
  const mine = (b.workshop?.dots ?? []).filter((d) => d.votingId === v.id).sort(byTime)
  for (const d of mine) {
    const card = cards.get(d.cardId)
    if (!card || !isVotable(b, v, card)) continue
    // a participant removed after the vote ended still counts in that vote's results
    if (v.endedAt === undefined && !participants.has(d.participantId)) continue
    const n = spent.get(d.participantId) ?? 0
    if (n >= v.dotsPerParticipant) continue
    const pair = `${d.participantId}\u0000${d.cardId}`
    if (!v.multiplePerCard && onCard.has(pair)) continue
    onCard.add(pair)
    spent.set(d.participantId, n + 1)
    out.push(d)
  }
  return out
}

export function dotsLeft(b: Board, v: Voting, participantId: Id): number {
  return v.dotsPerParticipant - validDots(b, v).filter((d) => d.participantId === participantId).length
}

export type DotError = 'ended' | 'unknownParticipant' | 'notVotable' | 'noDotsLeft' | 'alreadyOnCard'

/** Why this participant cannot put a dot on this card now, or null. */
export function dotError(b: Board, v: Voting, participantId: Id, cardId: Id): DotError | null {
  if (v.endedAt !== undefined) return 'ended'
  if (!(b.workshop?.participants ?? []).some((p) => p.id === participantId)) return 'unknownParticipant'
  const card = b.cards.find((c) => c.id === cardId)
  if (!card || !isVotable(b, v, card)) return 'notVotable'
  const valid = validDots(b, v)
  if (valid.filter((d) => d.participantId === participantId).length >= v.dotsPerParticipant) return 'noDotsLeft'
  if (!v.multiplePerCard && valid.some((d) => d.participantId === participantId && d.cardId === cardId)) return 'alreadyOnCard'
  return null
}

/** Put a participant's dot on a card; refused (board unchanged) when a rule says no. */
export function placeDot(b: Board, dot: Dot): Board {
  const v = findVoting(b, dot.votingId)
  if (!v || dotError(b, v, dot.participantId, dot.cardId) || b.workshop?.dots?.some((d) => d.id === dot.id)) return b
  return produce(b, (d) => {
    ;(d.workshop!.dots ??= []).push({ id: dot.id, votingId: dot.votingId, participantId: dot.participantId, cardId: dot.cardId, at: dot.at })
  })
}

/** Take back a participant's latest dot on a card (while the vote is open). */
export function takeDotBack(b: Board, votingId: Id, participantId: Id, cardId: Id): Board {
  const v = findVoting(b, votingId)
  if (!v || v.endedAt !== undefined) return b
  const theirs = (b.workshop?.dots ?? []).filter((d) => d.votingId === votingId && d.participantId === participantId && d.cardId === cardId).sort(byTime)
  const last = theirs[theirs.length - 1]
  if (!last) return b
  return produce(b, (d) => {
    d.workshop!.dots = d.workshop!.dots!.filter((x) => x.id !== last.id)
  })
}

/** Valid dots per card. */
export function dotsByCard(b: Board, v: Voting): Map<Id, Dot[]> {
  const out = new Map<Id, Dot[]>()
  for (const d of validDots(b, v)) out.set(d.cardId, [...(out.get(d.cardId) ?? []), d])
  return out
}

export interface RankRow {
  /** 1 for the most dots; cards with as many dots share a rank (1, 1, 3…). */
  rank: number
  card: Card
  dots: number
  /** Another card has as many dots. */
  tied: boolean
}

/** Cards by dots, most first; ties share a rank and keep the board's reading order (stage, then lane). */
export function ranking(b: Board, v: Voting): RankRow[] {
  const counts = new Map<Id, number>()
  for (const d of validDots(b, v)) counts.set(d.cardId, (counts.get(d.cardId) ?? 0) + 1)
  const stageIdx = new Map(b.stages.map((s, i) => [s.id, i]))
  const laneIdx = new Map(b.lanes.map((l, i) => [l.id, i]))
  const cardIdx = new Map(b.cards.map((c, i) => [c.id, i]))
  const rows = b.cards.filter((c) => counts.has(c.id)).map((card) => ({ card, dots: counts.get(card.id)! }))
  rows.sort(
    (x, y) =>
      y.dots - x.dots ||
      (stageIdx.get(x.card.stageId) ?? 0) - (stageIdx.get(y.card.stageId) ?? 0) ||
      (laneIdx.get(x.card.laneId) ?? 0) - (laneIdx.get(y.card.laneId) ?? 0) ||
      cardIdx.get(x.card.id)! - cardIdx.get(y.card.id)!,
  )
  const perCount = new Map<number, number>()
  for (const r of rows) perCount.set(r.dots, (perCount.get(r.dots) ?? 0) + 1)
  const out: RankRow[] = []
  rows.forEach((r, i) => {
    const rank = i > 0 && rows[i - 1].dots === r.dots ? out[i - 1].rank : i + 1
    out.push({ rank, card: r.card, dots: r.dots, tied: perCount.get(r.dots)! > 1 })
  })
  return out
}

/** End the vote: its dots become the votable cards' votes (a card with no dot has none). */
export function endVoting(b: Board, votingId: Id, now: number): Board {
  const v = findVoting(b, votingId)
  if (!v || v.endedAt !== undefined) return b
  const counts = new Map<Id, number>()
  for (const d of validDots(b, v)) counts.set(d.cardId, (counts.get(d.cardId) ?? 0) + 1)
  const votable = new Set(votableCards(b, v).map((c) => c.id))
  return produce(b, (d) => {
    d.workshop!.votings!.find((x) => x.id === votingId)!.endedAt = Math.max(now, v.startedAt)
    for (const c of d.cards) {
      if (!votable.has(c.id)) continue
      const n = counts.get(c.id)
      if (n) c.votes = n
      else delete c.votes
    }
  })
}

/** The tags a voting can be limited to, in the order they are offered. */
export const VOTABLE_TAGS: readonly CardTag[] = ['irritant', 'wow', 'must', 'idea', 'question']
