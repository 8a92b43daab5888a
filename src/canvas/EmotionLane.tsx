// The emotion curve, drawn in its lane: one value per stage (−3…+3), set by dragging a
// point or with the keyboard (each point is a slider). The lowest point and the end of
// the curve are marked, after the peak-end rule: they weigh most in what customers remember.
import { memo, useRef, useState } from 'react'
import { emotionSeries, peakEnd, setEmotion, smoothPath } from '../domain/methods/emotion'
import { METRICS } from '../domain/layout'
import type { Board } from '../domain/types'
import { useEditor } from '../store/editorStore'
import { formatNumber, useT } from '../i18n'

const PAD = 26
const MIN = -3
const MAX = 3

function EmotionLaneView({ board, laneHeight, marks: given }: { board: Board; laneHeight: number; marks?: { lowest: string | null; end: string | null } }) {
  const t = useT()
  const svg = useRef<SVGSVGElement>(null)
  const [drag, setDrag] = useState<{ stageId: string; value: number } | null>(null)
  const width = board.stages.length * METRICS.stageWidth
  const h = laneHeight
  const yOf = (v: number) => PAD + ((MAX - v) / (MAX - MIN)) * (h - 2 * PAD)
  const xOf = (i: number) => i * METRICS.stageWidth + METRICS.stageWidth / 2
  const series = emotionSeries(board).map((v, i) => (drag && board.stages[i].id === drag.stageId ? drag.value : v))
  const own = peakEnd(series)
  const at = (id: string | null) => (id === null ? null : board.stages.findIndex((s) => s.id === id))
  // a slice of a board (slides, PDF pages) marks the whole journey's lowest point and end, or none
  const marks = given ? { lowest: at(given.lowest), end: at(given.end) } : own

  // Runs of consecutive stages that have a value are drawn as one smooth curve each.
  const runs: { x: number; y: number }[][] = []
  let run: { x: number; y: number }[] = []
  series.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run)
      run = []
    } else run.push({ x: xOf(i), y: yOf(v) })
  })
  if (run.length) runs.push(run)

  const commit = (stageId: string, value: number, key?: string) => useEditor.getState().apply((b) => setEmotion(b, stageId, value), key ? { key } : undefined)

  const valueAt = (clientY: number) => {
    const r = svg.current!.getBoundingClientRect()
    const y = ((clientY - r.top) / r.height) * h
    const v = MAX - ((y - PAD) / (h - 2 * PAD)) * (MAX - MIN)
    return Math.max(MIN, Math.min(MAX, Math.round(v)))
  }

  return (
    <svg
      ref={svg}
      className="emotion-curve nodrag nopan"
      width={width}
      height={h}
      viewBox={`0 0 ${width} ${h}`}
      style={{ position: 'absolute', left: METRICS.laneHeaderWidth, top: 0 }}
      role="group"
      aria-label={t('methods.emotion.curve', { defaultValue: 'Emotion curve' })}
    >
      <line x1={0} x2={width} y1={yOf(0)} y2={yOf(0)} stroke="#90a4ae" strokeDasharray="6 6" />
      <text x={6} y={yOf(MAX) + 4} fontSize={13} fill="#607d8b" aria-hidden>
        +3 ☺
      </text>
      <text x={6} y={yOf(MIN) + 4} fontSize={13} fill="#607d8b" aria-hidden>
        −3 ☹
      </text>
      {runs.map((pts, i) => (
        <path key={i} d={smoothPath(pts)} fill="none" stroke="#1b2430" strokeWidth={3.5} strokeLinecap="round" />
      ))}
      {board.stages.map((s, i) => {
        const v = series[i]
        const has = v !== null
        const isLow = marks.lowest === i
        const isEnd = marks.end === i
        const cy = yOf(has ? v : 0)
        return (
          <g key={s.id}>
            {isLow && has && (
              <g aria-hidden>
                <text x={xOf(i)} y={cy > h / 2 ? cy - 18 : cy + 30} textAnchor="middle" fontSize={13} fontWeight={700} fill="#b71c1c">
                  ▼ {t('methods.emotion.lowest', { defaultValue: 'Lowest point' })}
                </text>
              </g>
            )}
            {isEnd && has && (
              <text x={xOf(i)} y={isLow && cy > h / 2 ? cy - 36 : cy - 18} textAnchor="middle" fontSize={13} fontWeight={700} fill="#1b2430" aria-hidden>
                ◆ {t('methods.emotion.end', { defaultValue: 'End' })}
              </text>
            )}
            <circle
              cx={xOf(i)}
              cy={cy}
              r={has ? 10 : 8}
              fill={has ? (isLow ? '#b71c1c' : '#fff') : 'transparent'}
              stroke={has ? '#1b2430' : '#90a4ae'}
              strokeWidth={3}
              strokeDasharray={has ? undefined : '3 3'}
              className="emotion-point"
              tabIndex={0}
              role="slider"
              aria-label={t('methods.emotion.point', { stage: s.name, defaultValue: `Emotion at ${s.name}` })}
              aria-valuemin={MIN}
              aria-valuemax={MAX}
              aria-valuenow={has ? v : undefined}
              aria-valuetext={has ? formatNumber(v, { signDisplay: 'exceptZero' }) : t('methods.emotion.unset', { defaultValue: 'not set' })}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0
                if (!step) return
                e.preventDefault()
                e.stopPropagation()
                commit(s.id, Math.max(MIN, Math.min(MAX, (has ? v : 0) + step)), `emotion:${s.id}`)
              }}
              onPointerDown={(e) => {
                e.stopPropagation()
                ;(e.target as Element).setPointerCapture(e.pointerId)
                setDrag({ stageId: s.id, value: valueAt(e.clientY) })
              }}
              onPointerMove={(e) => drag?.stageId === s.id && setDrag({ stageId: s.id, value: valueAt(e.clientY) })}
              onPointerUp={() => {
                if (drag?.stageId === s.id) commit(s.id, drag.value)
                setDrag(null)
              }}
            />
            {has && (
              <text x={xOf(i) + 16} y={cy + 5} fontSize={14} fontWeight={700} fill="#1b2430" aria-hidden>
                {v > 0 ? `+${v}` : v}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
export const EmotionLane = memo(EmotionLaneView)
