// The board file, `*.parcours.json` (../shared/FORMAT.md, version 1): written by
// `serializeBoardFile`, read by `parseBoardFile`. A file is validated at the boundary by a
// schema (zod) and then by its references; the first problem refuses the whole file with a
// message naming the field path and what was expected, and nothing is written. Unknown
// fields are left behind; text stays text; photos must be real PNG, JPEG or WebP images.
import { z } from 'zod'
import { LIMITS } from '../../domain/restore'
import { BOARD_KINDS, CARD_TAGS, LANE_ROLES, holdsCards, type Board, type Measurement, type Persona } from '../../domain/types'
import { t } from '../../i18n'
import { fail, type ImportFailure } from './importError'
import { repairFileWorkshop, workshopCardFields, workshopSchema } from '../workshop/fileSchema'
import './boardFileStrings'

export { formatImportError } from './importError'
export type { ImportFailure } from './importError'

export const BOARD_FORMAT = 'parcours-board'
export const BOARD_FORMAT_VERSION = 1
/** A photo is a data URL of at most this many characters (about 1.5 MB of image). */
export const PHOTO_MAX_CHARS = 2_000_000

export interface BoardFileContent {
  /** The board; its `measurements` are the file's top-level `measurements`. */
  board: Board
  personas: Persona[]
}

export type ParseResult = { ok: true; file: BoardFileContent; warnings: string[] } | ImportFailure

// ---- the schema -------------------------------------------------------------------------

const id = z.string().min(1).max(200)
const text = (max: number) => z.string().max(max)
const name = text(LIMITS.name)
const long = text(LIMITS.text)
const score = z.number().int().min(1).max(10)
const moment = z.enum(['positive', 'negative'])

const stageSchema = z.object({ id, name, description: long.optional(), moment: moment.optional() })
const laneSchema = z.object({ id, name, role: z.enum(LANE_ROLES) })
const phaseSchema = z.object({ id, name, stageIds: z.array(id).max(500) })
const fmeaSchema = z.object({
  failure: long,
  cause: long.optional(),
  severity: score,
  probability: score,
  detection: score,
  actions: long.optional(),
  revised: z.object({ severity: score, probability: score, detection: score }).optional(),
})
const cardSchema = z.object({
  id,
  stageId: id,
  laneId: id,
  text: long,
  tag: z.enum(CARD_TAGS).optional(),
  evidence: z.enum(['fact', 'assumption']).optional(),
  moment: moment.optional(),
  failPoint: z.boolean().optional(),
  waitPoint: z.boolean().optional(),
  durationMinutes: z.number().min(0).max(LIMITS.durationMinutes).optional(),
  votes: z.number().int().min(0).max(LIMITS.votes).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  fmea: fmeaSchema.optional(),
  ...workshopCardFields,
})
const linkSchema = z.object({ id, from: id, to: id, label: text(LIMITS.label).optional() })
const emotionSchema = z.object({ stageId: id, value: z.number().min(-3).max(3), personaId: id.optional() })

const boardSchema = z.object({
  id,
  title: text(LIMITS.title),
  kind: z.enum(BOARD_KINDS),
  locale: z.enum(['fr', 'en']).optional(),
  personaIds: z.array(id).max(100).optional(),
  phases: z.array(phaseSchema).max(500).optional(),
  stages: z.array(stageSchema).max(500),
  lanes: z.array(laneSchema).max(200),
  cards: z.array(cardSchema).max(20_000),
  links: z.array(linkSchema).max(20_000),
  emotions: z.array(emotionSchema).max(5_000).optional(),
  fmeaThreshold: z.number().int().min(1).max(LIMITS.threshold).optional(),
  situation: long.optional(),
  workshop: workshopSchema.optional(),
  // the customer mapping and the score badges' style (additions to format v1)
  expectations: z
    .array(z.object({ id, name, importance: z.number().min(1).max(10).optional(), satisfaction: z.number().min(1).max(10).optional(), cardId: id.optional() }))
    .max(1_000)
    .optional(),
  mappingSplit: z.enum(['middle', 'median']).optional(),
  scoreSymbols: z.enum(['traffic', 'smiley', 'weather']).optional(),
})

const list = z.array(text(2_000)).max(100)
export const personaSchema = z.object({
  id,
  name,
  role: name.optional(),
  age: z.number().int().min(0).max(150).optional(),
  summary: long.optional(),
  quote: long.optional(),
  goals: list.optional(),
  frustrations: list.optional(),
  behaviours: list.optional(),
  digital: long.optional(),
  primary: z.boolean().optional(),
  photo: z.string().max(PHOTO_MAX_CHARS).optional(),
})

/** Answer counts of one measurement (an NPS has 11): at most this many, as restore keeps. */
const MAX_COUNTS = 200

