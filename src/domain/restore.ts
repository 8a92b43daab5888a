// One path that every board goes through before the editor sees it — read from IndexedDB,
// received from another tab, recovered from the journal — so that nothing the editor holds
// is ever trusted as is. Every field is normalised (after Excalidraw's `restore`): unknown
// fields are left behind, bad values are dropped or clamped, duplicate ids re-issued, and
// what points nowhere is dropped. Each card, stage or link is restored on its own, so one
// bad record never loses a board. What was repaired is returned as warnings.
// (Imported files are *validated* instead, and refused when wrong: see features/io.)
import { normaliseEmotion } from './methods/emotion'
import { newId } from './id'
import { restoreWorkshop } from './workshop/restore'
import type { Board, Card, CardTag, EmotionPoint, Expectation, Fmea, Id, Lane, LaneRole, Link, Measurement, Phase, Stage } from './types'
import { BOARD_KINDS, CARD_TAGS, LANE_ROLES, MEASUREMENT_FREQUENCIES, holdsCards } from './types'

export const LIMITS = {
  title: 500,
  name: 500,
  text: 10_000,
  label: 500,
  durationMinutes: 525_600, // a year
  votes: 10_000,
  threshold: 1000,
} as const

export type RestoreCode =
  | 'unreadable'
  | 'kind'
  | 'stageDropped'
  | 'laneDropped'
  | 'laneRole'
  | 'idReissued'
  | 'cardDropped'
  | 'cardField'
  | 'textCut'
  | 'linkDropped'
  | 'phaseRepaired'
  | 'emotionDropped'
  | 'listDropped'
  | 'clamped'
  | 'measurementDropped'
  | 'workshopRepaired'
  | 'expectationDropped'

export interface RestoreWarning {
  code: RestoreCode
  count: number
}

export interface RestoreResult {
  board: Board
  warnings: RestoreWarning[]
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined)
const HEX = /^#[0-9a-fA-F]{6}$/
/** Keys that reach an object's prototype: never kept as a record's own keys. */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

class Repairs {
  private counts = new Map<RestoreCode, number>()
  add(code: RestoreCode, n = 1): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + n)
  }
  list(): RestoreWarning[] {
    return [...this.counts].map(([code, count]) => ({ code, count }))
  }
}

function cut(text: string, max: number, r: Repairs): string {
  if (text.length <= max) return text
  r.add('textCut')
  return text.slice(0, max)
}

/** A unique, non-empty id: the record's own, or a fresh one when it is missing or taken. */
function uniqueId(v: unknown, seen: Set<Id>, prefix: string, r: Repairs): Id {
  const id = typeof v === 'string' && v !== '' && v.length <= 200 ? v : undefined
  if (id !== undefined && !seen.has(id)) {
    seen.add(id)
    return id
  }
  r.add('idReissued')
  let next = newId(prefix)
  while (seen.has(next)) next = newId(prefix)
  seen.add(next)
  return next
}

/** A whole number in [min, max]; a finite number outside is brought in (and counted), anything else is undefined. */
function intIn(v: unknown, min: number, max: number, r: Repairs): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined
  const n = Math.max(min, Math.min(max, Math.round(v)))
  if (n !== v) r.add('clamped')
  return n
}

/** A record's list, or none; a value that is not a list is counted as a list lost. */
function listOf(v: unknown, r: Repairs): unknown[] {
  if (Array.isArray(v)) return v
  if (v !== undefined && v !== null) r.add('listDropped')
  return []
}

function restoreFmea(v: unknown, r: Repairs): Fmea | undefined {
  if (!isObj(v)) return undefined
  const score = (x: unknown) => intIn(x, 1, 10, r)
  const severity = score(v.severity)
  const probability = score(v.probability)
  const detection = score(v.detection)
  if (severity === undefined || probability === undefined || detection === undefined) {
    r.add('cardField')
    return undefined
  }
  const f: Fmea = { failure: cut(str(v.failure) ?? '', LIMITS.text, r), severity, probability, detection }
  const cause = str(v.cause)
  if (cause) f.cause = cut(cause, LIMITS.text, r)
  const actions = str(v.actions)
  if (actions) f.actions = cut(actions, LIMITS.text, r)
  if (isObj(v.revised)) {
    const s = score(v.revised.severity)
    const p = score(v.revised.probability)
    const d = score(v.revised.detection)
    if (s !== undefined && p !== undefined && d !== undefined) f.revised = { severity: s, probability: p, detection: d }
    else r.add('cardField')
  }
  return f
}

