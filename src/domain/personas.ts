// Personas as plain records: normalising what a form (or a file) gives, the library's one
// primary persona, and which personas a board is drawn for. No React, no storage.
import type { Board, BoardKind, Id, Persona } from './types'
import { kindOf } from './kinds'

export const PERSONA_LIMITS = {
  name: 200,
  text: 2000,
  listItems: 30,
  listItem: 500,
  maxAge: 130,
} as const

/** The method's guideline: 1 to 4 personas per project (a hint, never a hard limit). */
export const RECOMMENDED_MAX_PERSONAS = 4

/** The photo formats a persona record may carry (FORMAT.md, personas[]). */
export const PHOTO_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s)

function text(v: unknown, max: number = PERSONA_LIMITS.text): string | undefined {
  if (typeof v !== 'string') return undefined
  const s = clip(v.trim(), max)
  return s ? s : undefined
}

/** A list of short items: trimmed, empty ones dropped, exact duplicates dropped, capped. */
export function normaliseList(v: unknown): string[] | undefined {
  const raw = typeof v === 'string' ? listFromText(v) : Array.isArray(v) ? v : []
  const seen = new Set<string>()
  const out: string[] = []
  for (const item of raw) {
    if (typeof item !== 'string') continue
    const s = clip(item.replace(/\s+/g, ' ').trim(), PERSONA_LIMITS.listItem)
    if (!s || seen.has(s)) continue
    seen.add(s)
    out.push(s)
    if (out.length >= PERSONA_LIMITS.listItems) break
  }
  return out.length ? out : undefined
}

/** One item per line; a leading bullet ("-", "*", "•") is dropped. */
export function listFromText(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean)
}

export const listToText = (items: readonly string[] | undefined): string => (items ?? []).join('\n')

export type AgeResult = { ok: true; age: number | undefined } | { ok: false }

/** An age typed in a form: empty is "not given"; otherwise a whole number 0–130. */
export function parseAge(s: string): AgeResult {
  const v = s.trim()
  if (!v) return { ok: true, age: undefined }
  if (!/^\d{1,3}$/.test(v)) return { ok: false }
  const n = Number(v)
  return n <= PERSONA_LIMITS.maxAge ? { ok: true, age: n } : { ok: false }
}

/** The persona record as stored: every field trimmed and bounded, empty ones left out. */
export function normalisePersona(p: Partial<Persona> & { id: Id }): Persona {
  const out: Persona = { id: p.id, name: text(p.name, PERSONA_LIMITS.name) ?? '' }
  const role = text(p.role, PERSONA_LIMITS.name)
  if (role) out.role = role
  if (typeof p.age === 'number' && Number.isInteger(p.age) && p.age >= 0 && p.age <= PERSONA_LIMITS.maxAge) out.age = p.age
  const summary = text(p.summary)
  if (summary) out.summary = summary
  const quote = text(p.quote)
  if (quote) out.quote = quote
  for (const k of ['goals', 'frustrations', 'behaviours'] as const) {
    const list = normaliseList(p[k])
    if (list) out[k] = list
  }
  const digital = text(p.digital)
  if (digital) out.digital = digital
  if (p.primary) out.primary = true
  if (typeof p.photo === 'string' && PHOTO_DATA_URL.test(p.photo)) out.photo = p.photo
  return out
}

/** A new persona; with no name it gets `fallbackName` (the form asks for one anyway). */
export function createPersona(id: Id, fields: Partial<Omit<Persona, 'id'>> = {}, fallbackName = 'Persona'): Persona {
  const p = normalisePersona({ ...fields, id })
  if (!p.name) p.name = fallbackName
  return p
}

/** The persona with `patch` applied (an undefined value removes the field). */
export function updatePersona(p: Persona, patch: Partial<Omit<Persona, 'id'>>): Persona {
  const merged: Record<string, unknown> = { ...p }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete merged[k]
    else merged[k] = v
  }
  const next = normalisePersona(merged as unknown as Persona)
  if (!next.name) next.name = p.name
  return next
}

