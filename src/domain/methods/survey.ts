// Survey results to scores (Import survey results), apart from any screen or file reader:
// columns guessed from their names in French and English, dates grouped by month or quarter,
// and rows turned into one score per touchpoint × period × metric — from raw answers (one row
// per respondent: NPS 0–10, CSAT 1–5, CES 1–5 or 1–7, a comment) or from aggregated rows (a
// metric, a value and its n, or NPS's three groups). Bad rows are reported by line number and
// never half-used. Pure: the table comes in as strings, so it runs in a Web Worker as well.
import type { Measurement } from '../types'

export const SURVEY_FIELDS = [
  'touchpoint',
  'stage',
  'date',
  'nps',
  'csat',
  'ces',
  'comment',
  'metric',
  'value',
  'n',
  'target',
  'promoters',
  'passives',
  'detractors',
] as const
export type SurveyField = (typeof SURVEY_FIELDS)[number] | 'ignore'
export type Grouping = 'month' | 'quarter'
export type DateOrder = 'dmy' | 'mdy'
export type SurveyShape = 'raw' | 'aggregated'

export interface SurveyMapping {
  /** What each column holds, by column index. */
  columns: SurveyField[]
  shape: SurveyShape
  grouping: Grouping
  /** How a date written 03/04/2026 is read. */
  dateOrder: DateOrder
  cesScale: '1-5' | '1-7'
  csatMethod: 'top2' | 'mean'
  /** The period of rows without a date (or of a file without a date column). */
  defaultPeriod?: string
}

export interface SurveyRow {
  cells: string[]
  /** Line of the file the row starts on (the header is line 1). */
  line: number
}

export type BadReason = 'noSubject' | 'date' | 'nps' | 'csat' | 'ces' | 'noAnswer' | 'metric' | 'value' | 'n' | 'target' | 'counts' | 'duplicate'
export interface BadRow {
  line: number
  reason: BadReason
  /** The cell at fault, as written (cut at 40 characters). */
  value?: string
  /** For a duplicate: the line it repeats. */
  first?: number
}

/** One score to write: a touchpoint (or a stage) × a period × a metric. */
export interface SurveyGroup {
  touchpoint: string
  stage: string
  period: string
  metric: string
  counts?: Record<string, number>
  value?: number
  n?: number
  target?: number
  scale?: string
  method?: 'top2' | 'mean'
  /** Rows it was made from. */
  rows: number
}

export interface Verbatim {
  touchpoint: string
  stage: string
  text: string
  /** ISO date of the answer ("" when the row has none). */
  date: string
  nps: number
  line: number
}

export interface SurveyResult {
  groups: SurveyGroup[]
  /** The first bad rows (at most BAD_ROWS_KEPT), and how many there were in all. */
  bad: BadRow[]
  badCount: number
  rows: number
  used: number
  /** Every touchpoint (or stage) named, with its stage and row count, in order of appearance. */
  subjects: { touchpoint: string; stage: string; rows: number }[]
  /** The most recent detractor comments (NPS 0–6) of each touchpoint. */
  verbatims: Verbatim[]
  /** A problem with the mapping itself (no touchpoint column, no period…): nothing can be made. */
  problem?: 'noSubjectColumn' | 'noPeriod' | 'noMetricColumn'
}

export const BAD_ROWS_KEPT = 500

// ---- names -------------------------------------------------------------------------

