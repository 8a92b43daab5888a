// Measured scores in the export scene, drawn from the same pure facts as the board
// (domain/methods/scoreFormat's scoreBadge, scoresLane's rows and ranges): each card's badges
// (metric, value, status by colour AND shape, the trend as a drawn arrow, a dashed border and
// "low sample" when too few answered) and the Scores lane (per stage, each score as a bar on its
// scale with the target as a tick and the status symbol). Native shapes only: every format
// (SVG, PNG, PDF, slides, PowerPoint) draws them.
import { scaleLinear } from 'd3-scale'
import { METRICS, type Rect } from '../../../domain/layout'
import { latestWithPrevious, scoreFacts } from '../../../domain/methods/scores'
import { scoreBadge, type ScoreBadge } from '../../../domain/methods/scoreFormat'
import { scoreRange, scoresLaneRows } from '../../../domain/methods/scoresLane'
import type { Board, Card, Id } from '../../../domain/types'
import { STATUS_COLORS, statusSymbol } from '../../../ui/scoreSymbols'
import type { Shape } from './shapes'
import type { Measure } from './text'

type Text = (s: Omit<Extract<Shape, { type: 'text' }>, 'type'>) => void
type Translate = (key: string, options?: Record<string, unknown>) => string

const INK = '#1b2430'
const INK2 = '#4a5563'
const BADGE_H = 22

/** Each scored card's badges (the latest period of each metric), for the scene. */
export function sceneBadges(board: Board, locale: string): Map<Id, ScoreBadge[]> {
  const out = new Map<Id, ScoreBadge[]>()
  const all = board.measurements ?? []
  if (!all.length) return out
  for (const [cardId, latest] of latestWithPrevious(all))
    out.set(
      cardId,
      latest.map(({ m, previous }) => scoreBadge(m, scoreFacts(all, m, {}, previous), locale)),
    )
  return out
}

/** A trend drawn as an arrow (↗ up, ↘ down, → flat) in a `size` box at (x, y): no glyph a font may lack. */
function trendArrow(shapes: Shape[], trend: 'up' | 'down' | 'flat', x: number, y: number, size: number, color: string) {
  const dy = trend === 'up' ? -1 : trend === 'down' ? 1 : 0
  const mid = y + size / 2
  const from = { x: x + 1, y: mid - (dy * size) / 2.6 }
  const to = { x: x + size - 1, y: mid + (dy * size) / 2.6 }
  const len = Math.hypot(to.x - from.x, to.y - from.y)
  const ux = (to.x - from.x) / len
  const uy = (to.y - from.y) / len
  shapes.push({ type: 'line', points: [from, { x: to.x - ux * 4, y: to.y - uy * 4 }], stroke: color, sw: 2 })
  const w = 3.6
  const bx = to.x - ux * 6.5
  const by = to.y - uy * 6.5
  shapes.push({ type: 'path', d: `M${to.x},${to.y} L${bx - uy * w},${by + ux * w} L${bx + uy * w},${by - ux * w} Z`, fill: color })
}

/** A card's badges, one row each, from `top` (card px), within `width`. */
export function drawBadges(
  shapes: Shape[],
  text: Text,
  measure: Measure,
  t: Translate,
  badges: ScoreBadge[],
  style: Board['scoreSymbols'],
  x: number,
  top: number,
  width: number,
) {
  badges.forEach((b, i) => {
    const y = top + i * METRICS.badgeRowHeight
    const parts: { w: number; draw: (px: number) => void }[] = []
    if (b.status !== 'none') {
      const status = b.status
      parts.push({
        w: 16,
        draw: (px) => shapes.push({ type: 'symbol', name: statusSymbol(style ?? 'traffic', status), x: px, y: y + 3, size: 16, color: STATUS_COLORS[status] }),
      })
    }
    parts.push({ w: measure(b.metric, 12, 700), draw: (px) => text({ x: px, y: y + 2, w: 80, lines: [b.metric], size: 12, lh: 18, weight: 700, fill: INK }) })
    parts.push({ w: measure(b.value, 13, 700), draw: (px) => text({ x: px, y: y + 2, w: 80, lines: [b.value], size: 13, lh: 18, weight: 700, fill: INK }) })
    if (b.trend) {
      const trend = b.trend
      parts.push({ w: 13, draw: (px) => trendArrow(shapes, trend, px, y + 4.5, 13, INK) })
    }
    const gap = 5
    if (b.lowSample) {
      // the words when they fit, else the legend's low-sample mark (the dashed border says it too)
      const low = t('methods.score.badge.lowSample')
      const lw = measure(low, 12, 400)
      const used = parts.reduce((s, p) => s + p.w + gap, 0) + 11
      if (used + lw <= width)
        parts.push({ w: lw, draw: (px) => text({ x: px, y: y + 2, w: lw + 4, lines: [low], size: 12, lh: 18, fill: INK2, italic: true }) })
      else parts.push({ w: 16, draw: (px) => shapes.push({ type: 'symbol', name: 'low-sample', x: px, y: y + 3, size: 16, color: '#455a64' }) })
    }
    const inner = parts.reduce((s, p) => s + p.w, 0) + gap * (parts.length - 1)
    const padL = b.status === 'none' ? 8 : 3
    const w = Math.min(width, padL + inner + 8)
    shapes.push({
      type: 'rect',
      x,
      y,
      w,
      h: BADGE_H,
      r: BADGE_H / 2,
      fill: '#ffffff',
      stroke: b.lowSample ? '#455a64' : '#90a4ae',
      sw: 1.5,
      dash: b.lowSample ? '4 3' : undefined,
    })
    let px = x + padL
    for (const p of parts) {
      if (px + p.w > x + w) break
      p.draw(px)
      px += p.w + gap
    }
  })
}

