// The board as a Yjs document, for live sessions on several devices. The board stays a plain
// JSON document everywhere else (store, undo, IndexedDB, files); this module maps it to a Y.Doc
// and back, so that Yjs — an existing CRDT engine — merges what the devices do:
//   meta            Y.Map   the board's own fields (title, kind, locale, personaIds, workshop…)
//   c:<list>        Y.Map   one per keyed list (stages, lanes, cards, links, phases, emotions,
//                           measurements…): record id → Y.Map of the record's fields, plus `_o`,
//                           its place in the list (a fractional index), so two devices adding or
//                           moving records never undo each other.
// Writes are diffs between the last board synchronised with the document and the new one: only
// what this device changed is written, so a change another device made meanwhile is never
// overwritten by a stale copy. Fields merge one by one (a text typed here, a tag set there).
import * as Y from 'yjs'
import { generateNKeysBetween } from 'fractional-indexing'
import type { Board, Card } from '../domain/types'

type Rec = Record<string, unknown>
const ORDER = '_o'

/** Lists of records merged record by record, and how each record is known. */
export const KEYED_LISTS: Record<string, (r: Rec) => string> = {
  stages: (r) => r.id as string,
  lanes: (r) => r.id as string,
  cards: (r) => r.id as string,
  links: (r) => r.id as string,
  phases: (r) => r.id as string,
  emotions: (r) => `${r.stageId as string}|${(r.personaId as string | undefined) ?? ''}`,
  measurements: (r) => r.id as string,
}
const byId = (r: Rec) => r.id as string
/**
 * Objects of the board whose lists merge record by record too (keyed by id), each kept as
 * `n:<key>` (its other fields, whole values) and `c:<key>.<list>` maps: a workshop's
 * participants, rounds, votings and dots (two people voting at the same moment keep both dots).
 */
export const NESTED: Record<string, readonly string[]> = {
  workshop: ['participants', 'rounds', 'votings', 'dots'],
}
const PRESENT = '_present'
const LIST_MARK = '_list:'
/** Lists every board has, even empty. */
const REQUIRED = new Set(['stages', 'lanes', 'cards', 'links'])

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => equal(x, (b as unknown[])[i]))
  const ka = Object.keys(a).filter((k) => (a as Rec)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Rec)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => equal((a as Rec)[k], (b as Rec)[k]))
}

const plain = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))
const listMap = (doc: Y.Doc, key: string) => doc.getMap<Y.Map<unknown>>(`c:${key}`)

/** Keys of the records in the order they hold in the document (by `_o`, then id). */
function orderedEntries(ymap: Y.Map<Y.Map<unknown>>): { id: string; o: string; y: Y.Map<unknown> }[] {
  const out: { id: string; o: string; y: Y.Map<unknown> }[] = []
  ymap.forEach((y, id) => {
    if (y instanceof Y.Map) out.push({ id, o: String(y.get(ORDER) ?? ''), y })
  })
  out.sort((a, b) => (a.o < b.o ? -1 : a.o > b.o ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return out
}

/** Indices of a longest strictly increasing run of `keys` (undefined never counts). */
function longestIncreasing(keys: (string | undefined)[]): Set<number> {
  const tails: number[] = []
  const prev: number[] = new Array(keys.length).fill(-1)
  keys.forEach((k, i) => {
    if (k === undefined) return
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((keys[tails[mid]] as string) < k) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]
    tails[lo] = i
  })
  const keep = new Set<number>()
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i)
  return keep
}

