// Worst-case scenario (scénario du pire): an FMEA per journey step. Each possible failure is
// scored for severity G, probability P and non-detection D (1–10 each); its criticality is
// C = G × P × D (1…1000), computed, never stored. A threshold (typically 100) marks what must
// be treated: a failure is to be treated when C ≥ threshold — the threshold itself included,
// so "100" means "100 and more".
import type { Board, Fmea, Id } from '../types'

export const DEFAULT_FMEA_THRESHOLD = 100
export const SCORE_MIN = 1
export const SCORE_MAX = 10

export interface FmeaScores {
  severity: number
  probability: number
  detection: number
}

/** C = G × P × D. */
export const criticality = (s: FmeaScores): number => s.severity * s.probability * s.detection

/** A score is a whole number from 1 to 10. */
export const validateScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX

export type FmeaField = 'severity' | 'probability' | 'detection' | 'revised.severity' | 'revised.probability' | 'revised.detection'

/** The score fields of an FMEA that are not whole numbers from 1 to 10 (empty when all are valid). */
export function fmeaErrors(fmea: Fmea): FmeaField[] {
  const out: FmeaField[] = []
  for (const k of ['severity', 'probability', 'detection'] as const) if (!validateScore(fmea[k])) out.push(k)
  if (fmea.revised) for (const k of ['severity', 'probability', 'detection'] as const) if (!validateScore(fmea.revised[k])) out.push(`revised.${k}`)
  return out
}

/** To be treated: C ≥ threshold (the boundary is included). */
export const isAboveThreshold = (c: number, threshold: number = DEFAULT_FMEA_THRESHOLD): boolean => c >= threshold

export interface FmeaRescore {
  G: number
  P: number
  D: number
  C: number
  aboveThreshold: boolean
}

export interface FmeaRow {
  cardId: Id
  stageId: Id
  /** '' when the card's stage does not exist. */
  stageName: string
  laneId: Id
  cardText: string
  failure: string
  cause: string
  G: number
  P: number
  D: number
  C: number
  actions: string
  /** G′ P′ D′ C′, after the preventive actions, when re-scored. */
  revised?: FmeaRescore
  aboveThreshold: boolean
}

/**
 * The worst-case scenario table: one row per card that carries an FMEA, the most critical
 * first; equal criticalities keep the journey's order (stage, then lane, then card order).
 * The threshold defaults to the board's own, then to 100.
 */
export function fmeaRows(board: Board, threshold: number = board.fmeaThreshold ?? DEFAULT_FMEA_THRESHOLD): FmeaRow[] {
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]))
  const keyed = board.cards.flatMap((card, cardIndex) => {
    const f = card.fmea
    if (!f) return []
    const C = criticality(f)
    const stage = board.stages.find((s) => s.id === card.stageId)
    const row: FmeaRow = {
      cardId: card.id,
      stageId: card.stageId,
      stageName: stage?.name ?? '',
      laneId: card.laneId,
      cardText: card.text,
      failure: f.failure,
      cause: f.cause ?? '',
      G: f.severity,
      P: f.probability,
      D: f.detection,
      C,
      actions: f.actions ?? '',
      aboveThreshold: isAboveThreshold(C, threshold),
    }
    if (f.revised) {
      const C2 = criticality(f.revised)
      row.revised = { G: f.revised.severity, P: f.revised.probability, D: f.revised.detection, C: C2, aboveThreshold: isAboveThreshold(C2, threshold) }
    }
    const order = [stageIndex.get(card.stageId) ?? Infinity, laneIndex.get(card.laneId) ?? Infinity, cardIndex]
    return [{ row, order }]
  })
  keyed.sort((a, b) => {
    if (a.row.C !== b.row.C) return b.row.C - a.row.C
    for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) return a.order[i] < b.order[i] ? -1 : 1
    return 0
  })
  return keyed.map((k) => k.row)
}
