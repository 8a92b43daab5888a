// A small line chart of one metric's history with its target: periods along x, the score on
// the metric's scale along y (d3-scale for the scales and ticks, d3-shape for the line). Plain
// SVG in the DOM; its accessible name lists every point.
import { scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { useTranslation } from 'react-i18next'
import { measurementScore, type ScoreFacts } from '../../domain/methods/scores'
import { formatFor, metricLabel } from '../../domain/methods/scoreFormat'
import { scoreRange } from '../../domain/methods/scoresLane'
import type { Measurement } from '../../domain/types'

const W = 280
const H = 130
const M = { top: 12, right: 14, bottom: 24, left: 40 }

export function ScoreChart({ series, facts }: { series: Measurement[]; facts: ScoreFacts }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const points = series.map((m) => ({ period: m.period, score: measurementScore(m) })).filter((p): p is { period: string; score: number } => p.score !== null)
  if (!points.length) return null
  const last = series[series.length - 1]
  const targets = series.map((m) => m.target).filter((v): v is number => typeof v === 'number')
  // zoomed on the scores and targets (a change of a few points must show), within the metric's scale
  const [min, max] = scoreRange(last, Math.max(...points.map((p) => p.score)), targets.length ? Math.max(...targets) : null)
  const values = [...points.map((p) => p.score), ...targets]
  let lo = Math.min(...values)
  let hi = Math.max(...values)
  const span = facts.family === 'kpi' ? Math.max(1, Math.abs(hi) * 0.2) : (max - min) / 10
  if (hi - lo < span) [lo, hi] = [(lo + hi) / 2 - span / 2, (lo + hi) / 2 + span / 2]
  const pad = (hi - lo) * 0.15
  lo -= pad
  hi += pad
  if (facts.family !== 'kpi') [lo, hi] = [Math.max(min, lo), Math.min(max, hi)]
  const y = scaleLinear()
    .domain([lo, hi])
    .range([H - M.bottom, M.top])
    .nice()
  const x = scalePoint<string>()
    .domain(points.map((p) => p.period))
    .range([M.left + 10, W - M.right - 10])
    .padding(points.length === 1 ? 0.5 : 0)
  const path = line<{ period: string; score: number }>()
    .x((p) => x(p.period)!)
    .y((p) => y(p.score))(points)
  const fmt = (v: number) => formatFor(facts, v, lang)
  const target = facts.target
  const label =
    t('scores.chart', { metric: metricLabel(series[0].metric), points: points.map((p) => `${p.period} ${fmt(p.score)}`).join(', ') }) +
    (target !== null ? `; ${t('scores.chartTarget', { value: fmt(target) })}` : '')
  return (
    <svg className="score-chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {y.ticks(4).map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#eceff1" />
          <text x={M.left - 6} y={y(v) + 4} fontSize={10} textAnchor="end" fill="#607d8b">
            {fmt(v)}
          </text>
        </g>
      ))}
      {points.map((p) => (
        <text key={p.period} x={x(p.period)} y={H - 6} fontSize={10} textAnchor="middle" fill="#607d8b">
          {p.period}
        </text>
      ))}
      {target !== null && (
        <g>
          <line x1={M.left} x2={W - M.right} y1={y(target)} y2={y(target)} stroke="#1b2430" strokeDasharray="5 4" strokeWidth={1.5} />
          <text x={W - M.right} y={y(target) - 4} fontSize={10} textAnchor="end" fill="#1b2430" fontWeight={700}>
            {t('scores.targetLabel')} {fmt(target)}
          </text>
        </g>
      )}
      {path && <path d={path} fill="none" stroke="#1d4ed8" strokeWidth={2.5} />}
      {points.map((p) => (
        <circle key={p.period} cx={x(p.period)} cy={y(p.score)} r={4} fill="#fff" stroke="#1d4ed8" strokeWidth={2.5} />
      ))}
    </svg>
  )
}
