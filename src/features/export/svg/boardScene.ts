// The board drawn as a display list for the exports: title, persona, phases, stage headers,
// lanes, cards, routed arrows, the emotion curve and a legend, in the board's own language.
// A part of the board (a run of stages, a group of lanes) is drawn the same way, with every
// header repeated and, for an arrow whose other end is not drawn, a marker saying where it goes.
import { kindOf } from '../../../domain/kinds'
import { layoutBoard, METRICS, type BoardLayout, type Metrics, type Rect } from '../../../domain/layout'
import { isSeparator, type Board, type Card, type Id, type Lane, type Link, type Persona } from '../../../domain/types'
import { emotionSeries, peakEnd, peakEndStages, smoothPath } from '../../../domain/methods/emotion'
import { criticality } from '../../../domain/methods/fmea'
import { RouteCache, routeLink, type Box, type Pt } from '../../../domain/routing'
import { initials } from '../../../domain/personas'
import { boardDecorations } from '../../../canvas/decorations'
import type { CardFlags } from '../../../canvas/toFlow'
import { TAG_COLORS, type SymbolName } from '../../../ui/icons'
import { legendItems } from '../legend'
import { badgesTop, drawBadges, drawScoresLane, sceneBadges } from './scoresScene'
import type { Scene, Shape } from './shapes'
import { wrap, type Measure } from './text'

export type Translate = (key: string, options?: Record<string, unknown>) => string

export interface BoardSceneOptions {
  t: Translate
  locale: string
  measure: Measure
  personas?: Persona[]
  customerView?: boolean
  /** Stages drawn, 0-based inclusive (default: all). Stage numbers stay the whole board's. */
  stages?: { from: number; to: number }
  /** Lanes drawn (default: all the view shows). */
  laneIds?: ReadonlySet<Id>
  /** Title block above the board. */
  title?: { title: string; subtitle: string }
  /** Draw the primary persona (and who else the board is for) above the board. */
  persona?: boolean
  legend?: boolean
  /** Where the legend goes: under the board (default), or beside it (a tall board on a wide slide). */
  legendSide?: 'bottom' | 'right'
  /** The cards the legend explains (default: those drawn); a page of several blocks explains them all. */
  legendCards?: ReadonlySet<Id>
  /** An arrow with one end drawn gets a marker naming where its other end is. */
  markers?: boolean
}

export interface BoardScene extends Scene {
  /** Card boxes in scene px (the cards drawn). */
  cards: Map<Id, Rect>
  /** Arrow paths in scene px (from card border to card border). */
  arrows: Map<Id, Pt[]>
  /** The smallest text drawn, px. */
  minText: number
  /** Heights where the grid's lanes end (scene px). */
  laneBottoms: number[]
}

export const INK = '#1b2430'
const INK2 = '#4a5563'
const LINE = '#c9d1db'
const EDGE = '#37474f'
export const SCENE_PAD = 32
const GAP = 24
const GUTTER_X = 190
const GUTTER_Y = 46
const ROLE_SIZE = 12
const CARD_TEXT_WIDTH = METRICS.cardWidth - 27

/** One colour per empathy-map zone, as on the board. */
const ZONE_FILL: Record<string, string> = { says: '#e3f2fd', thinks: '#f3e5f5', does: '#e8f5e9', feels: '#fff3e0', pains: '#ffebee', gains: '#e0f2f1' }

const SZ = { title: 34, subtitle: 16, stage: 17, lane: 16, card: 15, legend: 15, label: 13, small: 12 }

/** Lanes drawn as zones around the persona (an empathy map), not as rows. */
export const drawsZones = (board: Board) => kindOf(board).layout === 'zones'

/** The height the tallest lane header's name and role need (lanes grow to it). */
export function laneNameHeight(lanes: readonly Lane[], t: Translate, measure: Measure): number {
  let need = 0
  for (const l of lanes) {
    if (isSeparator(l.role)) continue
    const { name, role } = laneHeaderLines(l, t, measure)
    need = Math.max(need, name.length * 20 + role.length * 16 + 28)
  }
  return need
}

function laneHeaderLines(l: Lane, t: Translate, measure: Measure): { name: string[]; role: string[] } {
  const width = METRICS.laneHeaderWidth - 22
  const roleLabel = t(`role.${l.role}`)
  return {
    name: wrap(l.name, width, 16, 700, measure),
    role: l.name.trim().toLowerCase() !== roleLabel.toLowerCase() ? wrap(roleLabel, width, ROLE_SIZE, 400, measure) : [],
  }
}

export function cardTextLines(card: Card, measure: Measure): string[] {
  return wrap(card.text, CARD_TEXT_WIDTH, SZ.card, 400, measure)
}
const hasFooter = (c: Card) => !!(c.votes || c.durationMinutes || c.fmea)
export const cardHeightOf = (card: Card, measure: Measure) => 48 + Math.max(1, cardTextLines(card, measure).length) * 20 + (hasFooter(card) ? 26 : 0)

function roundedTop(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x},${y + h} L${x},${y + r} Q${x},${y} ${x + r},${y} L${x + w - r},${y} Q${x + w},${y} ${x + w},${y + r} L${x + w},${y + h} Z`
}
function leftSquare(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x},${y} L${x + w - r},${y} Q${x + w},${y} ${x + w},${y + r} L${x + w},${y + h - r} Q${x + w},${y + h} ${x + w - r},${y + h} L${x},${y + h} Z`
}
/** A small filled arrow pointing along (dx, dy), its tip at (x, y). */
export function arrowHead(x: number, y: number, dx: number, dy: number, size: number): string {
  const l = Math.hypot(dx, dy) || 1
  const ux = dx / l
  const uy = dy / l
  const bx = x - ux * size
  const by = y - uy * size
  const w = size * 0.55
  return `M${x},${y} L${bx - uy * w},${by + ux * w} L${bx + uy * w},${by - ux * w} Z`
}

