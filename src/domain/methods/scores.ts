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

/** How a CSAT is computed: the caller's choice, else the measurement's `method`, else top-2-box. */
const csatModeOf = (m: Measurement, opts: ScoreOptions): CsatMode => opts.csatMode ?? m.method ?? 'top2'

/** Which way is better for this measurement: the caller's choice, else its own `direction`, else the metric's. */
export const measurementDirection = (m: Measurement, opts: ScoreOptions = {}): Direction => opts.direction ?? m.direction ?? direction(m.metric, m.scale)

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
      return computeCsat(c, m.scale ?? '1-5', csatModeOf(m, opts))
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
    const mode = opts.csatMode ?? m.method
    const asMean = metric === 'ces' || mode === 'mean' || (mode === undefined && m.target !== undefined && m.target <= s.max)
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
  const dir = measurementDirection(m, opts)
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

/** Whether two measurements score the same thing (the same card, the same stage, or the relationship) with the same metric. */
export const sameSeries = (a: Measurement, b: Measurement): boolean =>
  a.cardId === b.cardId && (a.cardId !== undefined || a.stageId === b.stageId) && metricOf(a.metric) === metricOf(b.metric)

/** The same card's (stage's, relationship's) and metric's measurement of the latest period before `m`'s, if any. */
export function previousMeasurement(all: readonly Measurement[], m: Measurement): Measurement | undefined {
  const start = periodStart(m.period)
  if (start === null) return undefined
  let best: { m: Measurement; start: string } | undefined
  for (const x of all) {
    if (x === m || x.id === m.id || !sameSeries(x, m)) continue
    const s = periodStart(x.period)
    if (s === null || s >= start) continue
    if (!best || s > best.start) best = { m: x, start: s }
  }
  return best?.m
}

/** Trend of a measurement against another (usually `previousMeasurement`), in the current one's direction. */
export function measurementTrend(current: Measurement, previous: Measurement | undefined, opts: ScoreOptions = {}): TrendResult | null {
  if (!previous) return null
  return trend(measurementScore(current, opts), measurementScore(previous, opts), measurementDirection(current, opts))
}

// ---- margin of error -------------------------------------------------------------------

/** z for a 95 % confidence interval. */
const Z95 = 1.96

/**
 * The 95 % margin of error of an NPS, in points: ±1.96·100·√((p + d − (p − d)²) / n), p and d
 * the shares of promoters and detractors. Under 100 answers, the adjusted-Wald form: 0.75 is
 * added to the promoters and to the detractors (1.5 to the passives), 3 to n.
 * 45 / 35 / 20 → +25 ± 15.0. Null without answers or with an invalid count.
 */
export function npsMarginOfError(g: NpsGroups): number | null {
  if (!isCount(g.promoters) || !isCount(g.passives) || !isCount(g.detractors)) return null
  let n = g.promoters + g.passives + g.detractors
  if (n === 0) return null
  let pro = g.promoters
  let det = g.detractors
  if (n < LOW_SAMPLE_NPS) {
    pro += 0.75
    det += 0.75
    n += 3
  }
  const p = pro / n
  const d = det / n
  return Z95 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n)
}

/**
 * The 95 % margin of error of a share, in points (CSAT top-2-box): ±1.96·100·√(p(1 − p)/n);
 * under 30 answers the adjusted-Wald (Agresti–Coull) form: 1.96²/2 added to the successes,
 * 1.96² to n.
 */
export function shareMarginOfError(successes: number, n: number): number | null {
  if (!isCount(successes) || !isCount(n) || n === 0 || successes > n) return null
  let x = successes
  let size = n
  if (n < LOW_SAMPLE_OTHER) {
    x += (Z95 * Z95) / 2
    size += Z95 * Z95
  }
  const p = x / size
  return Z95 * 100 * Math.sqrt((p * (1 - p)) / size)
}

/** The 95 % margin of error of a mean answer (CES, CSAT as a mean): ±1.96·s/√n, s the sample standard deviation. Null under 2 answers. */
export function meanMarginOfError(counts: Counts, scale: Scale): number | null {
  const pts = points(counts, scale)
  if (!pts) return null
  let n = 0
  let sum = 0
  for (const [p, c] of pts) {
    n += c
    sum += p * c
  }
  if (n < 2) return null
  const mu = sum / n
  let ss = 0
  for (const [p, c] of pts) ss += c * (p - mu) ** 2
  return (Z95 * Math.sqrt(ss / (n - 1))) / Math.sqrt(n)
}

