// The Scores lane: stage by stage, the latest score of the stage itself and of each of its
// touchpoints, drawn as a bar on the metric's scale with the target as a tick and the status
// symbol (colour and shape) — the measured counterpart of the emotion curve, in the board and
// in every export (plain SVG in the DOM).
import { memo, useMemo } from 'react'
import { METRICS } from '../domain/layout'
import { scoreFacts } from '../domain/methods/scores'
import { scoreBadge } from '../domain/methods/scoreFormat'
import { scoreRange, scoresLaneRows } from '../domain/methods/scoresLane'
import type { Board } from '../domain/types'
import { i18n, useT } from '../i18n'
import { Symbol } from '../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../ui/scoreSymbols'
import { badgeLabel } from './scoreText'
import './scores.css'

const PAD_X = 12
const SYMBOL = 16
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
/** d3's scaleLinear().domain([lo, hi]).range([a, b]).clamp(true), without loading d3-scale with the app. */
const linear =
  (lo: number, hi: number, a: number, b: number) =>
  (v: number): number =>
    a + (hi === lo ? 0.5 : Math.min(1, Math.max(0, (v - lo) / (hi - lo)))) * (b - a)

function ScoresLaneView({ board, laneHeight }: { board: Board; laneHeight: number }) {
  const t = useT()
  const lang = i18n.language
  const rows = useMemo(() => scoresLaneRows(board), [board])
  const all = board.measurements ?? []
  const symbols = board.scoreSymbols ?? 'traffic'
  const width = board.stages.length * METRICS.stageWidth
  const cards = useMemo(() => new Map(board.cards.map((c) => [c.id, c])), [board.cards])
  return (
    <svg
      className="scores-lane"
      width={width}
      height={laneHeight}
      viewBox={`0 0 ${width} ${laneHeight}`}
      style={{ left: METRICS.laneHeaderWidth }}
      role="group"
      aria-label={t('role.scores')}
    >
      {board.stages.map((stage, i) => {
        const list = rows.get(stage.id) ?? []
        const x0 = i * METRICS.stageWidth + PAD_X
        const x1 = (i + 1) * METRICS.stageWidth - PAD_X
        return (
          <g key={stage.id} role="list" aria-label={t('methods.score.lane.chart', { stage: stage.name })}>
            {list.length === 0 && (
              <text x={x0} y={METRICS.cellPadding + 14} fontSize={12} fill="#90a4ae" aria-hidden>
                {t('methods.score.lane.empty')}
              </text>
            )}
            {list.map((row, r) => {
              const m = row.measurement
              const facts = scoreFacts(all, m)
              const b = scoreBadge(m, facts, lang)
              const name = row.cardId ? (cards.get(row.cardId)?.text.split('\n')[0] ?? '') : t('methods.score.lane.stageScore')
              const y = METRICS.cellPadding + r * METRICS.scoresRowHeight
              const [lo, hi] = scoreRange(m, facts.score, facts.target)
              const x = linear(lo, hi, x0, x1 - SYMBOL - 6)
              const origin = x(lo <= 0 && hi >= 0 ? 0 : lo)
              const barY = y + 20
              const color = b.status === 'none' ? '#607d8b' : STATUS_COLORS[b.status]
              const valueText = `${b.metric} ${b.value}${b.arrow ? ` ${b.arrow}` : ''}`
              return (
                <g key={m.id} role="listitem" aria-label={`${name}: ${badgeLabel(b, t, lang)}`}>
                  <text x={x0} y={y + 12} fontSize={12} fill="#37474f" aria-hidden>
                    {cut(name, Math.max(4, Math.floor((x1 - x0 - valueText.length * 7.6 - 8) / 6.4)))}
                  </text>
                  <text x={x1} y={y + 12} fontSize={12.5} fontWeight={800} fill="#1b2430" textAnchor="end" aria-hidden>
                    {valueText}
                  </text>
                  <line x1={x0} x2={x1 - SYMBOL - 6} y1={barY + 4} y2={barY + 4} stroke="#cfd8dc" strokeWidth={8} strokeLinecap="round" aria-hidden />
                  {facts.score !== null && (
                    <rect
                      x={Math.min(origin, x(facts.score))}
                      y={barY}
                      width={Math.max(2, Math.abs(x(facts.score) - origin))}
                      height={8}
                      rx={2}
                      fill={b.lowSample ? '#fff' : color}
                      stroke={color}
                      strokeWidth={b.lowSample ? 1.5 : 0}
                      strokeDasharray={b.lowSample ? '3 2' : undefined}
                      aria-hidden
                    />
                  )}
                  {facts.target !== null && (
                    <g aria-hidden>
                      <line x1={x(facts.target)} x2={x(facts.target)} y1={barY - 4} y2={barY + 12} stroke="#1b2430" strokeWidth={2.2} />
                      <path d={`M${x(facts.target) - 4} ${barY - 7}h8l-4 4z`} fill="#1b2430" />
                    </g>
                  )}
                  {b.status !== 'none' && (
                    <g transform={`translate(${x1 - SYMBOL}, ${barY - 4})`} aria-hidden>
                      <Symbol name={statusSymbol(symbols, b.status)} color={STATUS_COLORS[b.status]} size={SYMBOL} />
                    </g>
                  )}
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
export const ScoresLane = memo(ScoresLaneView)