/** Lower case, no accents, single spaces: "Point de contact" → "point de contact". */
export function normaliseKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// Checked in order: a "Satisfaction comment" is a comment, a "Score" alone is a value.
const HEADER_RULES: readonly [RegExp, SurveyField][] = [
  [/\b(commentaires?|comments?|verbatims?|remarques?|feedback|pourquoi|why|texte libre|free text|suggestions?|avis)\b/, 'comment'],
  [/^(promoteurs?|promoters?)\b/, 'promoters'],
  [/^(passifs?|passives?|neutres?)\b/, 'passives'],
  [/^(detracteurs?|detractors?)\b/, 'detractors'],
  [/\b(cible|target|objectif|goal)\b/, 'target'],
  [
    /^(n|nb|count|respondents?|repondants?|responses?|reponses?|sample( size)?|echantillon|taille de l echantillon|nombre de reponses|number of responses|effectif|base)$/,
    'n',
  ],
  [/^(metric|metrique|indicator|indicateur|kpi|measure|type)$/, 'metric'],
  [/^(value|valeur|score|resultat|result|mesure)$/, 'value'],
  [/\bnps\b|recommand|recommend|likelihood|net promoter/, 'nps'],
  [/\bces\b|\beffort\b|facilite|\bease\b|made it easy|\bfacile\b/, 'ces'],
  [/\bcsat\b|satisfaction|satisfait|satisfied/, 'csat'],
  [/^(stages?|steps?|etapes?|phases?)$|\betape du parcours\b|\bjourney stage\b/, 'stage'],
  [/touch ?points?|points? de contact|occasions? de contact|\binteraction\b|\bcanal\b|\bchannel\b|\bservice\b|\bguichet\b/, 'touchpoint'],
  [/\bdate\b|horodat|timestamp|submitted|soumis|\bjour\b|\bday\b|\bperiod\b|\bperiode\b|\bmois\b|\bmonth\b|trimestre|quarter|\bwhen\b|\bquand\b/, 'date'],
]

/** What a column holds, from its header (French or English); 'ignore' when nothing fits. */
export function guessColumn(header: string): SurveyField {
  const h = normaliseKey(header)
  if (!h) return 'ignore'
  for (const [re, field] of HEADER_RULES) if (re.test(h)) return field
  return 'ignore'
}

/** A first mapping: each column guessed from its header (one column per field), the shape and date order from the data. */
export function guessMapping(headers: readonly string[], sample: readonly string[][], lang: 'fr' | 'en' = 'fr'): SurveyMapping {
  const taken = new Set<SurveyField>()
  const columns = headers.map((h) => {
    const f = guessColumn(h)
    if (f === 'ignore' || taken.has(f)) return 'ignore'
    taken.add(f)
    return f
  })
  const aggregated = taken.has('metric') || taken.has('value') || taken.has('promoters') || (taken.has('n') && !taken.has('comment'))
  const dateCol = columns.indexOf('date')
  let dateOrder: DateOrder = lang === 'en' ? 'mdy' : 'dmy'
  if (dateCol >= 0) {
    for (const row of sample) {
      const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(row[dateCol] ?? '')
      if (!m) continue
      if (Number(m[1]) > 12) dateOrder = 'dmy'
      else if (Number(m[2]) > 12) dateOrder = 'mdy'
      else continue
      break
    }
  }
  let cesScale: '1-5' | '1-7' = '1-5'
  const cesCol = columns.indexOf('ces')
  if (cesCol >= 0 && sample.some((r) => ['6', '7'].includes((r[cesCol] ?? '').trim()))) cesScale = '1-7'
  return { columns, shape: aggregated ? 'aggregated' : 'raw', grouping: 'month', dateOrder, cesScale, csatMethod: 'top2' }
}

// ---- dates and periods -------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0')
const isDate = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d <= days[m - 1]
}

export type ReadDate = { type: 'date'; iso: string } | { type: 'month'; period: string } | { type: 'quarter'; period: string }

/**
 * A date cell: ISO "2026-09-14" (a time may follow), "2026/09/14", "14/09/2026" or "09/14/2026"
 * (as `order` says; "." and "-" too; a 2-digit year is 20yy), a spreadsheet serial number
 * (46000), or already a period ("2026-09", "2026-Q3", "T3 2026"). Null when unreadable.
 */