const measurementSchema = z.object({
  id,
  cardId: id.optional(),
  stageId: id.optional(),
  metric: z.string().min(1).max(100),
  period: z.string().min(1).max(40),
  n: z.number().int().min(0).max(1e9).optional(),
  value: z.number().min(-1e9).max(1e9).optional(),
  counts: z
    .record(z.string().max(20), z.number().int().min(0).max(1e9))
    .refine((c) => Object.keys(c).length <= MAX_COUNTS, { params: { tooMany: MAX_COUNTS } })
    .optional(),
  target: z.number().min(-1e9).max(1e9).optional(),
  source: name.optional(),
  scale: z.string().max(20).optional(),
  relational: z.boolean().optional(),
  method: z.enum(['top2', 'mean']).optional(),
  unit: z.string().max(40).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  frequency: z.enum(['once', 'periodic', 'continuous']).optional(),
})

const envelopeSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.number(),
  exportedAt: z.string().max(100).optional(),
  board: boardSchema,
  personas: z.array(personaSchema).max(100).optional(),
  measurements: z.array(measurementSchema).max(100_000).optional(),
})

// ---- messages -----------------------------------------------------------------------------

type PathPart = PropertyKey

/** `board.cards[3].stageId` */
export function formatPath(path: readonly PathPart[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out
}

const join = (prefix: string, path: string) => (prefix && path ? (path.startsWith('[') ? prefix + path : `${prefix}.${path}`) : prefix || path)

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let v = data
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** What was found, in words: "nothing", "the number 42", "the text “abc”"… */
export function describe(v: unknown): string {
  if (v === undefined) return t('io.found.nothing')
  if (v === null) return t('io.found.null')
  if (typeof v === 'string') return t('io.found.text', { value: v.length > 40 ? v.slice(0, 40) + '…' : v, count: v.length })
  if (typeof v === 'number') return t('io.found.number', { value: v })
  if (typeof v === 'boolean') return t('io.found.boolean', { value: String(v) })
  if (Array.isArray(v)) return t('io.found.list', { count: v.length })
  return t('io.found.object')
}

function fromZod(issue: z.core.$ZodIssue, data: unknown, prefix: string): ImportFailure {
  const path = join(prefix, formatPath(issue.path))
  const found = describe(valueAt(data, issue.path))
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return fail('notInteger', path, { found })
      return fail('type', path, { expected: t(`io.expected.${issue.expected}`, { defaultValue: String(issue.expected) }), found })
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return fail('tooLong', path, { max, length: String(valueAt(data, issue.path) ?? '').length })
      if (issue.origin === 'array') return fail('tooMany', path, { max, count: (valueAt(data, issue.path) as unknown[]).length })
      return fail('tooLarge', path, { max, found })
    }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return fail('empty', path)
      return fail('tooSmall', path, { min, found })
    }
    case 'invalid_value':
      return fail('oneOf', path, { values: issue.values.map((v) => JSON.stringify(v)).join(', '), found })
    case 'invalid_format':
      return fail('color', path, { found })
    case 'custom':
      if (issue.params?.tooMany) return fail('tooMany', path, { max: issue.params.tooMany, count: Object.keys(valueAt(data, issue.path) ?? {}).length })
      return fail('invalid', path, { found })
    default:
      return fail('invalid', path, { found })
  }
}

// ---- checks beyond the schema ---------------------------------------------------------------

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Lists and objects nested deeper than this are refused: a board file needs 7 levels (a
 * backup 9), and every reader after the parse (checks, restore, JSON.stringify) recurses.
 */
export const MAX_JSON_DEPTH = 64

type Walk = { problem: 'forbiddenKey'; path: PathPart[]; key: string } | { problem: 'tooDeep'; path: PathPart[] } | null

/**
 * A key that could reach an object's prototype, anywhere in the file, or nesting deeper than
 * MAX_JSON_DEPTH. Walked with a stack of its own, so no depth of input can overflow the call
 * stack (data may come parsed from elsewhere than `readJson`).
 */
function walkKeys(data: unknown): Walk {
  const stack: { value: unknown; path: PathPart[] }[] = [{ value: data, path: [] }]
  while (stack.length) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (path.length >= MAX_JSON_DEPTH) return { problem: 'tooDeep', path }
    const keys: PathPart[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
    for (const k of keys) if (typeof k === 'string' && FORBIDDEN_KEYS.has(k)) return { problem: 'forbiddenKey', path, key: k }
    // in reverse, so the first problem in reading order is the one named
    for (let i = keys.length - 1; i >= 0; i--) {
      const v = (value as Record<PropertyKey, unknown>)[keys[i]]
      if (typeof v === 'object' && v !== null) stack.push({ value: v, path: [...path, keys[i]] })
    }
  }
  return null
}