/** The NPS groups of a measurement's counts ({promoters, passives, detractors} or answers 0–10), or null. */
export function measurementNpsGroups(m: Measurement): NpsGroups | null {
  const c = m.counts
  if (!c || metricOf(m.metric) !== 'nps') return null
  if (isGroups(c)) {
    const g = { promoters: c.promoters ?? 0, passives: c.passives ?? 0, detractors: c.detractors ?? 0 }
    return isCount(g.promoters) && isCount(g.passives) && isCount(g.detractors) ? g : null
  }
  return npsGroups(c)
}

/**
 * The 95 % margin of error of a measurement's score, in its units, when its counts allow it:
 * NPS (from groups or answers 0–10), CSAT top-2-box (a share) or as a mean, CES (a mean), a
 * custom KPI with counts on a scale (a mean). Null for a bare value (p, d or s unknown).
 */
export function measurementMargin(m: Measurement, opts: ScoreOptions = {}): number | null {
  if (typeof m.value === 'number' && Number.isFinite(m.value)) return null
  const c = m.counts
  if (!c) return null
  const metric = metricOf(m.metric)
  if (metric === 'nps') {
    const g = measurementNpsGroups(m)
    return g && npsMarginOfError(g)
  }
  const s = parseScale(m.scale ?? (metric === 'csat' || metric === 'ces' ? '1-5' : undefined))
  if (!s) return null
  if (metric === 'csat' && csatModeOf(m, opts) === 'top2') {
    const pts = points(c, s)
    if (!pts) return null
    let n = 0
    let top = 0
    for (const [p, k] of pts) {
      n += k
      if (p >= s.max - 1) top += k
    }
    return shareMarginOfError(top, n)
  }
  return meanMarginOfError(c, s)
}

// ---- metrics, series, the latest score ------------------------------------------------------

export type MetricKind = 'nps' | 'csat' | 'ces' | 'kpi'
export const STANDARD_METRICS = ['nps', 'csat', 'ces'] as const

/** NPS, CSAT, CES, or a custom KPI (any other name). */
export function metricKind(metric: string): MetricKind {
  const k = metricOf(metric)
  return k === 'nps' || k === 'csat' || k === 'ces' ? k : 'kpi'
}

/** The key a metric is grouped by: "nps", "csat", "ces", or the KPI's name in lower case. */
export const metricKey = (metric: string): string => metricOf(metric)

/** What a measurement scores: a card, a stage or the relationship (the whole board). */
export type Subject = { cardId: string } | { stageId: string } | { board: true }

export function subjectOf(m: Measurement): Subject {
  if (m.cardId !== undefined) return { cardId: m.cardId }
  if (m.stageId !== undefined) return { stageId: m.stageId }
  return { board: true }
}

export const isOfSubject = (m: Measurement, s: Subject): boolean =>
  'cardId' in s ? m.cardId === s.cardId : 'stageId' in s ? m.cardId === undefined && m.stageId === s.stageId : m.cardId === undefined && m.stageId === undefined

/** Order of metrics on a badge row or a table: NPS, CSAT, CES, then custom KPIs by name. */
export function compareMetrics(a: string, b: string): number {
  const rank = (x: string) => {
    const i = (STANDARD_METRICS as readonly string[]).indexOf(metricOf(x))
    return i < 0 ? STANDARD_METRICS.length : i
  }
  return rank(a) - rank(b) || metricOf(a).localeCompare(metricOf(b))
}

/** Orders periods oldest first; a period that cannot be read goes last, by its label. */
export function comparePeriods(a: string, b: string): number {
  const sa = periodStart(a)
  const sb = periodStart(b)
  if (sa !== null && sb !== null) return sa < sb ? -1 : sa > sb ? 1 : a.localeCompare(b)
  if (sa === null && sb === null) return a.localeCompare(b)
  return sa === null ? 1 : -1
}

/** A series (one subject, one metric) oldest period first. */
export function seriesOf(all: readonly Measurement[], m: Measurement): Measurement[] {
  return all.filter((x) => sameSeries(x, m)).sort((a, b) => comparePeriods(a.period, b.period))
}

/** The latest measurement of each metric of a subject, in metric order. */
export function latestBySubject(all: readonly Measurement[], subject: Subject): Measurement[] {
  const latest = new Map<string, Measurement>()
  for (const m of all) {
    if (!isOfSubject(m, subject)) continue
    const key = metricOf(m.metric)
    const prev = latest.get(key)
    if (!prev || comparePeriods(prev.period, m.period) <= 0) latest.set(key, m)
  }
  return [...latest.values()].sort((a, b) => compareMetrics(a.metric, b.metric))
}