/**
 * The records to write so that `saved` is stored and at most one persona of the library is
 * primary: saving a primary persona makes the previous primary secondary.
 */
export function withOnePrimary(library: readonly Persona[], saved: Persona): Persona[] {
  const writes = [saved]
  if (!saved.primary) return writes
  for (const p of library) {
    if (p.id !== saved.id && p.primary) {
      const { primary: _, ...rest } = p
      writes.push(rest)
    }
  }
  return writes
}

/** Library order: the primary persona first, then by name (as the user's language sorts). */
export function sortPersonas(list: readonly Persona[], locale?: string): Persona[] {
  return [...list].sort(
    (a, b) => Number(!!b.primary) - Number(!!a.primary) || a.name.localeCompare(b.name, locale, { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  )
}

/** Initials for a persona without a photo ("Amélie Tremblay" → "AT"). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  if (!parts.length) return '?'
  const first = [...parts[0]][0] ?? ''
  const last = parts.length > 1 ? ([...parts[parts.length - 1]][0] ?? '') : ''
  return (first + last).toUpperCase()
}

// ---- the personas of a board ------------------------------------------------

/** Some kinds (target journey maps, empathy maps) are drawn for exactly one persona. */
export const onePersonaOnly = (kind: BoardKind): boolean => kindOf(kind).personas === 'one'

/** A board's persona ids, cleaned: no duplicates, and only the first for a one-persona board. */
export function normaliseBoardPersonaIds(kind: BoardKind, ids: readonly Id[]): Id[] {
  const out = [...new Set(ids.filter((id) => typeof id === 'string' && id))]
  return onePersonaOnly(kind) ? out.slice(0, 1) : out
}

/**
 * Draw a board for one more persona. The library's primary persona goes first (it becomes the
 * board's primary), others are added after; a one-persona board replaces its persona.
 */
export function addBoardPersona(kind: BoardKind, ids: readonly Id[], id: Id, isLibraryPrimary = false): Id[] {
  if (onePersonaOnly(kind)) return [id]
  if (ids.includes(id)) return [...ids]
  return isLibraryPrimary ? [id, ...ids] : [...ids, id]
}

export const removeBoardPersona = (ids: readonly Id[], id: Id): Id[] => ids.filter((x) => x !== id)

/** Move a persona of a board one place up (-1) or down (+1); first place = the board's primary. */
export function moveBoardPersona(ids: readonly Id[], id: Id, delta: -1 | 1): Id[] {
  const from = ids.indexOf(id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= ids.length) return [...ids]
  const out = [...ids]
  out.splice(from, 1)
  out.splice(to, 0, id)
  return out
}

/** The board's primary persona id (the first), if any. */
export const boardPrimaryPersonaId = (b: Pick<Board, 'personaIds'>): Id | undefined => b.personaIds?.[0]

/** How many of `boards` are drawn for the persona. */
export const countBoardsUsing = (boards: readonly Pick<Board, 'personaIds'>[], personaId: Id): number =>
  boards.filter((b) => b.personaIds?.includes(personaId)).length

/**
 * The board without the persona (deleting a persona removes it from the boards drawn for it).
 * Emotion points recorded for that persona are kept: they are the team's data, and undoing
 * the deletion brings the persona back to them. Returns the same board when it did not use it.
 */
export function withoutPersona(b: Board, personaId: Id): Board {
  if (!b.personaIds?.includes(personaId)) return b
  const next: Board = { ...b }
  const ids = b.personaIds.filter((x) => x !== personaId)
  if (ids.length) next.personaIds = ids
  else delete next.personaIds
  return next
}

/** The board with the persona put back at `index` (undoing a deletion). */
export function withPersonaAt(b: Board, personaId: Id, index: number): Board {
  const ids = b.personaIds ?? []
  if (ids.includes(personaId)) return b
  const out = [...ids]
  out.splice(Math.max(0, Math.min(index, out.length)), 0, personaId)
  return { ...b, personaIds: normaliseBoardPersonaIds(b.kind, out) }
}
