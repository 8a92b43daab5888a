// The cards of a board as CSV, one row per card, to analyse in a spreadsheet (count the
// irritants per stage, sort by votes, filter the fail points…). Pure: board in, text out.
import Papa from 'papaparse'
import type { Board, Card, Measurement } from '../../domain/types'
import { criticality } from '../../domain/methods/fmea'
import { compareMetrics, latestByCard, measurementScore, metricKey, sampleSize, scoreFacts } from '../../domain/methods/scores'
import { metricLabel } from '../../domain/methods/scoreFormat'
import { t } from '../../i18n'
import './strings'
import '../methods/strings'

export interface CardsCsvOptions {
  /** Headers and labels in this language; French also gets `;` and decimal commas, as French Excel expects. */
  lang: 'fr' | 'en'
}

export const CSV_COLUMNS = [
  'stageNo',
  'stage',
  'phase',
  'lane',
  'laneRole',
  'text',
  'tag',
  'evidence',
  'votes',
  'moment',
  'failPoint',
  'waitPoint',
  'duration',
  'criticality',
] as const

/**
 * A cell a spreadsheet could run as a formula is prefixed with ' so that it stays text: a
 * card's text is never executed (CSV injection). That is a cell whose first visible character
 * is =, +, -, @ or their full-width (＝ ＋ － ＠) or small (﹦ ﹢ ﹣) forms, which spreadsheets
 * read alike — even after spaces or line breaks, which they trim — and any cell that starts
 * with a tab, a carriage return or a line feed.
 */
const FORMULA = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63])/

export function guardFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value
}

type Cell = string | number

export function cardsCsv(board: Board, opts: CardsCsvOptions): string {
  const lng = opts.lang
  const tr = (key: string) => t(key, { lng })
  const num = (n: number): Cell => (lng === 'fr' && !Number.isInteger(n) ? String(n).replace('.', ',') : n)
  const yes = tr('io.csv.yes')

  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]))
  const phaseOf = new Map<string, string>()
  for (const p of board.phases ?? []) for (const s of p.stageIds) if (!phaseOf.has(s)) phaseOf.set(s, p.name)
  // the board's measurements: each metric's latest score gets its columns, and a last column lists every score of the card
  const measurements = board.measurements ?? []
  const byCard = new Map<string, Measurement[]>()
  for (const m of measurements) if (m.cardId) byCard.set(m.cardId, [...(byCard.get(m.cardId) ?? []), m])
  const withScores = byCard.size > 0
  // one group of columns per metric: its latest period's score
  const latest = latestByCard(measurements)
  const metrics = [...new Map([...latest.values()].flat().map((m) => [metricKey(m.metric), m.metric])).entries()].sort((a, b) => compareMetrics(a[1], b[1]))

  // Reading order: stage by stage, lane by lane, then the cell's own order.
  const order = (c: Card) => [stageIndex.get(c.stageId) ?? Infinity, laneIndex.get(c.laneId) ?? Infinity]
  const cards = board.cards
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const [sa, la] = order(a.c)
      const [sb, lb] = order(b.c)
      return sa - sb || la - lb || a.i - b.i
    })
    .map((x) => x.c)

  const scores = (c: Card): string =>
    (byCard.get(c.id) ?? [])
      .map((m) => {
        const score = measurementScore(m)
        const n = sampleSize(m)
        const metric = ['nps', 'csat', 'ces'].includes(m.metric.toLowerCase()) ? m.metric.toUpperCase() : m.metric
        const value = score === null ? '–' : String(Math.round(score * 100) / 100).replace('.', lng === 'fr' ? ',' : '.')
        return `${metric} ${m.period}: ${value}${n !== null ? ` (n=${n})` : ''}`
      })
      .join('\n')

  const rows: Cell[][] = cards.map((c) => {
    const si = stageIndex.get(c.stageId)
    const stage = si === undefined ? undefined : board.stages[si]
    const li = laneIndex.get(c.laneId)
    const lane = li === undefined ? undefined : board.lanes[li]
    const row: Cell[] = [
      si === undefined ? '' : si + 1,
      stage?.name ?? '',
      (stage && phaseOf.get(stage.id)) ?? '',
      lane?.name ?? '',
      lane ? tr(`role.${lane.role}`) : '',
      c.text,
      c.tag ? tr(`tag.${c.tag}`) : '',
      c.evidence ? tr(`evidence.${c.evidence}`) : '',
      c.votes ?? '',
      c.moment ? tr(`moment.${c.moment}`) : '',
      c.failPoint ? yes : '',
      c.waitPoint ? yes : '',
      c.durationMinutes === undefined ? '' : num(c.durationMinutes),
      c.fmea ? criticality(c.fmea) : '',
    ]
    for (const [key] of metrics) {
      const m = latest.get(c.id)?.find((x) => metricKey(x.metric) === key)
      const f = m && scoreFacts(measurements, m)
      const score = f?.score ?? null
      row.push(
        score === null ? '' : num(Math.round(score * 100) / 100),
        m?.period ?? '',
        f?.n ?? '',
        f?.target == null ? '' : num(f.target),
        f && f.status !== 'none' ? tr(`methods.score.shortStatus.${f.status}`) : '',
      )
    }
    if (withScores) row.push(scores(c))
    return row.map((v) => (typeof v === 'string' ? guardFormula(v) : v))
  })
  const fields = CSV_COLUMNS.map((k) => tr(`io.csv.col.${k}`))
  for (const [, name] of metrics) {
    const metric = metricLabel(name)
    fields.push(...(['score', 'period', 'n', 'target', 'status'] as const).map((k) => t(`methods.score.csv.${k}`, { lng, metric })))
  }
  if (withScores) fields.push(tr('io.csv.col.measurements'))
  // The byte order mark tells Excel the file is UTF-8 (accents intact).
  return '\uFEFF' + Papa.unparse({ fields, data: rows }, { delimiter: lng === 'fr' ? ';' : ',', newline: '\r\n' })
}