/** The latest measurement of each metric of every card, by card id (one pass over the measurements). */
export function latestByCard(all: readonly Measurement[]): Map<string, Measurement[]> {
  const byCard = new Map<string, Map<string, Measurement>>()
  for (const m of all) {
    if (m.cardId === undefined) continue
    let metrics = byCard.get(m.cardId)
    if (!metrics) byCard.set(m.cardId, (metrics = new Map()))
    const key = metricOf(m.metric)
    const prev = metrics.get(key)
    if (!prev || comparePeriods(prev.period, m.period) <= 0) metrics.set(key, m)
  }
  const out = new Map<string, Measurement[]>()
  for (const [card, metrics] of byCard)
    out.set(
      card,
      [...metrics.values()].sort((a, b) => compareMetrics(a.metric, b.metric)),
    )
  return out
}

/**
 * The latest measurement of each metric of every card, with the one of the period before it
 * (null when there is none), by card id — in one pass and one sort per series, for boards with
 * thousands of measurements.
 */
export function latestWithPrevious(all: readonly Measurement[]): Map<string, { m: Measurement; previous: Measurement | null }[]> {
  const series = new Map<string, Measurement[]>()
  for (const m of all) {
    if (m.cardId === undefined) continue
    const key = `${m.cardId}\u0000${metricOf(m.metric)}`
    const list = series.get(key)
    if (list) list.push(m)
    else series.set(key, [m])
  }
  const out = new Map<string, { m: Measurement; previous: Measurement | null }[]>()
  for (const list of series.values()) {
    // in time order, unreadable periods last (as latestByCard); the previous period is the latest
    // one that starts strictly before the last one (as previousMeasurement)
    const starts = new Map(list.map((m) => [m, periodStart(m.period)]))
    list.sort((a, b) => comparePeriods(a.period, b.period))
    const m = list[list.length - 1]
    const start = starts.get(m)
    let previous: Measurement | null = null
    if (start !== null && start !== undefined)
      for (let i = list.length - 2; i >= 0 && !previous; i--) {
        const s = starts.get(list[i])
        if (s !== null && s !== undefined && s < start) previous = list[i]
      }
    const entry = out.get(m.cardId!)
    if (entry) entry.push({ m, previous })
    else out.set(m.cardId!, [{ m, previous }])
  }
  for (const list of out.values()) list.sort((a, b) => compareMetrics(a.m.metric, b.m.metric))
  return out
}

// ---- everything a badge, a table row or a chart says about one measurement -------------------

/** How a score is written: NPS signed (+25), a share as a % (75 %), a mean or a KPI as a decimal. */
export type ScoreFormat = 'signed' | 'percent' | 'decimal'

export interface ScoreFacts {
  family: MetricKind
  /** The metric's name as written (a KPI's own name). */
  metric: string
  score: number | null
  n: number | null
  /** 95 % margin of error, in the score's units, when the counts allow it. */
  margin: number | null
  target: number | null
  status: TargetStatus
  direction: Direction
  trend: TrendResult | null
  /** The previous period's score, when there is one. */
  previous: number | null
  previousPeriod: string | null
  lowSample: boolean
  format: ScoreFormat
  /** CSAT: how it was computed (named wherever it is shown). */
  method?: CsatMode
  unit?: string
}

/** How a measurement's score is written. */
export function scoreFormat(m: Measurement): ScoreFormat {
  const family = metricKind(m.metric)
  if (family === 'nps') return 'signed'
  if (family === 'csat') return csatModeOf(m, {}) === 'top2' ? 'percent' : 'decimal'
  return 'decimal'
}

/**
 * What there is to say about `m` among all the board's measurements (its previous period for the
 * trend). `previous`, when the caller already knows it (see `latestWithPrevious`), saves the search.
 */
export function scoreFacts(all: readonly Measurement[], m: Measurement, opts: ScoreOptions = {}, previous?: Measurement | null): ScoreFacts {
  const family = metricKind(m.metric)
  const prev = previous === undefined ? previousMeasurement(all, m) : (previous ?? undefined)
  const t = typeof m.target === 'number' && Number.isFinite(m.target) ? m.target : null
  const facts: ScoreFacts = {
    family,
    metric: m.metric,
    score: measurementScore(m, opts),
    n: sampleSize(m),
    margin: measurementMargin(m, opts),
    target: t,
    status: statusAgainstTarget(m, opts),
    direction: measurementDirection(m, opts),
    trend: measurementTrend(m, prev, opts),
    previous: prev ? measurementScore(prev, opts) : null,
    previousPeriod: prev?.period ?? null,
    lowSample: isLowSample(m),
    format: scoreFormat(m),
  }
  if (family === 'csat') facts.method = csatModeOf(m, opts)
  if (m.unit) facts.unit = m.unit
  return facts
}

/** Below its target: missed, or close to it without reaching it. */
export const isBelowTarget = (status: TargetStatus): boolean => status === 'missed' || status === 'near'
