// Three-way merge of boards, entity by entity (a card, a stage, a lane, a link...).
// Two uses:
//  - two tabs editing one board: merge(lastSynced, mine, theirs) keeps both tabs' edits;
//  - undo/redo: undoing step (before → after) on the current board is
//    merge(after, before, current), so undo reverts only that step, even when another
//    tab has changed the board since.
// When both sides changed the same entity, its fields are merged one by one (a text typed in
// one tab and a tag set in the other both stay); when both changed the same field, `mine` wins
// for that field — `conflictingFields` names those, so the side that lost can be told.
import type { Board } from './types'
import { holdsCards } from './types'
import { dropDanglingDots, mergeWorkshop } from './workshop/merge'

type Keyed = Record<string, unknown>

/** Deep equality of JSON values, whatever the order of their keys (a board read back from
 * storage or a file may list a card's fields in another order than the editor wrote them). */
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

/** Merge a scalar (or a whole value treated as one). */
function mergeValue<T>(base: T, mine: T, theirs: T): T {
  if (equal(mine, base)) return theirs
  return mine
}

const isRecord = (v: unknown): v is Keyed => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Both sides changed one record: merge it field by field (a field both changed: mine). */
function mergeFields<T>(base: T, mine: T, theirs: T): T {
  if (!isRecord(base) || !isRecord(mine) || !isRecord(theirs)) return mine
  const out: Keyed = {}
  for (const k of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const v = mergeValue(base[k], mine[k], theirs[k])
    if (v !== undefined) out[k] = v
  }
  return (equal(out, mine) ? mine : out) as T
}

function mergeOrder(base: string[], mine: string[], theirs: string[], keep: Set<string>): string[] {
  // Whoever changed the order (beyond additions/deletions) decides it; the other side's
  // additions are placed after their predecessor there.
  const baseSet = new Set(base)
  const relOrder = (arr: string[]) => arr.filter((k) => baseSet.has(k) && keep.has(k))
  const baseRel = relOrder(base)
  const mineReordered = !equal(
    relOrder(mine),
    baseRel.filter((k) => mine.includes(k)),
  )
  const primary = mineReordered ? mine : theirs
  const secondary = mineReordered ? theirs : mine
  const out = primary.filter((k) => keep.has(k))
  const placed = new Set(out)
  for (let i = 0; i < secondary.length; i++) {
    const k = secondary[i]
    if (placed.has(k) || !keep.has(k)) continue
    // insert after the nearest preceding key already placed
    let at = 0
    for (let j = i - 1; j >= 0; j--) {
      const idx = out.indexOf(secondary[j])
      if (idx !== -1) {
        at = idx + 1
        break
      }
    }
    out.splice(at, 0, k)
    placed.add(k)
  }
  return out
}

function mergeList<T>(key: (x: T) => string, base: T[] = [], mine: T[] = [], theirs: T[] = []): T[] {
  if (mine === theirs) return mine
  const b = new Map(base.map((x) => [key(x), x]))
  const m = new Map(mine.map((x) => [key(x), x]))
  const t = new Map(theirs.map((x) => [key(x), x]))
  const keep = new Set<string>()
  const pick = new Map<string, T>()
  for (const k of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const bv = b.get(k)
    const mv = m.get(k)
    const tv = t.get(k)
    if (bv === undefined) {
      // added on one side (or both: mine wins)
      const v = mv ?? tv
      if (v !== undefined) {
        keep.add(k)
        pick.set(k, v)
      }
      continue
    }
    const mineChanged = mv === undefined || !equal(mv, bv)
    const theirsChanged = tv === undefined || !equal(tv, bv)
    // Deleted on a side that the other did not touch → deleted. Edited on one side and
    // deleted on the other → the edit wins (nothing someone just typed is lost).
    let v: T | undefined
    if (mineChanged && theirsChanged && mv !== undefined && tv !== undefined) v = mergeFields(bv, mv, tv)
    else if (mineChanged) v = mv ?? (theirsChanged ? tv : undefined)
    else v = tv
    if (v !== undefined) {
      keep.add(k)
      pick.set(k, v)
    }
  }
  const order = mergeOrder(base.map(key), mine.map(key), theirs.map(key), keep)
  return order.map((k) => pick.get(k) as T)
}

const byId = (x: { id: string }) => x.id
const emotionKey = (e: { stageId: string; personaId?: string }) => `${e.stageId}|${e.personaId ?? ''}`

export function mergeBoards(base: Board, mine: Board, theirs: Board): Board {
  if (theirs === base || equal(theirs, base)) return mine
  if (mine === base || equal(mine, base)) return theirs
  const out: Keyed = {}
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])
  const b = base as unknown as Keyed
  const m = mine as unknown as Keyed
  const t = theirs as unknown as Keyed
  for (const k of keys) {
    let v: unknown
    switch (k) {
      case 'stages':
      case 'lanes':
      case 'cards':
      case 'links':
      case 'phases':
      case 'measurements':
      case 'expectations':
        v = mergeList(byId, b[k] as { id: string }[], m[k] as { id: string }[], t[k] as { id: string }[])
        break
      case 'emotions':
        v = mergeList(emotionKey, b[k] as never, m[k] as never, t[k] as never)
        break
      case 'workshop':
        v = mergeWorkshop(b[k] as never, m[k] as never, t[k] as never)
        break
      default:
        v = mergeValue(b[k], m[k], t[k])
    }
    // An optional list (phases, emotions) mine does not have stays absent when it ends empty.
    if (Array.isArray(v) && v.length === 0 && m[k] === undefined) continue
    if (v !== undefined) out[k] = v
  }
  const merged = out as unknown as Board
  return dropDanglingDots(dropDangling(merged, mine, [theirs, base]))
}