/** Where a card's badges start (scene px): below its text, the layout having made room for them. */
export const badgesTop = (card: Rect, textLines: number) => card.y + 30 + Math.max(1, textLines) * 20 + 4

/** The Scores lane of `part` (its stages and cards), in the lane's rectangle `lane` (scene px, grid part only). */
export function drawScoresLane(
  shapes: Shape[],
  text: Text,
  measure: Measure,
  t: Translate,
  part: Board,
  all: Board['measurements'],
  locale: string,
  lane: { x: number; y: number },
  stageWidth = METRICS.stageWidth,
) {
  const measurements = all ?? []
  const rows = scoresLaneRows({ ...part, measurements })
  const cards = new Map<Id, Card>(part.cards.map((c) => [c.id, c]))
  const style = part.scoreSymbols ?? 'traffic'
  const PAD_X = 12
  const SYMBOL = 16
  part.stages.forEach((stage, i) => {
    const list = rows.get(stage.id) ?? []
    const x0 = lane.x + i * stageWidth + PAD_X
    const x1 = lane.x + (i + 1) * stageWidth - PAD_X
    list.forEach((row, r) => {
      const m = row.measurement
      const facts = scoreFacts(measurements, m)
      const b = scoreBadge(m, facts, locale)
      const y = lane.y + METRICS.cellPadding + r * METRICS.scoresRowHeight
      const value = `${b.metric} ${b.value}`
      const vw = measure(value, 13, 700)
      const arrowW = b.trend ? 15 : 0
      const nameRoom = x1 - x0 - vw - arrowW - 8
      let name = row.cardId ? (cards.get(row.cardId)?.text.split('\n')[0] ?? '') : t('methods.score.lane.stageScore')
      while (name.length > 1 && measure(name, 12, 400) > nameRoom) name = `${name.slice(0, -2)}…`
      text({ x: x0, y: y - 2, w: nameRoom, lines: [name], size: 12, lh: 18, fill: '#37474f' })
      text({ x: x1 - arrowW, y: y - 2, w: vw, lines: [value], size: 13, lh: 18, weight: 700, fill: INK, anchor: 'end' })
      if (b.trend) trendArrow(shapes, b.trend, x1 - 13, y + 1.5, 13, INK)
      const [lo, hi] = scoreRange(m, facts.score, facts.target)
      const sx = scaleLinear()
        .domain([lo, hi])
        .range([x0, x1 - SYMBOL - 6])
        .clamp(true)
      const barY = y + 20
      const color = b.status === 'none' ? '#607d8b' : STATUS_COLORS[b.status]
      shapes.push({
        type: 'line',
        points: [
          { x: x0, y: barY + 4 },
          { x: x1 - SYMBOL - 6, y: barY + 4 },
        ],
        stroke: '#cfd8dc',
        sw: 8,
      })
      if (facts.score !== null) {
        const origin = sx(lo <= 0 && hi >= 0 ? 0 : lo)
        const end = sx(facts.score)
        shapes.push({
          type: 'rect',
          x: Math.min(origin, end),
          y: barY,
          w: Math.max(2, Math.abs(end - origin)),
          h: 8,
          r: 2,
          fill: b.lowSample ? '#ffffff' : color,
          stroke: b.lowSample ? color : undefined,
          sw: b.lowSample ? 1.5 : undefined,
          dash: b.lowSample ? '3 2' : undefined,
        })
      }
      if (facts.target !== null) {
        const tx = sx(facts.target)
        shapes.push({
          type: 'line',
          points: [
            { x: tx, y: barY - 4 },
            { x: tx, y: barY + 12 },
          ],
          stroke: INK,
          sw: 2.2,
        })
        shapes.push({ type: 'path', d: `M${tx - 4},${barY - 7} h8 l-4,4 Z`, fill: INK })
      }
      if (b.status !== 'none')
        shapes.push({ type: 'symbol', name: statusSymbol(style, b.status), x: x1 - SYMBOL, y: barY - 4, size: SYMBOL, color: STATUS_COLORS[b.status] })
    })
  })
}