export function buildBoardScene(board: Board, o: BoardSceneOptions): BoardScene {
  const { t, measure } = o
  const shapes: Shape[] = []
  let minText = Infinity
  const text = (s: Omit<Extract<Shape, { type: 'text' }>, 'type'>) => {
    if (s.lines.some((l) => l.trim())) minText = Math.min(minText, s.size)
    shapes.push({ type: 'text', ...s })
  }
  const deco = boardDecorations(board, { customerView: !!o.customerView, assumptionsOnly: false })
  const flags = deco.flags
  const zones = drawsZones(board)
  const all = board.stages.length
  const from = zones ? 0 : Math.max(0, Math.min(all - 1, o.stages?.from ?? 0))
  const to = zones ? all - 1 : Math.max(from, Math.min(all - 1, o.stages?.to ?? all - 1))
  const stages = board.stages.slice(from, to + 1)
  const stageIds = new Set(stages.map((s) => s.id))
  const hidden = new Set<Id>(deco.hiddenLaneIds ?? [])
  if (o.laneIds) for (const l of board.lanes) if (!o.laneIds.has(l.id)) hidden.add(l.id)
  const lanesShown = board.lanes.filter((l) => !hidden.has(l.id))
  const part: Board = {
    ...board,
    stages,
    cards: board.cards.filter((c) => stageIds.has(c.stageId) && !hidden.has(c.laneId)),
    phases: board.phases?.map((p) => ({ ...p, stageIds: p.stageIds.filter((id) => stageIds.has(id)) })).filter((p) => p.stageIds.length),
    emotions: board.emotions?.filter((e) => stageIds.has(e.stageId)),
  }
  const partCardIds = new Set(part.cards.map((c) => c.id))
  const links = board.links.filter((l) => partCardIds.has(l.from) && partCardIds.has(l.to) && l.from !== l.to)
  const cardStage = new Map(board.cards.map((c) => [c.id, c]))
  const shownAnywhere = (id: Id) => {
    const c = cardStage.get(id)
    return !!c && !(deco.hiddenLaneIds?.has(c.laneId) ?? false)
  }
  const offPage = o.markers
    ? board.links.filter((l) => l.from !== l.to && partCardIds.has(l.from) !== partCardIds.has(l.to) && shownAnywhere(l.from) && shownAnywhere(l.to))
    : []
  const other = (l: Link) => cardStage.get(partCardIds.has(l.from) ? l.to : l.from)!
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]))
  const firstLane = lanesShown.length ? laneIndex.get(lanesShown[0].id)! : 0
  const lastLane = lanesShown.length ? laneIndex.get(lanesShown[lanesShown.length - 1].id)! : 0
  const gutter = {
    left: offPage.some((l) => stageIndex.get(other(l).stageId)! < from) ? GUTTER_X : 0,
    right: offPage.some((l) => stageIndex.get(other(l).stageId)! > to) ? GUTTER_X : 0,
    top: offPage.some((l) => {
      const s = stageIndex.get(other(l).stageId)!
      return s >= from && s <= to && laneIndex.get(other(l).laneId)! < firstLane
    })
      ? GUTTER_Y
      : 0,
    bottom: offPage.some((l) => {
      const s = stageIndex.get(other(l).stageId)!
      return s >= from && s <= to && laneIndex.get(other(l).laneId)! > lastLane
    })
      ? GUTTER_Y
      : 0,
  }

  // ---- sizes that grow with the text (nothing is cut) ----
  const stageNameWidth = METRICS.stageWidth - 8 - 14 - 30
  const stageNameLines = new Map(stages.map((s) => [s.id, wrap(s.name, stageNameWidth - (s.moment ? 22 : 0), SZ.stage, 700, measure)]))
  const counts = deco.stageCounts
  const stageNeed = Math.max(0, ...[...stageNameLines.values()].map((l) => l.length * 21 + 20 + (counts ? 18 : 0)))
  const stageHeader = Math.max(METRICS.stageHeaderHeight, stageNeed)
  const laneNameWidth = METRICS.laneHeaderWidth - 22
  const laneText = new Map<Id, { name: string[]; role: string[] }>()
  for (const l of lanesShown) if (!isSeparator(l.role)) laneText.set(l.id, laneHeaderLines(l, t, measure))
  const laneNeed = laneNameHeight(lanesShown, t, measure)
  const phaseLines = new Map((part.phases ?? []).map((p) => [p.id, wrap(p.name.toUpperCase(), p.stageIds.length * METRICS.stageWidth - 24, 15, 700, measure)]))
  const phaseNeed = Math.max(0, ...[...phaseLines.values()].map((l) => l.length * 20 + 16))
  const metrics: Metrics = {
    ...METRICS,
    laneHeaderWidth: METRICS.laneHeaderWidth + gutter.left,
    stageHeaderHeight: stageHeader + gutter.top,
    minLaneHeight: Math.max(METRICS.minLaneHeight, laneNeed),
    phaseHeaderHeight: Math.max(METRICS.phaseHeaderHeight, phaseNeed),
  }
  const layout: BoardLayout = layoutBoard(part, (c) => cardHeightOf(c, measure), { hiddenLaneIds: hidden, metrics })
  const gridWidth = layout.width + gutter.right
  const legendFor = {
    ...part,
    cards: o.legendCards ? board.cards.filter((c) => o.legendCards!.has(c.id)) : part.cards.filter((c) => layout.cards.has(c.id)),
    links: o.legendCards ? board.links : links,
  }
  const legend = o.legend === false ? [] : legendItems(legendFor, flags)

  // ---- the blocks above the board ----
  const LEGEND_COL = 300
  const legendRight = o.legendSide === 'right' && legend.length > 0
  const width = Math.max(gridWidth + (legendRight ? GAP + LEGEND_COL : 0), 720) + 2 * SCENE_PAD
  const inner = width - 2 * SCENE_PAD
  let y = SCENE_PAD
  if (o.title) {
    const titleLines = wrap(o.title.title, inner, SZ.title, 700, measure)
    const subLines = wrap(o.title.subtitle, inner, SZ.subtitle, 400, measure)
    text({ x: SCENE_PAD, y, w: inner, lines: titleLines, size: SZ.title, lh: 40, weight: 700, fill: INK })
    y += titleLines.length * 40 + 4
    text({ x: SCENE_PAD, y, w: inner, lines: subLines, size: SZ.subtitle, lh: 22, fill: INK2 })
    y += subLines.length * 22 + 10
    shapes.push({ type: 'rect', x: SCENE_PAD, y, w: inner, h: 3, fill: '#263238' })
    y += 3 + GAP
  }
  const personas = o.persona && !zones ? (o.personas ?? []) : []
  if (personas.length) y = drawPersona(personas, SCENE_PAD, y, Math.min(inner, Math.max(720, inner)), o, text, shapes) + GAP

  // ---- the board ----
  const ox = SCENE_PAD
  const oy = y
  const X = (v: number) => v + ox
  const Y = (v: number) => v + oy
  const stageX = (i: number) => X(metrics.laneHeaderWidth + i * METRICS.stageWidth)
  const gridLeft = X(metrics.laneHeaderWidth)
  const gridRight = X(layout.width)
  const gridTop = Y(layout.top)
  const gridBottom = Y(layout.height)

  // lanes
  const laneBottoms: number[] = []
  const cardsByLane = new Map<Id, number>()
  for (const c of part.cards) cardsByLane.set(c.laneId, (cardsByLane.get(c.laneId) ?? 0) + 1)
  lanesShown.forEach((lane, index) => {
    const r = layout.lanes.get(lane.id)
    if (!r) return
    laneBottoms.push(Y(r.y + r.height))
    if (zones) return drawZone(lane, r)
    if (isSeparator(lane.role)) return drawSeparator(lane, r)
    const odd = laneIndex.get(lane.id)! % 2 === 1
    shapes.push({ type: 'rect', x: gridLeft, y: Y(r.y), w: layout.width - metrics.laneHeaderWidth, h: r.height, fill: odd ? '#f7f9fb' : '#ffffff' })
    for (let i = 0; i <= stages.length; i++)
      shapes.push({
        type: 'line',
        points: [
          { x: stageX(i), y: Y(r.y) },
          { x: stageX(i), y: Y(r.y + r.height) },
        ],
        stroke: '#dde3ea',
        sw: 1,
        dash: '4 3',
      })
    shapes.push({
      type: 'line',
      points: [
        { x: X(0), y: Y(r.y + r.height) },
        { x: gridRight, y: Y(r.y + r.height) },
      ],
      stroke: LINE,
      sw: 1,
    })
    shapes.push({ type: 'rect', x: X(0), y: Y(r.y), w: METRICS.laneHeaderWidth, h: r.height, fill: '#eef1f4' })
    shapes.push({
      type: 'line',
      points: [
        { x: X(METRICS.laneHeaderWidth - 1), y: Y(r.y) },
        { x: X(METRICS.laneHeaderWidth - 1), y: Y(r.y + r.height) },
      ],
      stroke: LINE,
      sw: 2,
    })
    const lt = laneText.get(lane.id)!
    text({ x: X(12), y: Y(r.y + 10), w: laneNameWidth, lines: lt.name, size: SZ.lane, lh: 20, weight: 700, fill: INK })
    if (lt.role.length) text({ x: X(12), y: Y(r.y + 12 + lt.name.length * 20), w: laneNameWidth, lines: lt.role, size: ROLE_SIZE, lh: 16, fill: INK2 })
    if (lane.role === 'emotions') drawEmotion(r)
    if (lane.role === 'scores') drawScoresLane(shapes, text, measure, t, part, board.measurements, o.locale, { x: gridLeft, y: Y(r.y) })
    void index
  })

  function drawSeparator(lane: Lane, r: Rect) {
    const mid = Y(r.y + r.height / 2)
    const dash = lane.role === 'line-visibility' ? undefined : lane.role === 'line-internal' ? '2 5' : '9 6'
    shapes.push({
      type: 'line',
      points: [
        { x: X(0), y: mid },
        { x: gridRight, y: mid },
      ],
      stroke: EDGE,
      sw: lane.role === 'line-visibility' ? 4 : 3,
      dash,
    })
    const name = lane.name.toUpperCase()
    const w = measure(name, 14, 700) + 24
    shapes.push({ type: 'rect', x: X(12), y: mid - 13, w, h: 26, r: 13, fill: '#ffffff', stroke: EDGE, sw: 2 })
    text({ x: X(24), y: mid - 10, w: w - 24, lines: [name], size: 14, lh: 20, weight: 700, fill: EDGE })
  }

  function drawZone(lane: Lane, r: Rect) {
    shapes.push({ type: 'rect', x: X(r.x), y: Y(r.y), w: r.width, h: r.height, r: 14, fill: ZONE_FILL[lane.role] ?? '#f7f9fb', stroke: '#ffffff', sw: 2 })
    const name = wrap(lane.name.toUpperCase(), r.width - 24, 20, 700, measure)
    text({ x: X(r.x + 12), y: Y(r.y + 10), w: r.width - 24, lines: name, size: 20, lh: 26, weight: 700, fill: INK })
  }

  function drawEmotion(r: Rect) {
    const PAD = 26
    const h = r.height
    const x0 = gridLeft
    const yOf = (v: number) => Y(r.y) + PAD + ((3 - v) / 6) * (h - 2 * PAD)
    const xOf = (i: number) => x0 + i * METRICS.stageWidth + METRICS.stageWidth / 2
    shapes.push({
      type: 'line',
      points: [
        { x: x0, y: yOf(0) },
        { x: gridRight, y: yOf(0) },
      ],
      stroke: '#90a4ae',
      sw: 1,
      dash: '6 6',
    })
    text({ x: x0 + 6, y: yOf(3) - 8, w: 40, lines: ['+3'], size: 13, lh: 16, fill: '#607d8b' })
    text({ x: x0 + 6, y: yOf(-3) - 8, w: 40, lines: ['−3'], size: 13, lh: 16, fill: '#607d8b' })
    const series = emotionSeries(part)
    const whole = peakEndStages(board)
    const at = (id: Id | null) => (id === null ? null : stages.findIndex((s) => s.id === id))
    const marks = o.stages ? { lowest: at(whole.lowest), end: at(whole.end) } : peakEnd(series)
    let run: Pt[] = []
    const runs: Pt[][] = []
    series.forEach((v, i) => {
      if (v === null) {
        if (run.length) runs.push(run)
        run = []
      } else run.push({ x: xOf(i), y: yOf(v) })
    })
    if (run.length) runs.push(run)
    for (const pts of runs) shapes.push({ type: 'path', d: smoothPath(pts), stroke: INK, sw: 3.5 })
    series.forEach((v, i) => {
      if (v === null) return
      const cx = xOf(i)
      const cy = yOf(v)
      const low = marks.lowest === i
      const end = marks.end === i
      shapes.push({ type: 'circle', cx, cy, r: 10, fill: low ? '#b71c1c' : '#ffffff', stroke: INK, sw: 3 })
      text({ x: cx + 16, y: cy - 10, w: 30, lines: [v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'], size: 14, lh: 20, weight: 700, fill: INK })
      const mark = (label: string, ly: number, color: string, shape: 'down' | 'diamond') => {
        const w = measure(label, 13, 700)
        const left = cx - (w + 16) / 2
        const sy = ly + 8
        shapes.push({
          type: 'path',
          d:
            shape === 'down'
              ? `M${left},${sy - 5} L${left + 11},${sy - 5} L${left + 5.5},${sy + 5} Z`
              : `M${left + 5.5},${sy - 6} L${left + 11},${sy} L${left + 5.5},${sy + 6} L${left},${sy} Z`,
          fill: color,
        })
        text({ x: left + 16, y: ly, w, lines: [label], size: 13, lh: 16, weight: 700, fill: color })
      }
      if (low) mark(t('methods.emotion.lowest'), cy > Y(r.y) + h / 2 ? cy - 34 : cy + 16, '#b71c1c', 'down')
      if (end) mark(t('methods.emotion.end'), low && cy > Y(r.y) + h / 2 ? cy - 52 : cy - 34, INK, 'diamond')
    })
  }

  // phase and stage headers
  if (!zones) {
    for (const p of part.phases ?? []) {
      for (const pr of layout.phases.get(p.id) ?? []) {
        shapes.push({ type: 'rect', x: X(pr.x + 4), y: Y(pr.y), w: pr.width - 8, h: pr.height - 6, r: 10, fill: '#cfd8dc' })
        const lines = pr.width >= p.stageIds.length * METRICS.stageWidth ? phaseLines.get(p.id)! : wrap(p.name.toUpperCase(), pr.width - 24, 15, 700, measure)
        text({ x: X(pr.x + 14), y: Y(pr.y) + (pr.height - 6 - lines.length * 20) / 2, w: pr.width - 24, lines, size: 15, lh: 20, weight: 700, fill: INK })
      }
    }
    stages.forEach((s, i) => {
      const r = layout.stages.get(s.id)!
      const x = X(r.x + 4)
      const top = Y(r.y)
      const w = METRICS.stageWidth - 8
      shapes.push({ type: 'path', d: roundedTop(x, top, w, stageHeader, 10), fill: '#263238' })
      if (s.moment) shapes.push({ type: 'rect', x, y: top + stageHeader - 5, w, h: 5, fill: s.moment === 'positive' ? '#43a047' : '#e53935' })
      const num = String(from + i + 1)
      const nw = Math.max(22, measure(num, SZ.small, 700) + 14)
      const lines = stageNameLines.get(s.id)!
      const blockH = lines.length * 21 + (counts ? 18 : 0)
      const ty = top + (stageHeader - blockH) / 2
      shapes.push({ type: 'rect', x: x + 8, y: ty + 1.5, w: nw, h: 18, r: 9, fill: '#51646d' })
      text({ x: x + 8 + nw / 2, y: ty, w: nw, lines: [num], size: SZ.small, lh: 21, weight: 700, fill: '#ffffff', anchor: 'middle' })
      let nx = x + 8 + nw + 6
      if (s.moment) {
        shapes.push({ type: 'symbol', name: s.moment === 'positive' ? 'moment-positive' : 'moment-negative', x: nx, y: ty + 1.5, size: 18, color: '#ffffff' })
        nx += 22
      }
      text({ x: nx, y: ty, w: stageNameWidth, lines, size: SZ.stage, lh: 21, weight: 700, fill: '#ffffff' })
      const c = counts?.get(s.id)
      if (c) {
        let cx = nx
        const cy = ty + lines.length * 21 + 2
        const items: [SymbolName, number][] = [
          ['irritant', c.irritants],
          ['must', c.musts],
          ['wow', c.pluses],
        ]
        if (c.unanswered) items.push(['unanswered', c.unanswered])
        for (const [name, value] of items) {
          shapes.push({ type: 'symbol', name, x: cx, y: cy, size: 13, color: name === 'unanswered' ? '#ffab91' : '#ffffff' })
          const v = String(value)
          text({ x: cx + 15, y: cy - 2, w: 20, lines: [v], size: SZ.small, lh: 16, weight: 700, fill: '#ffffff' })
          cx += 15 + measure(v, SZ.small, 700) + 8
        }
      }
    })
  }

  // cards
  const cards = new Map<Id, Rect>()
  const badges = sceneBadges(board, o.locale)
  for (const c of part.cards) {
    const r = layout.cards.get(c.id)
    if (!r) continue
    const box = { x: X(r.x), y: Y(r.y), width: r.width, height: r.height }
    cards.set(c.id, box)
    drawCard(c, box, flags(c))
  }

  function drawCard(card: Card, r: Rect, f: CardFlags) {
    const accent = card.tag ? TAG_COLORS[card.tag] : '#b0a36a'
    const fill = card.color ?? '#fff8c5'
    shapes.push({ type: 'rect', x: r.x, y: r.y, w: r.width, h: r.height, r: 8, fill: accent })
    shapes.push({
      type: 'path',
      d: leftSquare(r.x + 6, r.y, r.width - 6, r.height, 8),
      fill,
      stroke: card.failPoint ? '#b71c1c' : '#d8c98a',
      sw: card.failPoint ? 2 : 1,
    })
    let sx = r.x + 12
    const sy = r.y + 8
    const sym = (name: SymbolName, color?: string) => {
      shapes.push({ type: 'symbol', name, x: sx, y: sy, size: 16, color })
      sx += 20
    }
    if (card.tag) sym(card.tag, accent)
    if (card.moment) sym(card.moment === 'positive' ? 'moment-positive' : 'moment-negative')
    if (card.failPoint) sym('fail', '#b71c1c')
    if (card.waitPoint) sym('wait', '#6d4c41')
    if (f.critical) sym('critical', '#b71c1c')
    if (f.unanswered) sym('unanswered', '#c62828')
    if (card.evidence)
      shapes.push({ type: 'symbol', name: card.evidence, x: r.x + r.width - 26, y: sy, size: 16, color: card.evidence === 'fact' ? '#2e7d32' : undefined })
    const lines = cardTextLines(card, measure)
    text({ x: r.x + 16, y: r.y + 30, w: CARD_TEXT_WIDTH, lines, size: SZ.card, lh: 20, fill: INK })
    const scored = badges.get(card.id)
    if (scored) drawBadges(shapes, text, measure, t, scored, board.scoreSymbols, r.x + 14, badgesTop(r, lines.length), r.width - 24)
    if (hasFooter(card)) {
      let fx = r.x + 16
      const fy = r.y + r.height - 26
      if (card.votes) {
        for (let i = 0; i < Math.min(card.votes, 8); i++) shapes.push({ type: 'circle', cx: fx + 5.5 + i * 12, cy: fy + 10, r: 4.5, fill: INK })
        fx += Math.min(card.votes, 8) * 12 + 4
        if (card.votes > 1) {
          text({ x: fx, y: fy, w: 30, lines: [card.votes.toLocaleString(o.locale)], size: 13, lh: 20, weight: 700, fill: INK })
          fx += measure(String(card.votes), 13, 700) + 10
        }
      }
      if (card.durationMinutes) {
        shapes.push({ type: 'symbol', name: 'duration', x: fx, y: fy + 3.5, size: 13, color: INK2 })
        text({ x: fx + 17, y: fy, w: 80, lines: [`${card.durationMinutes.toLocaleString(o.locale)} min`], size: 13, lh: 20, fill: INK2 })
        fx += 17 + measure(`${card.durationMinutes} min`, 13, 400) + 10
      }
      if (card.fmea) {
        const c = criticality(card.fmea)
        text({ x: fx, y: fy, w: 80, lines: [`C ${c.toLocaleString(o.locale)}`], size: 13, lh: 20, weight: 700, fill: INK2 })
      }
    }
  }

  // arrows, routed around the cards and kept inside the grid
  const arrows = new Map<Id, Pt[]>()
  const bigAbove = { x: -1e5, y: -1e5, width: 3e5, height: gridTop - 2 + 1e5 }
  const fence: Box[] = zones
    ? []
    : [
        bigAbove,
        { x: -1e5, y: gridBottom + 10 + gutter.bottom, width: 3e5, height: 1e5 },
        { x: -1e5, y: -1e5, width: X(METRICS.laneHeaderWidth) + 1e5, height: 3e5 },
        { x: X(gridWidth) + 10, y: -1e5, width: 1e5, height: 3e5 },
      ]
  const routes = new RouteCache().update(cards, links, fence)
  const arrowShapes: Shape[] = []
  const labelShapes: Shape[] = []
  const drawArrow = (pts: Pt[], headAtEnd: boolean) => {
    const a = pts[pts.length - 2]
    const b = pts[pts.length - 1]
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1
    const cut = Math.min(9, len / 2)
    const body = [...pts.slice(0, -1), { x: b.x - ((b.x - a.x) / len) * cut, y: b.y - ((b.y - a.y) / len) * cut }]
    arrowShapes.push({ type: 'line', points: body, stroke: EDGE, sw: 2.4, round: 8 })
    if (headAtEnd) arrowShapes.push({ type: 'path', d: arrowHead(b.x, b.y, b.x - a.x, b.y - a.y, 13), fill: EDGE })
  }
  for (const l of links) {
    const route = routes.get(l.id)
    if (!route) continue
    arrows.set(l.id, route.points)
    drawArrow(route.points, true)
    if (l.label) {
      const lines = wrap(l.label, 180, SZ.label, 700, measure)
      const w = Math.max(...lines.map((x) => measure(x, SZ.label, 700))) + 14
      const h = lines.length * 17 + 6
      labelShapes.push({ type: 'rect', x: route.label.x - w / 2, y: route.label.y - h / 2, w, h, r: 6, fill: '#ffffff', stroke: '#90a4ae', sw: 1 })
      labelShapes.push({
        type: 'text',
        x: route.label.x,
        y: route.label.y - h / 2 + 3,
        w,
        lines,
        size: SZ.label,
        lh: 17,
        weight: 700,
        fill: INK,
        anchor: 'middle',
      })
      minText = Math.min(minText, SZ.label)
    }
  }

  // markers for arrows that leave or enter the part drawn
  const placed: Record<'left' | 'right' | 'top' | 'bottom', number[]> = { left: [], right: [], top: [], bottom: [] }
  const cardBoxes = [...cards.values()]
  for (const l of offPage) {
    const here = cards.get(partCardIds.has(l.from) ? l.from : l.to)
    if (!here) continue
    const far = other(l)
    const outgoing = partCardIds.has(l.from)
    const si = stageIndex.get(far.stageId)!
    const side: 'left' | 'right' | 'top' | 'bottom' = si > to ? 'right' : si < from ? 'left' : laneIndex.get(far.laneId)! < firstLane ? 'top' : 'bottom'
    const stageName = board.stages[si]?.name ?? ''
    const laneName = board.lanes.find((x) => x.id === far.laneId)?.name ?? ''
    const label = side === 'left' || side === 'right' ? `${si + 1} · ${stageName}` : `${si + 1} · ${stageName} · ${laneName}`
    const lines = wrap(label, GUTTER_X - 44, SZ.label, 700, measure)
    const lw = Math.max(...lines.map((x) => measure(x, SZ.label, 700))) + 34
    const lh = lines.length * 17 + 8
    // the marker's place on its side, clear of the markers already there
    let at: Pt
    if (side === 'left' || side === 'right') {
      let cy = here.y + here.height / 2
      while (placed[side].some((v) => Math.abs(v - cy) < lh + 6)) cy += 8
      placed[side].push(cy)
      at = side === 'right' ? { x: X(gridWidth) - GUTTER_X + 28, y: cy } : { x: X(METRICS.laneHeaderWidth) + 12, y: cy }
    } else {
      let cx = here.x + here.width / 2
      while (placed[side].some((v) => Math.abs(v - cx) < lw + 8)) cx += 12
      placed[side].push(cx)
      at = side === 'top' ? { x: cx, y: gridTop - GUTTER_Y + 8 } : { x: cx, y: gridBottom + 8 }
    }
    const box: Box =
      side === 'right'
        ? { x: at.x, y: at.y - lh / 2, width: lw, height: lh }
        : side === 'left'
          ? { x: at.x, y: at.y - lh / 2, width: Math.min(lw, GUTTER_X - 24), height: lh }
          : { x: at.x - lw / 2, y: at.y, width: lw, height: lh }
    const markerFence: Box[] = zones
      ? []
      : [
          { x: -1e5, y: -1e5, width: 3e5, height: gridTop - gutter.top - 2 + 1e5 },
          { x: -1e5, y: gridBottom + gutter.bottom + 10, width: 3e5, height: 1e5 },
          { x: -1e5, y: -1e5, width: X(METRICS.laneHeaderWidth) + 1e5, height: 3e5 },
          { x: X(gridWidth) + 10, y: -1e5, width: 1e5, height: 3e5 },
        ]
    const obstacles = [...cardBoxes.filter((b) => b !== here), ...markerFence]
    const route = outgoing ? routeLink(here, box, obstacles, { reach: 600 }) : routeLink(box, here, obstacles, { reach: 600 })
    arrows.set(l.id, route.points)
    drawArrow(route.points, outgoing ? false : true)
    labelShapes.push({ type: 'rect', x: box.x, y: box.y, w: box.width, h: box.height, r: 6, fill: '#ffffff', stroke: EDGE, sw: 1.5 })
    // the direction the arrow goes on, drawn (not a glyph: every renderer and font shows it)
    const ax = box.x + 8
    const ay = box.y + box.height / 2
    const dir = outgoing
      ? { right: [1, 0], left: [-1, 0], top: [0, -1], bottom: [0, 1] }[side]
      : { right: [-1, 0], left: [1, 0], top: [0, 1], bottom: [0, -1] }[side]
    labelShapes.push({
      type: 'line',
      points: [
        { x: ax + 9 - dir[0] * 7, y: ay - dir[1] * 7 },
        { x: ax + 9 + dir[0] * 3, y: ay + dir[1] * 3 },
      ],
      stroke: EDGE,
      sw: 2,
    })
    labelShapes.push({ type: 'path', d: arrowHead(ax + 9 + dir[0] * 8, ay + dir[1] * 8, dir[0], dir[1], 8), fill: EDGE })
    labelShapes.push({ type: 'text', x: box.x + 26, y: box.y + 4, w: box.width - 30, lines, size: SZ.label, lh: 17, weight: 700, fill: INK })
    minText = Math.min(minText, SZ.label)
  }
  shapes.push(...arrowShapes, ...labelShapes)

  // persona at the centre of an empathy map
  if (zones) drawEmpathyPersona()
  function drawEmpathyPersona() {
    const says = board.lanes.find((l) => l.role === 'says')
    const r = says ? layout.lanes.get(says.id) : undefined
    const size = 260
    const cx = X(r ? r.x + r.width : layout.width / 2)
    const cy = Y(r ? r.y + r.height : 200)
    shapes.push({ type: 'rect', x: cx - size / 2, y: cy - size / 2, w: size, h: size, r: 18, fill: '#ffffff', stroke: '#90a4ae', sw: 2 })
    const p = (o.personas ?? [])[0]
    let py = cy - size / 2 + 14
    if (p) {
      avatar(p, cx - 42, py, 84, shapes)
      py += 92
      const name = wrap(p.name, size - 24, 18, 700, measure)
      text({ x: cx, y: py, w: size - 24, lines: name, size: 18, lh: 22, weight: 700, fill: INK, anchor: 'middle' })
      py += name.length * 22
    }
    if (board.situation) {
      const lines = wrap(board.situation, size - 24, 13, 400, measure)
      text({ x: cx, y: py + 4, w: size - 24, lines, size: 13, lh: 17, fill: INK2, anchor: 'middle' })
    }
  }

  // legend
  let height = Y(layout.height) + gutter.bottom
  if (legend.length) {
    const top = legendRight ? oy : height + GAP
    const left = legendRight ? X(gridWidth) + GAP : SCENE_PAD
    const boxW = legendRight ? LEGEND_COL : inner
    const colW = 300
    const cols = legendRight ? 1 : Math.max(1, Math.floor((inner - 32) / colW))
    const items = legend.map((i) => ({ ...i, lines: wrap(t(i.label), colW - 48, SZ.legend, 400, measure) }))
    const rowH = Math.max(...items.map((i) => i.lines.length)) * 20 + 14
    const rows = Math.ceil(items.length / cols)
    const h = 40 + rows * rowH + 12
    shapes.push({ type: 'rect', x: left, y: top, w: boxW, h, r: 10, fill: '#ffffff', stroke: '#90a4ae', sw: 1.5 })
    text({ x: left + 16, y: top + 10, w: boxW - 32, lines: [t('exporting.legend.title').toUpperCase()], size: 13, lh: 20, weight: 700, fill: EDGE })
    items.forEach((it, i) => {
      const cx = left + 16 + (i % cols) * colW
      const cy = top + 40 + Math.floor(i / cols) * rowH
      shapes.push({ type: 'symbol', name: it.symbol, x: cx, y: cy + (rowH - 20) / 2 - 4, size: 20, color: it.color })
      text({ x: cx + 30, y: cy + (rowH - 14 - it.lines.length * 20) / 2, w: colW - 48, lines: it.lines, size: SZ.legend, lh: 20, fill: INK })
    })
    height = Math.max(height, top + h)
  }
  height += SCENE_PAD
  return { width: Math.ceil(width), height: Math.ceil(height), shapes, cards, arrows, minText: minText === Infinity ? SZ.card : minText, laneBottoms }
}

/** A persona's photo in a circle, or their initials on a colour of their own. */
function avatar(p: Persona, x: number, y: number, size: number, shapes: Shape[]) {
  if (p.photo) {
    shapes.push({ type: 'image', x, y, w: size, h: size, href: p.photo, round: true })
    return
  }
  const COLORS = ['#1d4ed8', '#7c2d92', '#0f766e', '#b45309', '#be123c', '#374151', '#4d7c0f', '#9a3412']
  let h = 0
  for (const ch of p.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  shapes.push({ type: 'circle', cx: x + size / 2, cy: y + size / 2, r: size / 2, fill: COLORS[h % COLORS.length] })
  shapes.push({
    type: 'text',
    x: x + size / 2,
    y: y + size / 2 - size * 0.25,
    w: size,
    lines: [initials(p.name)],
    size: Math.round(size * 0.38),
    lh: size * 0.5,
    weight: 700,
    fill: '#ffffff',
    anchor: 'middle',
  })
}

/** The primary persona in full (every line wrapped, never cut), then who else the board is for. */
function drawPersona(
  personas: Persona[],
  x: number,
  y: number,
  w: number,
  o: { t: Translate; locale: string; measure: Measure },
  text: (s: Omit<Extract<Shape, { type: 'text' }>, 'type'>) => void,
  shapes: Shape[],
): number {
  const { t, measure } = o
  const [main, ...others] = personas
  const photo = 96
  const pad = 18
  const leftW = Math.min(420, (w - photo - 3 * pad) * 0.45)
  const rightW = w - photo - leftW - 4 * pad
  const top = y
  const box: Shape = { type: 'rect', x, y, w, h: 0, r: 12, fill: '#ffffff', stroke: '#b0bec5', sw: 1.5 }
  shapes.push(box)
  avatar(main, x + pad, y + pad, photo, shapes)
  let ly = y + pad
  const lx = x + 2 * pad + photo
  const name = wrap(main.name, leftW, 22, 700, measure)
  text({ x: lx, y: ly, w: leftW, lines: name, size: 22, lh: 28, weight: 700, fill: INK })
  ly += name.length * 28
  const meta = [main.role, main.age !== undefined ? t('personas.ageYears', { count: main.age }) : ''].filter(Boolean).join(' · ')
  if (meta) {
    const lines = wrap(meta, leftW, 15, 400, measure)
    text({ x: lx, y: ly, w: leftW, lines, size: 15, lh: 20, fill: INK2 })
    ly += lines.length * 20
  }
  if (main.quote) {
    const q = o.locale.startsWith('fr') ? `« ${main.quote} »` : `“${main.quote}”`
    const lines = wrap(q, leftW, 15, 400, measure)
    text({ x: lx, y: ly + 6, w: leftW, lines, size: 15, lh: 20, fill: INK, italic: true })
    ly += 6 + lines.length * 20
  }
  let ry = y + pad
  const rx = lx + leftW + pad
  for (const k of ['goals', 'frustrations'] as const) {
    const items = main[k] ?? []
    if (!items.length) continue
    text({ x: rx, y: ry, w: rightW, lines: [t(`personas.${k}`).toUpperCase()], size: 12, lh: 18, weight: 700, fill: INK2 })
    ry += 18
    for (const item of items) {
      const lines = wrap(item, rightW - 16, 14, 400, measure)
      shapes.push({ type: 'circle', cx: rx + 4, cy: ry + 9.5, r: 2.5, fill: INK })
      text({ x: rx + 14, y: ry, w: rightW - 16, lines, size: 14, lh: 19, fill: INK })
      ry += lines.length * 19
    }
    ry += 8
  }
  let bottom = Math.max(y + pad + photo, ly, ry) + pad
  if (others.length) {
    const list = others.map((p) => [p.name, p.role].filter(Boolean).join(', ')).join(' · ')
    const lines = wrap(list, w - 2 * pad, 14, 400, measure)
    text({ x: x + pad, y: bottom - 6, w: w - 2 * pad, lines, size: 14, lh: 19, fill: INK2 })
    bottom += lines.length * 19 + 6
  }
  ;(box as { h: number }).h = bottom - top
  return bottom
}

/** The first slide of a deck: the board's title, kind and date, and its persona in full. */
export function buildTitleSlide(o: {
  t: Translate
  locale: string
  measure: Measure
  personas?: Persona[]
  width: number
  height: number
  title: string
  subtitle: string
  stages?: { name: string; phase?: string }[]
}): Scene {
  const shapes: Shape[] = []
  const text = (s: Omit<Extract<Shape, { type: 'text' }>, 'type'>) => shapes.push({ type: 'text', ...s })
  const m = 96
  const w = o.width - 2 * m
  const title = wrap(o.title, w, 64, 700, o.measure)
  let y = m
  text({ x: m, y, w, lines: title, size: 64, lh: 76, weight: 700, fill: INK })
  y += title.length * 76 + 8
  const sub = wrap(o.subtitle, w, 28, 400, o.measure)
  text({ x: m, y, w, lines: sub, size: 28, lh: 36, fill: INK2 })
  y += sub.length * 36 + 16
  shapes.push({ type: 'rect', x: m, y, w, h: 4, fill: '#263238' })
  y += 40
  if (o.personas?.length) {
    // the persona at slide size: drawn at 1/1.5 of the width, then scaled up
    const k = 1.5
    const inner: Shape[] = []
    const innerText = (s: Omit<Extract<Shape, { type: 'text' }>, 'type'>) => inner.push({ type: 'text', ...s })
    const bottom = drawPersona(o.personas, 0, 0, w / k, { ...o, t: o.t }, innerText, inner)
    shapes.push({ type: 'group', x: m, y, scale: k, shapes: inner })
    y += bottom * k + 32
  }
  // the journey at a glance: its stages in order, under their phases
  const stages = o.stages ?? []
  if (stages.length) {
    const gap = 12
    const perRow = Math.min(stages.length, 8)
    const cw = (w - (perRow - 1) * gap) / perRow
    const rows: { name: string; phase?: string; i: number }[][] = []
    stages.forEach((st, i) => (i % perRow === 0 ? rows.push([{ ...st, i }]) : rows[rows.length - 1].push({ ...st, i })))
    for (const row of rows) {
      const lines = row.map((st) => wrap(st.name, cw - 58, 22, 700, o.measure))
      const ch = Math.max(...lines.map((l) => l.length)) * 28 + 28
      let x = m
      row.forEach((st, j) => {
        if (st.phase && (j === 0 || row[j - 1].phase !== st.phase))
          text({ x, y, w: cw, lines: [st.phase.toUpperCase()], size: 16, lh: 22, weight: 700, fill: INK2 })
        shapes.push({ type: 'rect', x, y: y + 28, w: cw, h: ch, r: 12, fill: '#263238' })
        shapes.push({ type: 'circle', cx: x + 26, cy: y + 28 + 14 + 14, r: 15, fill: '#51646d' })
        text({ x: x + 26, y: y + 28 + 14, w: 30, lines: [String(st.i + 1)], size: 17, lh: 28, weight: 700, fill: '#ffffff', anchor: 'middle' })
        text({ x: x + 50, y: y + 28 + 14, w: cw - 58, lines: lines[j], size: 22, lh: 28, weight: 700, fill: '#ffffff' })
        x += cw + gap
      })
      y += 28 + ch + 24
    }
  }
  return { width: o.width, height: Math.max(o.height, y + m / 2), shapes }
}