/**
 * Where the JSON text nests lists and objects deeper than `max` (the index of the bracket
 * that goes too deep), or -1. One pass over the characters, before anything is parsed.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash escapes the next character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return -1
}

/** Line and column (from 1) of a character of `text`. */
function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: index - start + 1 }
}

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp);base64,([A-Za-z0-9+/]*={0,2})$/

function decodeHead(b64: string, bytes: number): Uint8Array {
  const chunk = b64.slice(0, Math.ceil(bytes / 3) * 4)
  const bin = atob(chunk)
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

/** Why a photo is refused, or null when it is a real PNG, JPEG or WebP image. */
export function photoProblem(photo: string): { code: string; params?: Record<string, string | number> } | null {
  if (photo.length > PHOTO_MAX_CHARS)
    return { code: 'photoSize', params: { size: Math.round((photo.length * 0.75) / 1024), max: Math.round((PHOTO_MAX_CHARS * 0.75) / 1024) } }
  const m = IMAGE_DATA_URL.exec(photo)
  if (!m || m[2].length % 4 !== 0) return { code: 'photoType', params: { found: describe(photo.slice(0, 40)) } }
  let head: Uint8Array
  try {
    head = decodeHead(m[2], 12)
  } catch {
    return { code: 'photoContent', params: { type: m[1].toUpperCase() } }
  }
  const is = (sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b)
  const ok =
    (m[1] === 'png' && is([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    (m[1] === 'jpeg' && is([0xff, 0xd8, 0xff])) ||
    (m[1] === 'webp' && is([0x52, 0x49, 0x46, 0x46]) && is([0x57, 0x45, 0x42, 0x50], 8))
  return ok ? null : { code: 'photoContent', params: { type: m[1].toUpperCase() } }
}

function duplicate<T extends { id: string }>(items: readonly T[], path: string): ImportFailure | null {
  const seen = new Set<string>()
  for (const [i, x] of items.entries()) {
    if (seen.has(x.id)) return fail('duplicateId', `${path}[${i}].id`, { id: x.id })
    seen.add(x.id)
  }
  return null
}

/** References inside the file: every id unique, every reference to something in the file. */
function checkReferences(f: BoardFileContent, prefix: string): ImportFailure | null {
  const p = (s: string) => join(prefix, s)
  const b = f.board
  // ids are unique within each kind of record (references always name one kind)
  const lists: [readonly { id: string }[], string][] = [
    [b.stages, 'board.stages'],
    [b.lanes, 'board.lanes'],
    [b.cards, 'board.cards'],
    [b.links, 'board.links'],
  ]
  for (const [list, path] of lists) {
    const dup = duplicate(list, p(path))
    if (dup) return dup
  }
  const stages = new Set(b.stages.map((s) => s.id))
  const lanes = new Map(b.lanes.map((l) => [l.id, l.role]))
  for (const [i, c] of b.cards.entries()) {
    if (!stages.has(c.stageId)) return fail('unknownStage', p(`board.cards[${i}].stageId`), { id: c.stageId })
    const role = lanes.get(c.laneId)
    if (!role) return fail('unknownLane', p(`board.cards[${i}].laneId`), { id: c.laneId })
    if (!holdsCards(role)) return fail('cardInLine', p(`board.cards[${i}].laneId`), { id: c.laneId, role: t(`role.${role}`) })
  }
  const cards = new Set(b.cards.map((c) => c.id))
  const pairs = new Set<string>()
  for (const [i, l] of b.links.entries()) {
    if (!cards.has(l.from)) return fail('unknownCard', p(`board.links[${i}].from`), { id: l.from })
    if (!cards.has(l.to)) return fail('unknownCard', p(`board.links[${i}].to`), { id: l.to })
    if (l.from === l.to) return fail('selfLink', p(`board.links[${i}]`))
    if (pairs.has(`${l.from}>${l.to}`)) return fail('duplicateLink', p(`board.links[${i}]`))
    pairs.add(`${l.from}>${l.to}`)
  }
  const inPhase = new Set<string>()
  for (const [i, ph] of (b.phases ?? []).entries()) {
    for (const [j, s] of ph.stageIds.entries()) {
      if (!stages.has(s)) return fail('unknownStage', p(`board.phases[${i}].stageIds[${j}]`), { id: s })
      if (inPhase.has(s)) return fail('stageInTwoPhases', p(`board.phases[${i}].stageIds[${j}]`), { id: s })
      inPhase.add(s)
    }
  }
  const phaseDup = duplicate(b.phases ?? [], p('board.phases'))
  if (phaseDup) return phaseDup
  for (const [i, e] of (b.emotions ?? []).entries())
    if (!stages.has(e.stageId)) return fail('unknownStage', p(`board.emotions[${i}].stageId`), { id: e.stageId })
  const expectationDup = duplicate(b.expectations ?? [], p('board.expectations'))
  if (expectationDup) return expectationDup
  for (const [i, e] of (b.expectations ?? []).entries())
    if (e.cardId !== undefined && !cards.has(e.cardId)) return fail('unknownCard', p(`board.expectations[${i}].cardId`), { id: e.cardId })
  const personaDup = duplicate(f.personas, p('personas'))
  if (personaDup) return personaDup
  for (const [i, persona] of f.personas.entries()) {
    if (persona.photo === undefined) continue
    const problem = photoProblem(persona.photo)
    if (problem) return fail(problem.code, p(`personas[${i}].photo`), problem.params)
  }
  const measurements = b.measurements ?? []
  const mDup = duplicate(measurements, p('measurements'))
  if (mDup) return mDup
  for (const [i, m] of measurements.entries()) {
    if (m.cardId !== undefined && !cards.has(m.cardId)) return fail('unknownCard', p(`measurements[${i}].cardId`), { id: m.cardId })
    if (m.stageId !== undefined && !stages.has(m.stageId)) return fail('unknownStage', p(`measurements[${i}].stageId`), { id: m.stageId })
  }
  return null
}

// ---- reading and writing --------------------------------------------------------------------

/** Validate already-parsed JSON as a board file; `prefix` goes in front of every path (a backup's `boards[2]`). */
export function validateBoardFileData(data: unknown, prefix = ''): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('notObject', prefix || undefined, { found: describe(data) })
  const bad = walkKeys(data)
  if (bad?.problem === 'forbiddenKey') return fail('forbiddenKey', join(prefix, formatPath(bad.path)) || undefined, { key: bad.key })
  if (bad?.problem === 'tooDeep') return fail('tooDeepData', join(prefix, formatPath(bad.path)) || undefined, { max: MAX_JSON_DEPTH })
  const d = data as Record<string, unknown>
  if (d.format !== BOARD_FORMAT) return fail('format', join(prefix, 'format'), { found: describe(d.format) })
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1)
    return fail('version', join(prefix, 'version'), { found: describe(d.version) })
  if (d.version > BOARD_FORMAT_VERSION) return fail('newerVersion', join(prefix, 'version'), { version: d.version, known: BOARD_FORMAT_VERSION })
  const parsed = envelopeSchema.safeParse(data)
  if (!parsed.success) return fromZod(parsed.error.issues[0], data, prefix)
  const file: BoardFileContent = { board: parsed.data.board as Board, personas: (parsed.data.personas ?? []) as Persona[] }
  // The file keeps measurements beside the board (format v1); the app keeps them inside it.
  const measurements = (parsed.data.measurements ?? []) as Measurement[]
  if (measurements.length) file.board.measurements = measurements
  const problem = checkReferences(file, prefix)
  if (problem) return problem
  // Repairable: a board drawn for a persona the file does not carry keeps no dangling reference.
  const warnings: string[] = []
  const personaIds = new Set(file.personas.map((x) => x.id))
  const ids = file.board.personaIds
  if (ids?.some((x) => !personaIds.has(x))) {
    const kept = ids.filter((x) => personaIds.has(x))
    warnings.push(t('io.personaDropped', { count: ids.length - kept.length }))
    if (kept.length) file.board.personaIds = kept
    else delete file.board.personaIds
  }
  const workshopDropped = repairFileWorkshop(file.board)
  if (workshopDropped) warnings.push(t('io.workshopRepaired', { count: workshopDropped }))
  return { ok: true, file, warnings }
}

/** The JSON of a file's text (a UTF-8 byte-order mark is allowed), or why it is not JSON. */
export function readJson(text: string): { ok: true; data: unknown } | ImportFailure {
  const deep = tooDeepAt(text)
  if (deep !== -1) return fail('tooDeep', undefined, { max: MAX_JSON_DEPTH, ...lineColumn(text, deep) })
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch (e) {
    return fail('notJson', undefined, { detail: (e as Error).message })
  }
}

export function parseBoardFile(text: string): ParseResult {
  const json = readJson(text)
  return json.ok ? validateBoardFileData(json.data) : json
}

/** The file's envelope, as an object (a workspace backup nests these): the board's
 * measurements go to the top-level `measurements`, as format v1 has them. */
export function boardFileEnvelope(board: Board, personas: readonly Persona[] = []) {
  const { measurements = [], ...rest } = board
  return {
    format: BOARD_FORMAT,
    version: BOARD_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    board: rest,
    personas: [...personas],
    measurements: [...measurements],
  }
}

export function serializeBoardFile(board: Board, personas: readonly Persona[] = []): string {
  return JSON.stringify(boardFileEnvelope(board, personas), null, 2)
}