export function readDate(text: string, order: DateOrder): ReadDate | null {
  const s = text.trim()
  if (!s) return null
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return isDate(y, mo, d) ? { type: 'date', iso: `${y}-${pad(mo)}-${pad(d)}` } : null
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[T\s,])/.exec(s)
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])
    const [a, b] = [Number(m[1]), Number(m[2])]
    const [d, mo] = order === 'dmy' ? [a, b] : [b, a]
    return isDate(y, mo, d) ? { type: 'date', iso: `${y}-${pad(mo)}-${pad(d)}` } : null
  }
  m = /^(\d{4})-(\d{2})$/.exec(s)
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { type: 'month', period: s } : null
  const q = /^(\d{4})[-\s]?[QqTt]([1-4])$/.exec(s)
  if (q) return { type: 'quarter', period: `${q[1]}-Q${q[2]}` }
  const q2 = /^[QqTt]([1-4])[-\s]?(\d{4})$/.exec(s)
  if (q2) return { type: 'quarter', period: `${q2[2]}-Q${q2[1]}` }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    // days since 1899-12-30, as spreadsheets count
    const serial = Math.floor(Number(s))
    if (serial < 20_000 || serial > 80_000) return null
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
    return { type: 'date', iso: date.toISOString().slice(0, 10) }
  }
  return null
}

/** The period a date falls in: "2026-09" or "2026-Q3". */
export function periodOf(d: ReadDate, grouping: Grouping): string {
  if (d.type === 'quarter') return d.period
  const ym = d.type === 'date' ? d.iso.slice(0, 7) : d.period
  if (grouping === 'month') return ym
  return `${ym.slice(0, 4)}-Q${Math.floor((Number(ym.slice(5, 7)) - 1) / 3) + 1}`
}

// ---- cells ---------------------------------------------------------------------------

/** A whole answer in [min, max] ("9", "9.0", " 9 "); null otherwise. */
function answer(text: string, min: number, max: number): number | null {
  const t = text.trim().replace(',', '.')
  if (!/^\d+(\.0+)?$/.test(t)) return null
  const v = Number(t)
  return v >= min && v <= max ? v : null
}

/** A number with a point or a decimal comma, spaces as thousands separators, a trailing % allowed. */
function decimal(text: string): number | null {
  const t = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.')
    .replace('−', '-')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null
  return Number(t)
}

/** The metric an aggregated row names: nps, csat, ces, or a custom KPI's name as written. */
export function readMetric(text: string): string {
  const k = normaliseKey(text)
  if (/^nps$|net promoter|recommand|recommend/.test(k)) return 'nps'
  if (/^csat$|satisfaction/.test(k)) return 'csat'
  if (/^ces$|effort/.test(k)) return 'ces'
  return text.trim().slice(0, 100)
}

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s)

// ---- aggregation -------------------------------------------------------------------------

interface Acc {
  group: SurveyGroup
  firstLine: number
}

