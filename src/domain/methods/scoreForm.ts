// The "Add score" form's rules, apart from any screen: what each field accepts, the message
// code of what it refuses, and the measurement a complete form makes. A half-filled or wrong
// form makes no measurement at all.
import type { Measurement } from '../types'
import { periodStart } from './scores'

export type MetricChoice = 'nps' | 'csat' | 'ces' | 'kpi'
/** A value with its n, NPS's three groups, or the count of each answer of the scale. */
export type EntryMode = 'value' | 'groups' | 'answers'

export interface ScoreDraft {
  metric: MetricChoice | ''
  kpiName: string
  kpiUnit: string
  kpiDirection: 'higher' | 'lower'
  period: string
  source: string
  relational: boolean
  frequency: '' | 'once' | 'periodic' | 'continuous'
  target: string
  entry: EntryMode
  value: string
  n: string
  promoters: string
  passives: string
  detractors: string
  /** Count per answer, keyed by the answer ("0"…"10", "1"…"5", "1"…"7"). */
  answers: Record<string, string>
  csatMethod: 'top2' | 'mean'
  cesScale: '1-5' | '1-7'
}

export const emptyDraft = (): ScoreDraft => ({
  metric: '',
  kpiName: '',
  kpiUnit: '',
  kpiDirection: 'higher',
  period: '',
  source: '',
  relational: false,
  frequency: '',
  target: '',
  entry: 'value',
  value: '',
  n: '',
  promoters: '',
  passives: '',
  detractors: '',
  answers: {},
  csatMethod: 'top2',
  cesScale: '1-5',
})

export type ErrorCode = 'required' | 'number' | 'whole' | 'negative' | 'range' | 'period' | 'noAnswers' | 'reserved' | 'tooLong'
export interface FieldError {
  code: ErrorCode
  min?: number
  max?: number
}
export type DraftErrors = Record<string, FieldError>

/** The answers of a metric's scale: NPS 0–10, CSAT 1–5, CES 1–5 or CES 2.0's 1–7. */
export function answerPoints(d: Pick<ScoreDraft, 'metric' | 'cesScale'>): number[] {
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
  if (d.metric === 'nps') return range(0, 10)
  if (d.metric === 'csat') return range(1, 5)
  if (d.metric === 'ces') return d.cesScale === '1-7' ? range(1, 7) : range(1, 5)
  return []
}

/** The entry modes a metric offers. */
export function entryModes(metric: ScoreDraft['metric']): EntryMode[] {
  if (metric === 'nps') return ['groups', 'answers', 'value']
  if (metric === 'csat' || metric === 'ces') return ['answers', 'value']
  return ['value']
}

/** The range a score (and its target) of this metric must be in; null for a custom KPI (any number). */
export function valueRange(d: Pick<ScoreDraft, 'metric' | 'csatMethod' | 'cesScale'>): { min: number; max: number } | null {
  if (d.metric === 'nps') return { min: -100, max: 100 }
  if (d.metric === 'csat') return d.csatMethod === 'mean' ? { min: 1, max: 5 } : { min: 0, max: 100 }
  if (d.metric === 'ces') return d.cesScale === '1-7' ? { min: 1, max: 7 } : { min: 1, max: 5 }
  return null
}

/** A number typed with a point or a decimal comma; undefined for an empty field, NaN for anything else. */
export function readNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '').replace(',', '.')
  if (t === '') return undefined
  if (!/^[-+−]?(\d+\.?\d*|\.\d+)$/.test(t)) return NaN
  return Number(t.replace('−', '-'))
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * A period as it is stored: "2026-09-30" (a date), "2026-09" (a month), "2026-Q3" (a quarter).
 * Also read: "2026-q3", "2026 T3" / "T3 2026" (trimestre), "Q3 2026", "09/2026". Null otherwise.
 */