/** After a merge a card may sit on a stage the other side deleted, or a stage in two phases
 * each side put it in: drop what points nowhere, and keep a stage in one phase (mine's). */
function dropDangling(b: Board, mine: Board, others: Board[]): Board {
  b = keepCardLanes(b, [mine, ...others])
  const stages = new Set(b.stages.map((s) => s.id))
  const lanes = new Set(b.lanes.map((l) => l.id))
  const cardsOk = b.cards.every((c) => stages.has(c.stageId) && lanes.has(c.laneId))
  const cards = cardsOk ? b.cards : b.cards.filter((c) => stages.has(c.stageId) && lanes.has(c.laneId))
  const cardIds = new Set(cards.map((c) => c.id))
  // Both sides may have drawn the same arrow (under two ids): keep one.
  const pairs = new Set<string>()
  const linkOk = (l: Board['links'][number]) => {
    const pair = `${l.from}\u0000${l.to}`
    if (!cardIds.has(l.from) || !cardIds.has(l.to) || pairs.has(pair)) return false
    pairs.add(pair)
    return true
  }
  const linksOk = b.links.every(linkOk)
  pairs.clear()
  const links = linksOk ? b.links : b.links.filter(linkOk)
  const emotionsOk = (b.emotions ?? []).every((e) => stages.has(e.stageId))
  // A score of a card or stage the other side deleted goes with it.
  const measured = (m: { cardId?: string; stageId?: string }) =>
    (m.cardId === undefined || cardIds.has(m.cardId)) && (m.stageId === undefined || stages.has(m.stageId))
  const measurementsOk = (b.measurements ?? []).every(measured)
  // A stage listed by two phases stays in the one mine put it in (else the first).
  const home = new Map<string, string>()
  for (const p of mine.phases ?? []) for (const s of p.stageIds) home.set(s, p.id)
  for (const p of b.phases ?? []) for (const s of p.stageIds) if (!b.phases!.some((q) => q.id === home.get(s) && q.stageIds.includes(s))) home.set(s, p.id)
  const phaseOk = (p: { id: string }, s: string) => stages.has(s) && home.get(s) === p.id
  const phasesOk = (b.phases ?? []).every((p) => p.stageIds.every((s) => phaseOk(p, s)) && new Set(p.stageIds).size === p.stageIds.length)
  if (cardsOk && linksOk && emotionsOk && phasesOk && measurementsOk) return b
  const out = { ...b, cards, links }
  if (!measurementsOk) out.measurements = b.measurements!.filter(measured)
  if (!emotionsOk) out.emotions = b.emotions!.filter((e) => stages.has(e.stageId))
  if (!phasesOk) out.phases = b.phases!.map((p) => ({ ...p, stageIds: [...new Set(p.stageIds.filter((s) => phaseOk(p, s)))] }))
  return out
}

/** One side turned an empty lane into a line while the other put a card in it: the lane
 * keeps a role that holds cards (as the operations refuse to turn a lane with cards into a line). */
function keepCardLanes(b: Board, sides: Board[]): Board {
  const used = new Set(b.cards.map((c) => c.laneId))
  if (b.lanes.every((l) => holdsCards(l.role) || !used.has(l.id))) return b
  const lanes = b.lanes.map((l) => {
    if (holdsCards(l.role) || !used.has(l.id)) return l
    const role = sides.map((s) => s.lanes.find((x) => x.id === l.id)?.role).find((r) => r !== undefined && holdsCards(r))
    return { ...l, role: role ?? 'notes' }
  })
  return { ...b, lanes }
}

export interface FieldConflict {
  /** Which list the record is in ('cards', 'stages', 'lanes', 'links', 'phases', 'measurements') or 'board'. */
  list: string
  id: string
  field: string
  base: unknown
  mine: unknown
  theirs: unknown
}

const LISTS = ['cards', 'stages', 'lanes', 'links', 'phases', 'measurements'] as const
/** Text fields a user types: the ones worth telling someone about when their version lost. */
const TEXT_FIELDS = new Set(['text', 'name', 'label', 'title', 'situation'])

/**
 * The typed texts that both sides changed to different values since `base`: in
 * `mergeBoards(base, mine, theirs)`, mine's version of each is kept and theirs' is replaced.
 */
export function conflictingTexts(base: Board, mine: Board, theirs: Board): FieldConflict[] {
  const out: FieldConflict[] = []
  const check = (list: string, id: string, b: Keyed | undefined, m: Keyed | undefined, t: Keyed | undefined) => {
    if (!b || !m || !t) return
    for (const field of TEXT_FIELDS) {
      const bv = b[field]
      const mv = m[field]
      const tv = t[field]
      if (!equal(mv, bv) && !equal(tv, bv) && !equal(mv, tv)) out.push({ list, id, field, base: bv, mine: mv, theirs: tv })
    }
  }
  check('board', base.id, base as unknown as Keyed, mine as unknown as Keyed, theirs as unknown as Keyed)
  for (const list of LISTS) {
    const bl = (base[list] ?? []) as { id: string }[]
    if (bl.length === 0) continue
    const ml = new Map(((mine[list] ?? []) as { id: string }[]).map((x) => [x.id, x]))
    const tl = new Map(((theirs[list] ?? []) as { id: string }[]).map((x) => [x.id, x]))
    for (const b of bl) {
      const m = ml.get(b.id)
      const t = tl.get(b.id)
      if (m !== b && t !== b) check(list, b.id, b as unknown as Keyed, m as unknown as Keyed, t as unknown as Keyed)
    }
  }
  return out
}
