// Edits of a card's worst-case scenario, as pure board operations built on updateCard, so
// that each one is a single `apply` (one undo step). Each returns the board unchanged when
// nothing would change, which `apply` then records as no step at all.
import { SCORE_MAX, SCORE_MIN, validateScore, type FmeaField } from '../../domain/methods/fmea'
import { updateCard } from '../../domain/operations'
import type { Board, Fmea, Id } from '../../domain/types'

export const THRESHOLD_MIN = 1
export const THRESHOLD_MAX = 1000

export type FmeaTextField = 'failure' | 'cause' | 'actions'
export type ScoreKey = 'severity' | 'probability' | 'detection'

export const NEW_FMEA: Fmea = { failure: '', severity: 1, probability: 1, detection: 1 }

const fmeaOf = (b: Board, id: Id): Fmea | undefined => b.cards.find((c) => c.id === id)?.fmea

/** A typed score: a whole number from 1 to 10, or null. Digits only — "7.0", "1e1" and "+3" are refused. */
export function parseScore(text: string): number | null {
  const s = text.trim()
  if (!/^\d{1,2}$/.test(s)) return null
  const n = Number(s)
  return validateScore(n) ? n : null
}

/** A typed threshold: a whole number from 1 to 1000, or null. */
export function parseThreshold(text: string): number | null {
  const s = text.trim()
  if (!/^\d{1,4}$/.test(s)) return null
  const n = Number(s)
  return n >= THRESHOLD_MIN && n <= THRESHOLD_MAX ? n : null
}

export const scoreRange = `${SCORE_MIN}–${SCORE_MAX}`

/** Give a card an empty failure to fill in (a card that already has one keeps it). */
export const addFailure = (b: Board, id: Id): Board => (fmeaOf(b, id) || !b.cards.some((c) => c.id === id) ? b : updateCard(b, id, { fmea: { ...NEW_FMEA } }))

export const removeFailure = (b: Board, id: Id): Board => (fmeaOf(b, id) ? updateCard(b, id, { fmea: undefined }) : b)

/** Failure, cause or preventive actions; an empty cause or action list is dropped, the failure stays (empty). */
export function setFailureText(b: Board, id: Id, field: FmeaTextField, value: string): Board {
  const f = fmeaOf(b, id)
  if (!f) return b
  const v = field === 'failure' ? value : value.trim()
  if ((f[field] ?? '') === v) return b
  const next: Fmea = { ...f }
  if (v === '' && field !== 'failure') delete next[field]
  else next[field] = v
  return updateCard(b, id, { fmea: next })
}

/**
 * Set one score (already validated). A first re-score (G′, P′ or D′) starts from the
 * current G, P and D, so that C′ is defined at once and the user changes what the actions
 * improve.
 */
export function setScore(b: Board, id: Id, field: FmeaField, value: number): Board {
  const f = fmeaOf(b, id)
  if (!f || !validateScore(value)) return b
  if (field.startsWith('revised.')) {
    const key = field.slice('revised.'.length) as ScoreKey
    const base = f.revised ?? { severity: f.severity, probability: f.probability, detection: f.detection }
    if (f.revised && base[key] === value) return b
    return updateCard(b, id, { fmea: { ...f, revised: { ...base, [key]: value } } })
  }
  const key = field as ScoreKey
  if (f[key] === value) return b
  return updateCard(b, id, { fmea: { ...f, [key]: value } })
}

/** Drop G′ P′ D′ (they only mean something together). */
export function clearRevised(b: Board, id: Id): Board {
  const f = fmeaOf(b, id)
  if (!f?.revised) return b
  const next: Fmea = { ...f }
  delete next.revised
  return updateCard(b, id, { fmea: next })
}