export function normalisePeriod(text: string): string | null {
  const p = text.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p)
  if (m) {
    const month = Number(m[2])
    const day = Number(m[3])
    const leap = Number(m[1]) % 4 === 0 && (Number(m[1]) % 100 !== 0 || Number(m[1]) % 400 === 0)
    if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return null
    return p
  }
  m = /^(\d{4})-(\d{2})$/.exec(p)
  const slash = /^(\d{2})\/(\d{4})$/.exec(p) // 09/2026
  const [year, month] = m ? [m[1], m[2]] : slash ? [slash[2], slash[1]] : []
  if (year) return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${month}` : null
  m = /^(\d{4})[-\s]?[QqTt]([1-4])$/.exec(p)
  if (m) return `${m[1]}-Q${m[2]}`
  m = /^[QqTt]([1-4])[-\s]?(\d{4})$/.exec(p)
  if (m) return `${m[2]}-Q${m[1]}`
  return periodStart(p) && /^\d{4}$/.test(p) ? p : null
}

const LIMITS = { name: 100, unit: 40, source: 500, count: 1e9 }

/** Checks every field; a measurement only when there is no error at all. */
export function validateScoreDraft(d: ScoreDraft): { errors: DraftErrors; measurement: Omit<Measurement, 'id'> | null } {
  const errors: DraftErrors = {}
  const err = (field: string, e: FieldError) => {
    if (!errors[field]) errors[field] = e
  }
  const count = (field: string, text: string): number | undefined => {
    const v = readNumber(text)
    if (v === undefined) return undefined
    if (Number.isNaN(v)) err(field, { code: 'number' })
    else if (v < 0) err(field, { code: 'negative' })
    else if (!Number.isInteger(v)) err(field, { code: 'whole' })
    else if (v > LIMITS.count) err(field, { code: 'range', min: 0, max: LIMITS.count })
    else return v
    return undefined
  }
  const inRange = (field: string, text: string, required: boolean): number | undefined => {
    const v = readNumber(text)
    if (v === undefined) {
      if (required) err(field, { code: 'required' })
      return undefined
    }
    if (Number.isNaN(v)) {
      err(field, { code: 'number' })
      return undefined
    }
    const r = valueRange(d)
    if (r && (v < r.min || v > r.max)) {
      err(field, { code: 'range', ...r })
      return undefined
    }
    if (!Number.isFinite(v) || Math.abs(v) > 1e9) {
      err(field, { code: 'range', min: -1e9, max: 1e9 })
      return undefined
    }
    return v
  }

  if (!d.metric) err('metric', { code: 'required' })
  const name = d.kpiName.trim()
  if (d.metric === 'kpi') {
    if (!name) err('kpiName', { code: 'required' })
    else if (['nps', 'csat', 'ces'].includes(name.toLowerCase())) err('kpiName', { code: 'reserved' })
    else if (name.length > LIMITS.name) err('kpiName', { code: 'tooLong', max: LIMITS.name })
    if (d.kpiUnit.trim().length > LIMITS.unit) err('kpiUnit', { code: 'tooLong', max: LIMITS.unit })
  }
  if (d.source.trim().length > LIMITS.source) err('source', { code: 'tooLong', max: LIMITS.source })
  const period = d.period.trim() ? normalisePeriod(d.period) : null
  if (!d.period.trim()) err('period', { code: 'required' })
  else if (!period) err('period', { code: 'period' })
  const target = d.metric ? inRange('target', d.target, false) : undefined

  const entry = entryModes(d.metric).includes(d.entry) ? d.entry : entryModes(d.metric)[0]
  let value: number | undefined
  let n: number | undefined
  let counts: Record<string, number> | undefined
  if (d.metric && entry === 'value') {
    value = inRange('value', d.value, true)
    const needsN = d.metric !== 'kpi'
    n = count('n', d.n)
    if (n === undefined && readNumber(d.n) === undefined && needsN) err('n', { code: 'required' })
    else if (n === 0 && needsN) err('n', { code: 'range', min: 1, max: LIMITS.count })
  } else if (d.metric === 'nps' && entry === 'groups') {
    const g = { promoters: count('promoters', d.promoters), passives: count('passives', d.passives), detractors: count('detractors', d.detractors) }
    const bad = ['promoters', 'passives', 'detractors'].some((k) => errors[k])
    if (!bad) {
      if ((g.promoters ?? 0) + (g.passives ?? 0) + (g.detractors ?? 0) === 0) err('groups', { code: 'noAnswers' })
      else counts = { promoters: g.promoters ?? 0, passives: g.passives ?? 0, detractors: g.detractors ?? 0 }
    }
  } else if (d.metric && entry === 'answers') {
    const out: Record<string, number> = {}
    let total = 0
    let bad = false
    for (const p of answerPoints(d)) {
      const c = count(`answer.${p}`, d.answers[String(p)] ?? '')
      if (errors[`answer.${p}`]) bad = true
      if (c) {
        out[String(p)] = c
        total += c
      }
    }
    // a count typed for an answer the scale does not have (a 6 or 7 left over from 1–7)
    for (const [k, v] of Object.entries(d.answers))
      if (v.trim() && !answerPoints(d).includes(Number(k))) {
        err(`answer.${k}`, { code: 'range', min: answerPoints(d)[0], max: answerPoints(d).at(-1) })
        bad = true
      }
    if (!bad) {
      if (total === 0) err('answers', { code: 'noAnswers' })
      else counts = out
    }
  }

  if (Object.keys(errors).length || !d.metric || !period) return { errors, measurement: null }
  const m: Omit<Measurement, 'id'> = { metric: d.metric === 'kpi' ? name : d.metric, period }
  if (value !== undefined) m.value = value
  if (n !== undefined) m.n = n
  if (counts) m.counts = counts
  if (target !== undefined) m.target = target
  if (d.metric === 'csat') {
    m.scale = '1-5'
    m.method = d.csatMethod
  }
  if (d.metric === 'ces') m.scale = d.cesScale
  if (d.metric === 'kpi') {
    if (d.kpiUnit.trim()) m.unit = d.kpiUnit.trim()
    m.direction = d.kpiDirection
  }
  if (d.source.trim()) m.source = d.source.trim()
  if (d.relational) m.relational = true
  if (d.frequency) m.frequency = d.frequency
  return { errors, measurement: m }
}