/** Give the records of `ids` order keys that put them in this order, moving as few as possible. */
function placeInOrder(ymap: Y.Map<Y.Map<unknown>>, ids: string[]): void {
  const keys = ids.map((id) => {
    const o = ymap.get(id)?.get(ORDER)
    return typeof o === 'string' && o !== '' ? o : undefined
  })
  const keep = longestIncreasing(keys)
  if (keep.size === ids.length) return
  let i = 0
  while (i < ids.length) {
    if (keep.has(i)) {
      i++
      continue
    }
    let j = i
    while (j < ids.length && !keep.has(j)) j++
    const before = i > 0 ? (keys[i - 1] as string) : null
    const after = j < ids.length ? (keys[j] as string) : null
    const fresh = generateNKeysBetween(before, after, j - i)
    for (let k = i; k < j; k++) {
      ymap.get(ids[k])!.set(ORDER, fresh[k - i])
      keys[k] = fresh[k - i]
    }
    i = j
  }
}

/**
 * Write into `doc` what changed from `prev` (the last board synchronised with it; null for the
 * first write) to `next`. Call inside `doc.transact(…, origin)`.
 */
export function writeBoard(doc: Y.Doc, prev: Board | null, next: Board): void {
  const meta = doc.getMap<unknown>('meta')
  const p = (prev ?? {}) as unknown as Rec
  const n = next as unknown as Rec
  for (const key of new Set([...Object.keys(p), ...Object.keys(n)])) {
    if (key in KEYED_LISTS || key in NESTED) continue
    if (prev && p[key] === n[key]) continue
    if (n[key] === undefined) {
      if (meta.has(key)) meta.delete(key)
    } else if (!equal(meta.get(key), n[key])) meta.set(key, plain(n[key]))
  }
  for (const [key, idOf] of Object.entries(KEYED_LISTS))
    writeList(listMap(doc, key), prev ? (p[key] as Rec[] | undefined) : null, n[key] as Rec[] | undefined, idOf)
  for (const [key, lists] of Object.entries(NESTED)) {
    const before = prev ? (p[key] as Rec | undefined) : null
    const after = n[key] as Rec | undefined
    if (prev && before === after) continue
    const fields = doc.getMap<unknown>(`n:${key}`)
    const b = before ?? {}
    const a = after ?? {}
    if (after === undefined) {
      if (fields.has(PRESENT)) fields.delete(PRESENT)
    } else if (fields.get(PRESENT) !== true) fields.set(PRESENT, true)
    for (const f of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (lists.includes(f)) continue
      if (before && b[f] === a[f]) continue
      if (a[f] === undefined) {
        if (fields.has(f)) fields.delete(f)
      } else if (!equal(fields.get(f), a[f])) fields.set(f, plain(a[f]))
    }
    for (const list of lists) {
      const mark = `${LIST_MARK}${list}`
      if (Array.isArray(a[list])) {
        if (fields.get(mark) !== true) fields.set(mark, true)
      } else if (fields.has(mark) && (!before || Array.isArray(b[list]))) fields.delete(mark)
      writeList(listMap(doc, `${key}.${list}`), before ? (b[list] as Rec[] | undefined) : null, a[list] as Rec[] | undefined, byId)
    }
  }
}

/** Write one keyed list's change (`before` null: the first write). */
function writeList(ymap: Y.Map<Y.Map<unknown>>, before: Rec[] | null | undefined, after: Rec[] | undefined, idOf: (r: Rec) => string): void {
  const list = after ?? []
  if (before !== null && (before ?? []) === list) return
  if (before !== null && before === after) return
  const old = new Map((before ?? []).map((r) => [idOf(r), r]))
  const ids: string[] = []
  for (const rec of list) {
    const id = idOf(rec)
    ids.push(id)
    const was = old.get(id)
    if (was === rec && ymap.has(id)) continue
    let y = ymap.get(id)
    if (!(y instanceof Y.Map)) {
      y = new Y.Map<unknown>()
      ymap.set(id, y)
      for (const [f, v] of Object.entries(rec)) if (v !== undefined) y.set(f, plain(v))
      continue
    }
    // Only the fields this device changed: another device's change to another field stays.
    const from = was ?? {}
    for (const f of new Set([...Object.keys(from), ...Object.keys(rec)])) {
      if (f === ORDER || equal(from[f], rec[f])) continue
      if (rec[f] === undefined) y.delete(f)
      else y.set(f, plain(rec[f]))
    }
  }
  // Deleted here: only what this device had seen (a record another device just added stays).
  const kept = new Set(ids)
  for (const id of old.keys()) if (!kept.has(id) && ymap.has(id)) ymap.delete(id)
  placeInOrder(ymap, ids)
}

