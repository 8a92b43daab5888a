// The emotion curve of a journey: one value per stage on −3…+3, drawn as a smooth line.
// Peak-end rule (Kahneman): the most intense moment and the end weigh most in what customers
// remember, so the lowest point, the highest point and the end are picked out.
import { produce } from 'immer'
import type { Board, Id } from '../types'

export const EMOTION_MIN = -3
export const EMOTION_MAX = 3

/**
 * A value as the curve keeps it: clamped to −3…+3 and rounded to a whole step (the method's
 * seven-level scale; the lane is edited by dragging to a level or with ±1 keys). Halves round
 * away from zero, so −2.5 and +2.5 are treated alike (−3, +3). NaN gives null.
 */
export function normaliseEmotion(value: number): number | null {
  if (!Number.isFinite(value)) {
    if (value === Infinity) return EMOTION_MAX
    if (value === -Infinity) return EMOTION_MIN
    return null
  }
  const rounded = Math.sign(value) * Math.round(Math.abs(value))
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, rounded)) || 0 // `|| 0`: never −0
}

/**
 * The curve's values in stage order, null for a stage without a value. Without `personaId`
 * only the points with no persona are read; with it, only that persona's. Values read from a
 * file are clamped to −3…+3 so that a bad value cannot draw outside the lane.
 */
export function emotionSeries(board: Board, personaId?: Id): (number | null)[] {
  const byStage = new Map<Id, number>()
  for (const e of board.emotions ?? []) {
    if ((e.personaId ?? undefined) !== personaId || typeof e.value !== 'number' || Number.isNaN(e.value)) continue
    byStage.set(e.stageId, Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, e.value))) // the last one wins
  }
  return board.stages.map((s) => byStage.get(s.id) ?? null)
}

export interface PeakEnd {
  /** Index of the trough (the first one on ties), null when the curve is empty. */
  lowest: number | null
  /** Index of the peak (the first one on ties). */
  highest: number | null
  /** Index of the last stage that has a value. */
  end: number | null
}

export function peakEnd(series: readonly (number | null)[]): PeakEnd {
  let lowest: number | null = null
  let highest: number | null = null
  let end: number | null = null
  for (let i = 0; i < series.length; i++) {
    const v = series[i]
    if (v === null) continue
    if (lowest === null || v < (series[lowest] as number)) lowest = i
    if (highest === null || v > (series[highest] as number)) highest = i
    end = i
  }
  return { lowest, highest, end }
}

/** The stages of the lowest point and of the end of a board's curve (a slice of the board
 * for slides or PDF pages keeps the whole journey's marks, not its own). */
export function peakEndStages(board: Board, personaId?: Id): { lowest: Id | null; end: Id | null } {
  const m = peakEnd(emotionSeries(board, personaId))
  return { lowest: m.lowest === null ? null : board.stages[m.lowest].id, end: m.end === null ? null : board.stages[m.end].id }
}

const fmt = (v: number): string => String(Math.round(v * 100) / 100 || 0)

/**
 * An SVG path through the points (x strictly increasing), by monotone cubic interpolation
 * (Fritsch–Carlson): the curve never overshoots between two points — no bump above +3 or
 * below −3, no false dip between two equal values, flat at every local extremum. End tangents
 * are the end segments' slopes. Gaps (stages without a value) are the caller's: draw one path
 * per run of consecutive points.
 */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const n = points.length
  if (n === 0) return ''
  const start = `M${fmt(points[0].x)} ${fmt(points[0].y)}`
  if (n === 1) return start
  const dx: number[] = []
  const slope: number[] = []
  for (let k = 0; k < n - 1; k++) {
    dx.push(points[k + 1].x - points[k].x)
    slope.push(dx[k] === 0 ? 0 : (points[k + 1].y - points[k].y) / dx[k])
  }
  // 1. Initial tangents: the secants' mean inside, zero at a change of direction.
  const m: number[] = new Array<number>(n)
  m[0] = slope[0]
  m[n - 1] = slope[n - 2]
  for (let k = 1; k < n - 1; k++) m[k] = slope[k - 1] * slope[k] <= 0 ? 0 : (slope[k - 1] + slope[k]) / 2
  // 2. Fritsch–Carlson limiter: keep (α, β) inside the circle of radius 3 for monotonicity.
  for (let k = 0; k < n - 1; k++) {
    if (slope[k] === 0) {
      m[k] = 0
      m[k + 1] = 0
      continue
    }
    const a = m[k] / slope[k]
    const b = m[k + 1] / slope[k]
    const s = a * a + b * b
    if (s > 9) {
      const tau = 3 / Math.sqrt(s)
      m[k] = tau * a * slope[k]
      m[k + 1] = tau * b * slope[k]
    }
  }
  // 3. Each Hermite segment as a cubic Bézier.
  let d = start
  for (let k = 0; k < n - 1; k++) {
    const p = points[k]
    const q = points[k + 1]
    if (dx[k] === 0) {
      d += ` L${fmt(q.x)} ${fmt(q.y)}`
      continue
    }
    const h = dx[k] / 3
    d += ` C${fmt(p.x + h)} ${fmt(p.y + m[k] * h)} ${fmt(q.x - h)} ${fmt(q.y - m[k + 1] * h)} ${fmt(q.x)} ${fmt(q.y)}`
  }
  return d
}

/**
 * Sets the curve's value at a stage (for a persona, or the board's own curve without one).
 * Pure: returns a new board, or the same board when nothing changes (unknown stage, NaN,
 * same value). The value is normalised by `normaliseEmotion`.
 */
export function setEmotion(board: Board, stageId: Id, value: number, personaId?: Id): Board {
  const v = normaliseEmotion(value)
  if (v === null || !board.stages.some((s) => s.id === stageId)) return board
  return produce(board, (d) => {
    const points = (d.emotions ??= [])
    const at = points.flatMap((e, i) => (e.stageId === stageId && (e.personaId ?? undefined) === personaId ? [i] : []))
    if (at.length === 1) {
      points[at[0]].value = v
      return
    }
    // None (or duplicates from a hand-written file): keep exactly one point for this stage.
    d.emotions = points.filter((_, i) => !at.includes(i))
    d.emotions.push(personaId === undefined ? { stageId, value: v } : { stageId, value: v, personaId })
  })
}

/** Removes the curve's value at a stage (the stage shows a gap). */
export function clearEmotion(board: Board, stageId: Id, personaId?: Id): Board {
  const has = (board.emotions ?? []).some((e) => e.stageId === stageId && (e.personaId ?? undefined) === personaId)
  if (!has) return board
  return produce(board, (d) => {
    d.emotions = (d.emotions ?? []).filter((e) => !(e.stageId === stageId && (e.personaId ?? undefined) === personaId))
  })
}
