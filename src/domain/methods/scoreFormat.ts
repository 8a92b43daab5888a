// How scores are written, for badges, tables, charts and files: NPS signed (+25), a share as a
// percentage (75 %), a mean with one decimal (2.1), a custom KPI with its unit. Pure: the
// locale is an argument (Intl), never the i18n runtime.
import type { Measurement } from '../types'
import { metricKind, type ScoreFacts, type ScoreFormat, type TargetStatus, type Trend } from './scores'

const formats = new Map<string, Intl.NumberFormat>()
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts)
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, opts)
    formats.set(key, f)
  }
  return f
}

/** A non-breaking space: "75 %" never splits across lines. */
const NBSP = '\u00a0'

/** Decimals a score of this format is written with (a custom KPI: up to 2). */
const decimals = (format: ScoreFormat, family: string) => (format === 'decimal' ? (family === 'kpi' ? 2 : 1) : 0)

/** The score as a badge or a table shows it: "+25", "−20", "0", "75 %", "2.1", "12.5 min". */
export function formatScore(value: number, format: ScoreFormat, locale: string, opts: { family?: string; unit?: string } = {}): string {
  const family = opts.family ?? 'kpi'
  if (format === 'signed') {
    const r = Math.round(value)
    return nf(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(r === 0 ? 0 : r)
  }
  if (format === 'percent') return `${nf(locale, { maximumFractionDigits: 0 }).format(value)}${NBSP}%`
  const d = decimals(format, family)
  const text = nf(locale, family === 'kpi' ? { maximumFractionDigits: d } : { minimumFractionDigits: d, maximumFractionDigits: d }).format(value)
  if (!opts.unit) return text
  return opts.unit === '%' ? `${text}${NBSP}%` : `${text}${NBSP}${opts.unit}`
}

/** The margin of error as "±15" (points), "±0.2" (a mean). */
export function formatMargin(margin: number, format: ScoreFormat, locale: string, family = 'kpi'): string {
  const d = format === 'decimal' ? decimals(format, family) : margin < 1 ? 1 : 0
  return `±${nf(locale, { maximumFractionDigits: d, minimumFractionDigits: format === 'decimal' && family !== 'kpi' ? d : 0 }).format(margin)}`
}

/** A measurement's value written as its score is (a target uses this too). */
export const formatFor = (facts: Pick<ScoreFacts, 'format' | 'family' | 'unit'>, value: number, locale: string): string =>
  formatScore(value, facts.format, locale, { family: facts.family, unit: facts.unit })

/** The metric's short name on a badge: NPS, CSAT, CES, or the KPI's own name (cut at 18 characters). */
export function metricLabel(metric: string): string {
  const family = metricKind(metric)
  if (family !== 'kpi') return family.toUpperCase()
  const name = metric.trim()
  return name.length > 18 ? `${name.slice(0, 17)}…` : name
}

export const TREND_ARROWS: Record<Trend, string> = { up: '↗', down: '↘', flat: '→' }

/** Everything a badge draws, as plain data: for the canvas, and for an export drawn as native SVG. */
export interface ScoreBadge {
  /** Measurement id (stable React key). */
  id: string
  metric: string
  /** "+25", "75 %", "2.1", or "–" when no score can be computed. */
  value: string
  status: TargetStatus
  /** "↗", "↘", "→", or "" without a previous period. */
  arrow: string
  trend: Trend | null
  improvement: 'better' | 'worse' | 'same' | null
  lowSample: boolean
  /** The parts of the accessible name, as numbers written in the locale. */
  n: number | null
  margin: string | null
  target: string | null
  previous: string | null
  method?: 'top2' | 'mean'
}

/** The badge of one measurement (given its facts). */
export function scoreBadge(m: Pick<Measurement, 'id' | 'metric'>, facts: ScoreFacts, locale: string): ScoreBadge {
  const fmt = (v: number) => formatFor(facts, v, locale)
  return {
    id: m.id,
    metric: metricLabel(m.metric),
    value: facts.score === null ? '–' : fmt(facts.score),
    status: facts.status,
    arrow: facts.trend ? TREND_ARROWS[facts.trend.trend] : '',
    trend: facts.trend?.trend ?? null,
    improvement: facts.trend?.improvement ?? null,
    lowSample: facts.lowSample,
    n: facts.n,
    margin: facts.margin === null ? null : formatMargin(facts.margin, facts.format, locale, facts.family),
    target: facts.target === null ? null : fmt(facts.target),
    previous: facts.previous === null ? null : fmt(facts.previous),
    ...(facts.method ? { method: facts.method } : {}),
  }
}