/** Reuse `prev`'s record objects where nothing changed (React and the undo history rely on identity). */
export function keepIdentity(prev: Board | null, next: Board): Board {
  if (!prev) return next
  const out = { ...next } as unknown as Rec
  const p = prev as unknown as Rec
  let same = true
  for (const key of new Set([...Object.keys(p), ...Object.keys(out)])) {
    const a = p[key]
    const b = out[key]
    if (key in KEYED_LISTS && Array.isArray(a) && Array.isArray(b)) {
      const idOf = KEYED_LISTS[key]
      const old = new Map((a as Rec[]).map((r) => [idOf(r), r]))
      const list = (b as Rec[]).map((r) => {
        const o = old.get(idOf(r))
        return o && equal(o, r) ? o : r
      })
      const unchanged = list.length === a.length && list.every((r, i) => r === a[i])
      out[key] = unchanged ? a : list
      if (!unchanged) same = false
    } else if (equal(a, b)) {
      if (b !== undefined) out[key] = a
    } else same = false
  }
  return same ? prev : (out as unknown as Board)
}

/** The board the document holds (not yet restored: the caller sends it through `restoreBoard`), or null when it holds none. */
export function readBoard(doc: Y.Doc): Board | null {
  const meta = doc.getMap<unknown>('meta').toJSON() as Rec
  if (typeof meta.id !== 'string') return null
  const out: Rec = { ...meta }
  for (const key of Object.keys(KEYED_LISTS)) {
    const list = readList(listMap(doc, key))
    if (list.length || REQUIRED.has(key)) out[key] = list
  }
  for (const [key, lists] of Object.entries(NESTED)) {
    const fields = doc.getMap<unknown>(`n:${key}`).toJSON() as Rec
    if (fields[PRESENT] !== true) continue
    const obj: Rec = {}
    for (const [f, v] of Object.entries(fields)) if (f !== PRESENT && !f.startsWith(LIST_MARK)) obj[f] = v
    for (const list of lists) {
      const records = readList(listMap(doc, `${key}.${list}`))
      if (records.length || fields[`${LIST_MARK}${list}`] === true) obj[list] = records
    }
    out[key] = obj
  }
  return out as unknown as Board
}

function readList(ymap: Y.Map<Y.Map<unknown>>): Rec[] {
  return orderedEntries(ymap).map(({ y }) => {
    const r = y.toJSON() as Rec
    delete r[ORDER]
    return r
  })
}

/** Does this document hold a board yet? */
export const holdsBoard = (doc: Y.Doc): boolean => typeof doc.getMap('meta').get('id') === 'string'

/**
 * A device's face-down notes (a private round's, until it is revealed) are kept apart from the
 * board, in an inbox document of their own: cards merged record by record like the board's.
 * Write what changed from `before` (null: the first write) to `after`. Call inside a transaction.
 */
export function writeCards(doc: Y.Doc, before: readonly Card[] | null, after: readonly Card[]): void {
  writeList(listMap(doc, 'cards'), before as unknown as Rec[] | null, after as unknown as Rec[], byId)
}

/** The cards an inbox document holds (not yet restored: they go through `restoreBoard` with the board). */
export const readCards = (doc: Y.Doc): Card[] => readList(listMap(doc, 'cards')) as unknown as Card[]

/** Take cards out of an inbox (they are on the board now). Call inside a transaction. */
export function dropCards(doc: Y.Doc, ids: Iterable<string>): void {
  const m = listMap(doc, 'cards')
  for (const id of ids) if (m.has(id)) m.delete(id)
}