function restoreCard(v: Obj, id: Id, r: Repairs): Card {
  const card: Card = { id, stageId: v.stageId as Id, laneId: v.laneId as Id, text: cut(str(v.text) ?? '', LIMITS.text, r) }
  const bad = () => r.add('cardField')
  if (v.tag !== undefined) (CARD_TAGS as readonly unknown[]).includes(v.tag) ? (card.tag = v.tag as CardTag) : bad()
  if (v.evidence !== undefined) v.evidence === 'fact' || v.evidence === 'assumption' ? (card.evidence = v.evidence) : bad()
  if (v.moment !== undefined) v.moment === 'positive' || v.moment === 'negative' ? (card.moment = v.moment) : bad()
  if (v.failPoint === true) card.failPoint = true
  if (v.waitPoint === true) card.waitPoint = true
  if (v.durationMinutes !== undefined) {
    const d = v.durationMinutes
    if (typeof d === 'number' && Number.isFinite(d) && d >= 0) {
      card.durationMinutes = Math.min(d, LIMITS.durationMinutes)
      if (d > LIMITS.durationMinutes) r.add('clamped')
    } else bad()
  }
  if (v.votes !== undefined) {
    const n = intIn(v.votes, 0, LIMITS.votes, r)
    if (n === undefined) bad()
    else if (n > 0) card.votes = n
  }
  if (v.color !== undefined) typeof v.color === 'string' && HEX.test(v.color) ? (card.color = v.color.toLowerCase()) : bad()
  if (v.fmea !== undefined) {
    const f = restoreFmea(v.fmea, r)
    if (f) card.fmea = f
  }
  if (typeof v.authorId === 'string' && v.authorId && v.authorId.length <= 200) card.authorId = v.authorId
  if (typeof v.roundId === 'string' && v.roundId && v.roundId.length <= 200) card.roundId = v.roundId
  return card
}

const num = (v: unknown, min: number, max: number): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined)

/** One measured score, or null when it cannot be one (no metric, no period, bad numbers). */
function restoreMeasurement(v: Obj, id: Id, r: Repairs): Measurement | null {
  const metric = str(v.metric)?.trim()
  const period = str(v.period)?.trim()
  if (!metric || metric.length > 100 || !period || period.length > 40) return null
  const m: Measurement = { id, metric, period }
  if (typeof v.cardId === 'string') m.cardId = v.cardId
  if (typeof v.stageId === 'string') m.stageId = v.stageId
  const n = num(v.n, 0, 1e9)
  if (n !== undefined) m.n = Math.round(n)
  const value = num(v.value, -1e9, 1e9)
  if (value !== undefined) m.value = value
  const target = num(v.target, -1e9, 1e9)
  if (target !== undefined) m.target = target
  if (isObj(v.counts)) {
    const entries = Object.entries(v.counts).filter(([k, c]) => k.length <= 20 && !PROTO_KEYS.has(k) && num(c, 0, 1e9) !== undefined)
    if (entries.length !== Object.keys(v.counts).length || entries.length > 200) r.add('clamped')
    if (entries.length) m.counts = Object.fromEntries(entries.slice(0, 200).map(([k, c]) => [k, Math.round(c as number)]))
  }
  const source = str(v.source)
  if (source) m.source = cut(source, LIMITS.name, r)
  const scale = str(v.scale)
  if (scale && scale.length <= 20) m.scale = scale
  if (v.relational === true) m.relational = true
  if (v.method === 'top2' || v.method === 'mean') m.method = v.method
  const unit = str(v.unit)
  if (unit && unit.length <= 40) m.unit = unit
  if (v.direction === 'higher' || v.direction === 'lower') m.direction = v.direction
  if ((MEASUREMENT_FREQUENCIES as readonly unknown[]).includes(v.frequency)) m.frequency = v.frequency as Measurement['frequency']
  return m
}

