// The scores table (the continuous-progress dashboard): one row per measurement of the board —
// touchpoint, stage, metric, period, value, n, ±, target, status, trend — sortable, and as CSV.
// Pure: board in, rows and text out.
import Papa from 'papaparse'
import { comparePeriods, compareMetrics, scoreFacts, type ScoreFacts } from '../../domain/methods/scores'
import { formatMargin, metricLabel, scoreBadge, type ScoreBadge } from '../../domain/methods/scoreFormat'
import type { Board, Measurement } from '../../domain/types'
import { guardFormula } from '../io/cardsCsv'

export interface ScoreRow {
  m: Measurement
  facts: ScoreFacts
  badge: ScoreBadge
  /** The card's text, or "" for a stage's or the relationship's score. */
  touchpoint: string
  cardId?: string
  stage: string
  stageIndex: number
}

export const SCORE_COLUMNS = ['touchpoint', 'stage', 'metric', 'period', 'value', 'n', 'margin', 'target', 'status', 'trend'] as const
export type ScoreColumn = (typeof SCORE_COLUMNS)[number]
export type SortState = { column: ScoreColumn; dir: 'asc' | 'desc' }

export function scoreRows(board: Board, locale: string): ScoreRow[] {
  const all = board.measurements ?? []
  const cards = new Map(board.cards.map((c) => [c.id, c]))
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  return all.map((m) => {
    const card = m.cardId ? cards.get(m.cardId) : undefined
    const stageId = card?.stageId ?? m.stageId
    const si = stageId === undefined ? -1 : (stageIndex.get(stageId) ?? -1)
    const facts = scoreFacts(all, m)
    return {
      m,
      facts,
      badge: scoreBadge(m, facts, locale),
      touchpoint: card ? card.text.split('\n')[0] : '',
      cardId: card?.id,
      stage: si >= 0 ? board.stages[si].name : '',
      stageIndex: si,
    }
  })
}

const STATUS_RANK = { missed: 0, near: 1, met: 2, none: 3 }
const TREND_RANK = { down: 0, flat: 1, up: 2 }
const num = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v)

/** Rows sorted by a column; ties keep the natural order (stage, touchpoint, metric, period). */
export function sortRows(rows: readonly ScoreRow[], sort: SortState | null): ScoreRow[] {
  // the relationship's scores (no stage) come last
  const stage = (r: ScoreRow) => (r.stageIndex < 0 ? Number.MAX_SAFE_INTEGER : r.stageIndex)
  const natural = (a: ScoreRow, b: ScoreRow) =>
    stage(a) - stage(b) || a.touchpoint.localeCompare(b.touchpoint) || compareMetrics(a.m.metric, b.m.metric) || comparePeriods(a.m.period, b.m.period)
  const out = [...rows].sort(natural)
  if (!sort) return out
  const by: Record<ScoreColumn, (a: ScoreRow, b: ScoreRow) => number> = {
    touchpoint: (a, b) => a.touchpoint.localeCompare(b.touchpoint),
    stage: (a, b) => stage(a) - stage(b),
    metric: (a, b) => compareMetrics(a.m.metric, b.m.metric),
    period: (a, b) => comparePeriods(a.m.period, b.m.period),
    value: (a, b) => num(a.facts.score) - num(b.facts.score),
    n: (a, b) => num(a.facts.n) - num(b.facts.n),
    margin: (a, b) => num(a.facts.margin) - num(b.facts.margin),
    target: (a, b) => num(a.facts.target) - num(b.facts.target),
    status: (a, b) => STATUS_RANK[a.facts.status] - STATUS_RANK[b.facts.status],
    trend: (a, b) => (a.facts.trend ? TREND_RANK[a.facts.trend.trend] : 3) - (b.facts.trend ? TREND_RANK[b.facts.trend.trend] : 3),
  }
  const sign = sort.dir === 'asc' ? 1 : -1
  return out.sort((a, b) => sign * by[sort.column](a, b))
}

type T = (key: string, options?: Record<string, unknown>) => string

/** The table as CSV, in the language given (French: `;` and decimal commas, as French Excel expects); a byte order mark for Excel. */
export function scoresCsv(board: Board, rows: readonly ScoreRow[], t: T, lang: 'fr' | 'en'): string {
  const dec = (v: number | null, digits = 2) => (v === null ? '' : String(Math.round(v * 10 ** digits) / 10 ** digits).replace('.', lang === 'fr' ? ',' : '.'))
  const fields = [...SCORE_COLUMNS.map((c) => t(`scores.col.${c}`, { lng: lang })), t('scores.col.source', { lng: lang }), t('scores.col.kind', { lng: lang })]
  const data = rows.map((r) => {
    const subject = r.touchpoint || (r.m.stageId ? t('scores.wholeStage', { lng: lang }) : t('scores.relationship', { lng: lang }))
    return [
      subject,
      r.stage,
      metricLabel(r.m.metric) + (r.facts.method ? ` (${t(`methods.score.badge.${r.facts.method}`, { lng: lang })})` : ''),
      r.m.period,
      dec(r.facts.score),
      r.facts.n ?? '',
      r.facts.margin === null ? '' : formatMargin(r.facts.margin, r.facts.format, lang, r.facts.family).replace('±', ''),
      dec(r.facts.target),
      r.facts.status === 'none' ? '' : t(`methods.score.shortStatus.${r.facts.status}`, { lng: lang }),
      r.facts.trend ? t(`scores.trend.${r.facts.trend.trend}`, { lng: lang }) : '',
      r.m.source ?? '',
      t(`scores.kinds.${r.m.relational ? 'relational' : 'transactional'}`, { lng: lang }),
    ].map((v) => (typeof v === 'string' ? guardFormula(v) : v))
  })
  void board
  return '\uFEFF' + Papa.unparse({ fields, data }, { delimiter: lang === 'fr' ? ';' : ',', newline: '\r\n' })
}
