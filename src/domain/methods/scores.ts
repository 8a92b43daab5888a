// Measured scores at touchpoints (PRODUCT.md, "Measured scores"): NPS, CSAT, CES and custom
// KPIs, computed from a value or from raw response counts; their direction, status against a
// target, sample-size warning and trend against the previous period.
// Scores are returned unrounded: rounding is for display only.
import type { Measurement } from '../types'

export type Direction = 'higher' | 'lower'
/** Responses per scale point, keyed by the point ("1", "2", …). */
export type Counts = Readonly<Record<string, number>>

export interface NpsGroups {
  promoters: number
  passives: number
  detractors: number
}

export interface Scale {
  min: number
  max: number
}

/** "1-5", "1–7", "0-10" → {min, max}; null for anything else (min must be below max). */
export function parseScale(scale: string | undefined): Scale | null {
  const m = /^\s*(-?\d+)\s*[-–—]\s*(-?\d+)\s*$/.exec(scale ?? '')
  if (!m) return null
  const min = Number(m[1])
  const max = Number(m[2])
  return min < max ? { min, max } : null
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

/**
 * The counts as [point, count] pairs, checked: every key a whole point of the scale, every
 * count a finite number ≥ 0. Null otherwise — a wrong score is worse than none.
 */
function points(counts: Counts, scale: Scale): [number, number][] | null {
  const out: [number, number][] = []
  for (const [key, count] of Object.entries(counts)) {
    const point = Number(key)
    if (key.trim() === '' || !Number.isInteger(point) || point < scale.min || point > scale.max || !isCount(count)) return null
    out.push([point, count])
  }
  return out
}

// ---- NPS ---------------------------------------------------------------------------

/** NPS = % promoters − % detractors, in −100…+100. Null when there is no response or a count is invalid. */
export function computeNps(g: NpsGroups): number | null {
  if (!isCount(g.promoters) || !isCount(g.passives) || !isCount(g.detractors)) return null
  const n = g.promoters + g.passives + g.detractors
  if (n === 0) return null
  return ((g.promoters - g.detractors) / n) * 100
}

/** Answers 0–10 grouped: promoters 9–10, passives 7–8, detractors 0–6. Accepts a record ("0"…"10") or an array indexed by answer. */
export function npsGroups(counts: Counts | readonly number[]): NpsGroups | null {
  const record: Counts = Array.isArray(counts) ? Object.fromEntries(counts.map((c, i) => [String(i), c])) : (counts as Counts)
  const pts = points(record, { min: 0, max: 10 })
  if (!pts) return null
  const g: NpsGroups = { promoters: 0, passives: 0, detractors: 0 }
  for (const [p, c] of pts) {
    if (p >= 9) g.promoters += c
    else if (p >= 7) g.passives += c
    else g.detractors += c
  }
  return g
}

/** NPS from the answers to the 0–10 question. */
export function npsFromCounts(counts: Counts | readonly number[]): number | null {
  const g = npsGroups(counts)
  return g && computeNps(g)
}

// ---- CSAT, CES ------------------------------------------------------------------------

export type CsatMode = 'top2' | 'mean'

function mean(pts: [number, number][]): number | null {
  let n = 0
  let sum = 0
  for (const [p, c] of pts) {
    n += c
    sum += p * c
  }
  return n === 0 ? null : sum / n
}

/**
 * CSAT. 'top2' (top-2-box): the % of answers on the scale's two highest points (4–5 on 1–5,
 * 6–7 on 1–7), 0…100. 'mean': the mean answer. Null without responses, with an invalid scale
 * or with a count outside the scale.
 */
export function computeCsat(counts: Counts, scale: string = '1-5', mode: CsatMode = 'top2'): number | null {
  const s = parseScale(scale)
  const pts = s && points(counts, s)
  if (!s || !pts) return null
  if (mode === 'mean') return mean(pts)
  let n = 0
  let top = 0
  for (const [p, c] of pts) {
    n += c
    if (p >= s.max - 1) top += c
  }
  return n === 0 ? null : (top / n) * 100
}

/** CES: the mean answer on its scale (1–5 effort, or CES 2.0's 1–7 agreement). */
export function computeCes(counts: Counts, scale: '1-5' | '1-7' | (string & {}) = '1-5'): number | null {
  const s = parseScale(scale)
  const pts = s && points(counts, s)
  return s && pts ? mean(pts) : null
}

// ---- direction ---------------------------------------------------------------------------

const metricOf = (metric: string) => metric.trim().toLowerCase()

/**
 * Which way is better. NPS, CSAT: higher. CES: on 1–7 it is CES 2.0's agreement with "made
 * it easy" (higher is better); on 1–5 — the seeds' "how much effort" — and any other scale,
 * lower is better. Custom KPIs: higher, unless the caller says otherwise.
 */
export function direction(metric: string, scale?: string): Direction {
  if (metricOf(metric) !== 'ces') return 'higher'
  const s = parseScale(scale)
  return s && s.min === 1 && s.max === 7 ? 'higher' : 'lower'
}

// ---- one measurement -------------------------------------------------------------------

export interface ScoreOptions {
  /** How a CSAT is computed from counts (default 'top2'). */
  csatMode?: CsatMode
  /** Overrides `direction(metric, scale)` (e.g. a custom KPI where lower is better). */
  direction?: Direction
  /** Overrides the default tolerance of "near" (in the score's units). */
  tolerance?: number
}

const isGroups = (c: Counts) => 'promoters' in c || 'passives' in c || 'detractors' in c

/**
 * The score of a measurement: its `value` when it has one, else computed from `counts` —
 * NPS from {promoters, passives, detractors} or from answers 0–10; CSAT (default scale 1–5,
 * top-2-box unless `csatMode`); CES (default scale 1–5); a custom metric with counts: the
 * mean answer, when the keys are numbers and a scale is given. Null when nothing can be computed.
 */
export function measurementScore(m: Measurement, opts: ScoreOptions = {}): number | null {
  if (typeof m.value === 'number' && Number.isFinite(m.value)) return m.value
  const c = m.counts
  if (!c) return null
  switch (metricOf(m.metric)) {
    case 'nps':
      return isGroups(c) ? computeNps({ promoters: c.promoters ?? 0, passives: c.passives ?? 0, detractors: c.detractors ?? 0 }) : npsFromCounts(c)
    case 'csat':
      return computeCsat(c, m.scale ?? '1-5', opts.csatMode ?? 'top2')
    case 'ces':
      return computeCes(c, m.scale ?? '1-5')
    default: {
      const s = parseScale(m.scale)
      const pts = s && points(c, s)
      return pts ? mean(pts) : null
    }
  }
}

/** The sample size: `n` when given, else the total of the counts; null when unknown. */
export function sampleSize(m: Measurement): number | null {
  if (isCount(m.n)) return m.n
  if (!m.counts) return null
  const values = Object.values(m.counts)
  return values.length && values.every(isCount) ? values.reduce((a, b) => a + b, 0) : null
}

/** Below these sizes a score is shown as low-sample: NPS needs about 100 responses; 30 for the others. */
export const LOW_SAMPLE_NPS = 100
export const LOW_SAMPLE_OTHER = 30

/** n < 100 for NPS, n < 30 otherwise. An unknown n is not flagged (see `sampleSize` to say "n unknown"). */
export function isLowSample(m: Measurement): boolean {
  const n = sampleSize(m)
  if (n === null) return false
  return n < (metricOf(m.metric) === 'nps' ? LOW_SAMPLE_NPS : LOW_SAMPLE_OTHER)
}

// ---- status against target ---------------------------------------------------------------

export type TargetStatus = 'met' | 'near' | 'missed' | 'none'

/**
 * How far short of the target still counts as "near", in the score's units:
 * NPS 5 points; CSAT as a % (top-2-box) 5 points; a mean on a scale (CES, CSAT mean) 5 % of
 * the scale's span — 0.2 on 1–5, 0.3 on 1–7; a custom KPI 5 % of its target.
 * A CSAT whose target is within its scale (e.g. 4.2 on 1–5) is read as a mean.
 */
export function targetTolerance(m: Measurement, opts: ScoreOptions = {}): number {
  if (opts.tolerance !== undefined) return opts.tolerance
  const metric = metricOf(m.metric)
  if (metric === 'nps') return 5
  if (metric === 'csat' || metric === 'ces') {
    const s = parseScale(m.scale) ?? { min: 1, max: 5 }
    const asMean = metric === 'ces' || opts.csatMode === 'mean' || (opts.csatMode === undefined && m.target !== undefined && m.target <= s.max)
    return asMean ? ((s.max - s.min) * 5) / 100 : 5
  }
  return Math.abs(m.target ?? 0) * 0.05
}

const EPS = 1e-9

/**
 * 'met' when the score reaches the target (≥ when higher is better, ≤ when lower is);
 * 'near' when it misses by no more than the tolerance (boundary included); 'missed' beyond;
 * 'none' without a target or without a score.
 */
export function statusAgainstTarget(m: Measurement, opts: ScoreOptions = {}): TargetStatus {
  const score = measurementScore(m, opts)
  if (score === null || typeof m.target !== 'number' || !Number.isFinite(m.target)) return 'none'
  const dir = opts.direction ?? direction(m.metric, m.scale)
  const margin = dir === 'higher' ? score - m.target : m.target - score // ≥ 0: target reached
  if (margin >= -EPS) return 'met'
  return margin >= -targetTolerance(m, opts) - EPS ? 'near' : 'missed'
}

// ---- trend -----------------------------------------------------------------------------

export type Trend = 'up' | 'down' | 'flat'

export interface TrendResult {
  trend: Trend
  /** current − previous */
  delta: number
  improvement: 'better' | 'worse' | 'same'
}

/**
 * The change from the previous period: up / down / flat (|delta| ≤ epsilon), and whether it
 * is an improvement given the direction (a CES on 1–5 going down is better). Null when
 * either score is missing.
 */
export function trend(current: number | null, previous: number | null, dir: Direction = 'higher', epsilon = EPS): TrendResult | null {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) return null
  const delta = current - previous
  if (Math.abs(delta) <= epsilon) return { trend: 'flat', delta, improvement: 'same' }
  const t: Trend = delta > 0 ? 'up' : 'down'
  return { trend: t, delta, improvement: (t === 'up') === (dir === 'higher') ? 'better' : 'worse' }
}

