// Three-way merge of a board's workshop, record by record, for domain/merge.ts (two tabs now, the
// devices of a live workshop later): participants, rounds, votings and dots merged by id — dots
// are a set, so two tabs voting at the same moment keep both dots and a dot taken back on one side
// goes —, a round or voting both sides changed merged field by field (one tab ends a round while
// another reveals it: both happen), the timer and the anonymity switch as single values.
// Self-contained (its own equality and list merge) so the board merge calls it in one line.
import type { Board, Id, Workshop } from '../types'

type Keyed = Record<string, unknown>

/** Deep equality of JSON values, whatever the order of their keys. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Keyed)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Keyed)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => equal((a as Keyed)[k], (b as Keyed)[k]))
}

/** A single value: the side that changed it wins (mine when both did). */
const mergeValue = <T>(base: T, mine: T, theirs: T): T => (equal(mine, base) ? theirs : mine)

/** Both sides changed one record: field by field (mine wins a field both changed). */
function mergeRecord<T>(base: T, mine: T, theirs: T): T {
  const out: Keyed = {}
  const b = base as Keyed
  const m = mine as Keyed
  const t = theirs as Keyed
  for (const k of new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])) {
    const v = mergeValue(b[k], m[k], t[k])
    if (v !== undefined) out[k] = v
  }
  return out as T
}

/**
 * Records merged by id: added on either side → kept; deleted on a side the other did not touch →
 * deleted; edited on one side and deleted on the other → the edit wins; edited on both → field by
 * field when `fields`, else mine. Mine's order first, then theirs' additions.
 */
function mergeById<T extends { id: Id }>(base: T[] = [], mine: T[] = [], theirs: T[] = [], fields = false): T[] {
  if (mine === theirs) return mine
  const b = new Map(base.map((x) => [x.id, x]))
  const t = new Map(theirs.map((x) => [x.id, x]))
  const pick = (id: Id, mv: T | undefined): T | undefined => {
    const bv = b.get(id)
    const tv = t.get(id)
    if (bv === undefined) return mv ?? tv
    const mineChanged = mv === undefined || !equal(mv, bv)
    const theirsChanged = tv === undefined || !equal(tv, bv)
    if (!mineChanged) return tv
    if (fields && theirsChanged && mv !== undefined && tv !== undefined) return mergeRecord(bv, mv, tv)
    return mv ?? (theirsChanged ? tv : undefined)
  }
  const out: T[] = []
  const seen = new Set<Id>()
  for (const x of mine) {
    seen.add(x.id)
    const v = pick(x.id, x)
    if (v !== undefined) out.push(v)
  }
  for (const x of [...theirs, ...base]) {
    if (seen.has(x.id)) continue
    seen.add(x.id)
    const v = pick(x.id, undefined)
    if (v !== undefined) out.push(v)
  }
  return out
}

export function mergeWorkshop(base: Workshop | undefined, mine: Workshop | undefined, theirs: Workshop | undefined): Workshop | undefined {
  if (equal(theirs, base)) return mine
  if (equal(mine, base)) return theirs
  const b = base ?? {}
  const m = mine ?? {}
  const t = theirs ?? {}
  const out: Workshop = {}
  const participants = mergeById(b.participants, m.participants, t.participants)
  if (participants.length) out.participants = participants
  const rounds = mergeById(b.rounds, m.rounds, t.rounds, true)
  if (rounds.length) out.rounds = rounds
  const votings = mergeById(b.votings, m.votings, t.votings, true)
  if (votings.length) out.votings = votings
  const dots = mergeById(b.dots, m.dots, t.dots)
  if (dots.length) out.dots = dots
  const timer = mergeValue(b.timer, m.timer, t.timer)
  if (timer) out.timer = timer
  if (mergeValue(b.anonymous, m.anonymous, t.anonymous)) out.anonymous = true
  return Object.keys(out).length || mine ? out : undefined
}

/** After a merge, a dot on a card the other side deleted goes with it. */
export function dropDanglingDots(board: Board): Board {
  const dots = board.workshop?.dots
  if (!dots?.length) return board
  const cardIds = new Set(board.cards.map((c) => c.id))
  if (dots.every((d) => cardIds.has(d.cardId))) return board
  return { ...board, workshop: { ...board.workshop, dots: dots.filter((d) => cardIds.has(d.cardId)) } }
}