/** Turn the rows into scores, as the mapping says. `verbatims`: how many detractor comments to keep per touchpoint (0 for none). */
export function aggregateSurvey(rows: readonly SurveyRow[], mapping: SurveyMapping, opts: { verbatims?: number } = {}): SurveyResult {
  const col = (f: SurveyField) => mapping.columns.indexOf(f)
  const c = {
    touchpoint: col('touchpoint'),
    stage: col('stage'),
    date: col('date'),
    nps: col('nps'),
    csat: col('csat'),
    ces: col('ces'),
    comment: col('comment'),
    metric: col('metric'),
    value: col('value'),
    n: col('n'),
    target: col('target'),
    promoters: col('promoters'),
    passives: col('passives'),
    detractors: col('detractors'),
  }
  const result: SurveyResult = { groups: [], bad: [], badCount: 0, rows: 0, used: 0, subjects: [], verbatims: [] }
  if (c.touchpoint < 0 && c.stage < 0) return { ...result, problem: 'noSubjectColumn' }
  const defaultPeriod = mapping.defaultPeriod?.trim() ? readDate(mapping.defaultPeriod, mapping.dateOrder) : null
  if (c.date < 0 && !defaultPeriod) return { ...result, problem: 'noPeriod' }
  const aggregated = mapping.shape === 'aggregated'
  if (aggregated && c.metric < 0 && c.promoters < 0) return { ...result, problem: 'noMetricColumn' }
  if (!aggregated && c.nps < 0 && c.csat < 0 && c.ces < 0) return { ...result, problem: 'noMetricColumn' }

  const cesMax = mapping.cesScale === '1-7' ? 7 : 5
  const groups = new Map<string, Acc>()
  const subjects = new Map<string, { touchpoint: string; stage: string; rows: number }>()
  const keepVerbatims = Math.max(0, opts.verbatims ?? 0)
  const verbatims = new Map<string, Verbatim[]>()
  const bad = (line: number, reason: BadReason, value?: string, first?: number) => {
    result.badCount++
    if (result.bad.length < BAD_ROWS_KEPT) result.bad.push({ line, reason, ...(value !== undefined ? { value: cut(value) } : {}), ...(first ? { first } : {}) })
  }
  const cell = (row: SurveyRow, i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '')
  // the same few names on every row: normalised once each
  const names = new Map<string, string>()
  const nk = (s: string) => {
    let k = names.get(s)
    if (k === undefined) {
      k = normaliseKey(s)
      if (names.size < 100_000) names.set(s, k)
    }
    return k
  }
  const keyOf = (touchpoint: string, stage: string, period: string, metric: string) =>
    `${nk(touchpoint)}\u0000${nk(stage)}\u0000${period}\u0000${metric.toLowerCase()}`
  const group = (touchpoint: string, stage: string, period: string, metric: string, line: number): Acc => {
    const key = keyOf(touchpoint, stage, period, metric)
    let acc = groups.get(key)
    if (!acc) groups.set(key, (acc = { group: { touchpoint, stage, period, metric, rows: 0 }, firstLine: line }))
    return acc
  }

  for (const row of rows) {
    if (row.cells.every((x) => x.trim() === '')) continue
    result.rows++
    const touchpoint = cell(row, c.touchpoint)
    const stage = cell(row, c.stage)
    if (!touchpoint && !stage) {
      bad(row.line, 'noSubject')
      continue
    }
    const dateText = cell(row, c.date)
    const date = dateText ? readDate(dateText, mapping.dateOrder) : defaultPeriod
    if (!date) {
      bad(row.line, 'date', dateText)
      continue
    }
    const period = aggregated && date.type !== 'date' ? date.period : periodOf(date, mapping.grouping)

    if (!aggregated) {
      const texts = { nps: cell(row, c.nps), csat: cell(row, c.csat), ces: cell(row, c.ces) }
      const nps = texts.nps ? answer(texts.nps, 0, 10) : null
      const csat = texts.csat ? answer(texts.csat, 1, 5) : null
      const ces = texts.ces ? answer(texts.ces, 1, cesMax) : null
      if (texts.nps && nps === null) {
        bad(row.line, 'nps', texts.nps)
        continue
      }
      if (texts.csat && csat === null) {
        bad(row.line, 'csat', texts.csat)
        continue
      }
      if (texts.ces && ces === null) {
        bad(row.line, 'ces', texts.ces)
        continue
      }
      if (nps === null && csat === null && ces === null) {
        bad(row.line, 'noAnswer')
        continue
      }
      const add = (metric: string, v: number, extra: Partial<SurveyGroup>) => {
        const g = group(touchpoint, stage, period, metric, row.line).group
        const counts = (g.counts ??= {})
        counts[v] = (counts[v] ?? 0) + 1
        g.rows++
        Object.assign(g, extra)
      }
      if (nps !== null) add('nps', nps, {})
      if (csat !== null) add('csat', csat, { scale: '1-5', method: mapping.csatMethod })
      if (ces !== null) add('ces', ces, { scale: mapping.cesScale })
      const comment = cell(row, c.comment)
      if (keepVerbatims && comment && nps !== null && nps <= 6 && touchpoint) {
        const key = `${nk(touchpoint)}\u0000${nk(stage)}`
        const list = verbatims.get(key) ?? []
        const v: Verbatim = { touchpoint, stage, text: comment, date: date.type === 'date' ? date.iso : date.period, nps, line: row.line }
        // most recent first; equal dates: the later line first
        let i = list.findIndex((x) => x.date < v.date || (x.date === v.date && x.line < v.line))
        if (i < 0) i = list.length
        if (i < keepVerbatims) {
          list.splice(i, 0, v)
          if (list.length > keepVerbatims) list.pop()
          verbatims.set(key, list)
        }
      }
    } else {
      const pro = cell(row, c.promoters)
      const pas = cell(row, c.passives)
      const det = cell(row, c.detractors)
      const metricText = cell(row, c.metric)
      const metric = metricText ? readMetric(metricText) : pro || pas || det ? 'nps' : ''
      if (!metric) {
        bad(row.line, 'metric')
        continue
      }
      const seen = groups.get(keyOf(touchpoint, stage, period, metric))
      if (seen) {
        bad(row.line, 'duplicate', undefined, seen.firstLine)
        continue
      }
      const g: Partial<SurveyGroup> = {}
      if (metric === 'nps' && (pro || pas || det)) {
        const counts = [pro, pas, det].map((x) => (x ? answer(x, 0, 1e9) : 0))
        if (counts.some((x) => x === null) || counts.every((x) => x === 0)) {
          bad(row.line, 'counts', [pro, pas, det].join(' / '))
          continue
        }
        g.counts = { promoters: counts[0]!, passives: counts[1]!, detractors: counts[2]! }
      } else {
        const vt = cell(row, c.value)
        const v = decimal(vt)
        const family = metric === 'nps' || metric === 'csat' || metric === 'ces' ? metric : 'kpi'
        const range =
          family === 'nps'
            ? [-100, 100]
            : family === 'csat'
              ? mapping.csatMethod === 'mean'
                ? [1, 5]
                : [0, 100]
              : family === 'ces'
                ? [1, cesMax]
                : [-1e9, 1e9]
        if (v === null || v < range[0] || v > range[1]) {
          bad(row.line, 'value', vt)
          continue
        }
        g.value = v
        if (family === 'csat') {
          g.scale = '1-5'
          g.method = mapping.csatMethod
        }
        if (family === 'ces') g.scale = mapping.cesScale
      }
      const nt = cell(row, c.n)
      if (nt) {
        const n = answer(nt.replace(/[\s\u00a0\u202f]/g, ''), 0, 1e9)
        if (n === null) {
          bad(row.line, 'n', nt)
          continue
        }
        g.n = n
      }
      const tt = cell(row, c.target)
      if (tt) {
        const t = decimal(tt)
        if (t === null) {
          bad(row.line, 'target', tt)
          continue
        }
        g.target = t
      }
      Object.assign(group(touchpoint, stage, period, metric, row.line).group, g, { rows: 1 })
    }
    result.used++
    const sk = `${nk(touchpoint)}\u0000${nk(stage)}`
    const s = subjects.get(sk)
    if (s) s.rows++
    else subjects.set(sk, { touchpoint, stage, rows: 1 })
  }
  result.groups = [...groups.values()].map((a) => a.group).filter((g) => g.rows > 0)
  result.subjects = [...subjects.values()]
  result.verbatims = [...verbatims.values()].flat()
  return result
}

/** The measurement a group makes (without its id and what it scores). */
export function groupMeasurement(g: SurveyGroup, source: string): Omit<Measurement, 'id'> {
  const m: Omit<Measurement, 'id'> = { metric: g.metric, period: g.period }
  if (g.counts) m.counts = g.counts
  if (g.value !== undefined) m.value = g.value
  if (g.n !== undefined) m.n = g.n
  if (g.target !== undefined) m.target = g.target
  if (g.scale) m.scale = g.scale
  if (g.method) m.method = g.method
  if (source) m.source = source
  return m
}