/**
 * The first day a period covers, as an ISO date, for ordering periods: "2026-09-30",
 * "2026-09", "2026-Q3", "2026-H2", "2026". Null for a label it cannot read.
 */
export function periodStart(period: string): string | null {
  const p = period.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(p)
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  m = /^(\d{4})-(\d{2})$/.exec(p)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}-01`
  m = /^(\d{4})-?[QqTt]([1-4])$/.exec(p) // T: trimestre
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
  m = /^(\d{4})-?[HhSs]([12])$/.exec(p) // S: semestre
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`
  m = /^(\d{4})$/.exec(p)
  if (m) return `${m[1]}-01-01`
  return null
}

/** The same card's and metric's measurement of the latest period before `m`'s, if any. */
export function previousMeasurement(all: readonly Measurement[], m: Measurement): Measurement | undefined {
  const start = periodStart(m.period)
  if (start === null) return undefined
  let best: { m: Measurement; start: string } | undefined
  for (const x of all) {
    if (x === m || x.id === m.id || x.cardId !== m.cardId || metricOf(x.metric) !== metricOf(m.metric)) continue
    const s = periodStart(x.period)
    if (s === null || s >= start) continue
    if (!best || s > best.start) best = { m: x, start: s }
  }
  return best?.m
}

/** Trend of a measurement against another (usually `previousMeasurement`), in the current one's direction. */
export function measurementTrend(current: Measurement, previous: Measurement | undefined, opts: ScoreOptions = {}): TrendResult | null {
  if (!previous) return null
  return trend(measurementScore(current, opts), measurementScore(previous, opts), opts.direction ?? direction(current.metric, current.scale))
}