/** Restore a stored or received board. Never throws; `fallback` names a board that cannot be read at all. */
export function restoreBoard(raw: unknown, fallback: { id?: Id; title?: string } = {}): RestoreResult {
  const r = new Repairs()
  if (!isObj(raw)) {
    r.add('unreadable')
    const board: Board = { id: fallback.id ?? newId('b_'), title: fallback.title ?? '', kind: 'journey', stages: [], lanes: [], cards: [], links: [] }
    return { board, warnings: r.list() }
  }
  // Ids are unique within each kind of record (stages, lanes, cards, links): references are
  // always to one kind, so a card may share its id with a lane without harm.
  const id = typeof raw.id === 'string' && raw.id !== '' && raw.id.length <= 200 ? raw.id : (fallback.id ?? uniqueId(undefined, new Set(), 'b_', r))
  let kind = raw.kind as Board['kind']
  if (!(BOARD_KINDS as readonly unknown[]).includes(kind)) {
    kind = 'journey'
    r.add('kind')
  }

  const stages: Stage[] = []
  const stageSeen = new Set<Id>()
  for (const s of listOf(raw.stages, r)) {
    if (!isObj(s)) {
      r.add('stageDropped')
      continue
    }
    const stage: Stage = { id: uniqueId(s.id, stageSeen, 's_', r), name: cut(str(s.name) ?? '', LIMITS.name, r) }
    const description = str(s.description)
    if (description) stage.description = cut(description, LIMITS.text, r)
    if (s.moment === 'positive' || s.moment === 'negative') stage.moment = s.moment
    stages.push(stage)
  }
  const stageIds = new Set(stages.map((s) => s.id))

  const lanes: Lane[] = []
  const laneSeen = new Set<Id>()
  for (const l of listOf(raw.lanes, r)) {
    if (!isObj(l)) {
      r.add('laneDropped')
      continue
    }
    let role = l.role as LaneRole
    if (!(LANE_ROLES as readonly unknown[]).includes(role)) {
      role = 'notes'
      r.add('laneRole')
    }
    lanes.push({ id: uniqueId(l.id, laneSeen, 'l_', r), name: cut(str(l.name) ?? '', LIMITS.name, r), role })
  }
  const laneRoles = new Map(lanes.map((l) => [l.id, l.role]))

  const cards: Card[] = []
  const cardSeen = new Set<Id>()
  for (const c of listOf(raw.cards, r)) {
    try {
      if (!isObj(c) || !stageIds.has(c.stageId as Id) || !holdsCards(laneRoles.get(c.laneId as Id) ?? 'line-visibility')) {
        r.add('cardDropped')
        continue
      }
      cards.push(restoreCard(c, uniqueId(c.id, cardSeen, 'c_', r), r))
    } catch {
      r.add('cardDropped')
    }
  }
  const cardIds = new Set(cards.map((c) => c.id))

  const links: Link[] = []
  const pairs = new Set<string>()
  const linkSeen = new Set<Id>()
  for (const l of listOf(raw.links, r)) {
    if (!isObj(l) || !cardIds.has(l.from as Id) || !cardIds.has(l.to as Id) || l.from === l.to || pairs.has(`${l.from}>${l.to}`)) {
      r.add('linkDropped')
      continue
    }
    pairs.add(`${l.from}>${l.to}`)
    const link: Link = { id: uniqueId(l.id, linkSeen, 'a_', r), from: l.from as Id, to: l.to as Id }
    const label = str(l.label)
    if (label) link.label = cut(label, LIMITS.label, r)
    links.push(link)
  }

  const board: Board = { id, title: cut(str(raw.title) ?? fallback.title ?? '', LIMITS.title, r), kind, stages, lanes, cards, links }
  if (raw.locale === 'fr' || raw.locale === 'en') board.locale = raw.locale

  if (Array.isArray(raw.personaIds)) {
    const personaIds = [...new Set(raw.personaIds.filter((p): p is string => typeof p === 'string' && p !== '' && p.length <= 200))]
    if (personaIds.length) board.personaIds = personaIds
  }

  if (Array.isArray(raw.phases)) {
    const phases: Phase[] = []
    const placed = new Set<Id>() // a stage belongs to one phase at most
    const phaseIds = new Set<Id>()
    for (const p of raw.phases) {
      if (!isObj(p)) {
        r.add('phaseRepaired')
        continue
      }
      const list = Array.isArray(p.stageIds) ? p.stageIds : []
      const kept: Id[] = []
      for (const s of list) {
        if (typeof s !== 'string' || !stageIds.has(s) || placed.has(s)) continue
        placed.add(s)
        kept.push(s)
      }
      if (kept.length !== list.length) r.add('phaseRepaired')
      phases.push({ id: uniqueId(p.id, phaseIds, 'p_', r), name: cut(str(p.name) ?? '', LIMITS.name, r), stageIds: kept })
    }
    if (phases.length) board.phases = phases
  }

  if (Array.isArray(raw.emotions)) {
    const byKey = new Map<string, EmotionPoint>()
    for (const e of raw.emotions) {
      const value = isObj(e) && typeof e.value === 'number' ? normaliseEmotion(e.value) : null
      if (!isObj(e) || !stageIds.has(e.stageId as Id) || value === null) {
        r.add('emotionDropped')
        continue
      }
      const point: EmotionPoint = { stageId: e.stageId as Id, value }
      if (typeof e.personaId === 'string' && e.personaId && e.personaId.length <= 200) point.personaId = e.personaId
      byKey.set(`${point.stageId}|${point.personaId ?? ''}`, point) // the last one wins
    }
    if (byKey.size) board.emotions = [...byKey.values()]
  }

  if (raw.measurements !== undefined) {
    const measurements: Measurement[] = []
    const seen = new Set<Id>()
    for (const v of listOf(raw.measurements, r)) {
      const m = isObj(v) ? restoreMeasurement(v, uniqueId(v.id, seen, 'm_', r), r) : null
      if (!m || (m.cardId !== undefined && !cardIds.has(m.cardId)) || (m.stageId !== undefined && !stageIds.has(m.stageId))) {
        r.add('measurementDropped')
        continue
      }
      measurements.push(m)
    }
    if (measurements.length) board.measurements = measurements
  }

  const workshop = restoreWorkshop(raw.workshop, { stageIds, laneIds: new Set(lanes.map((l) => l.id)), cardIds }, () => r.add('workshopRepaired'))
  if (workshop) board.workshop = workshop
  // the customer mapping's expectations (a link to a card that is gone is dropped, the expectation kept)
  if (raw.expectations !== undefined) {
    const expectations: Expectation[] = []
    const seen = new Set<Id>()
    for (const v of listOf(raw.expectations, r)) {
      const name = isObj(v) ? str(v.name) : undefined
      if (!isObj(v) || name === undefined) {
        r.add('expectationDropped')
        continue
      }
      const e: Expectation = { id: uniqueId(v.id, seen, 'x_', r), name: cut(name, LIMITS.name, r) }
      const importance = num(v.importance, 1, 10)
      if (importance !== undefined) e.importance = importance
      const satisfaction = num(v.satisfaction, 1, 10)
      if (satisfaction !== undefined) e.satisfaction = satisfaction
      if (typeof v.cardId === 'string' && cardIds.has(v.cardId)) e.cardId = v.cardId
      expectations.push(e)
    }
    if (expectations.length) board.expectations = expectations
  }
  if (raw.mappingSplit === 'median') board.mappingSplit = 'median'
  if (raw.scoreSymbols === 'smiley' || raw.scoreSymbols === 'weather') board.scoreSymbols = raw.scoreSymbols

  const threshold = intIn(raw.fmeaThreshold, 1, LIMITS.threshold, r)
  if (threshold !== undefined) board.fmeaThreshold = threshold
  const situation = str(raw.situation)
  if (situation) board.situation = cut(situation, LIMITS.text, r)

  return { board, warnings: r.list() }
}
