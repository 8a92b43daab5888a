// A large board's cards drawn cheaply: the cards React Flow is not given (seen from far, or
// out of view) are painted on one canvas, with the arrows between them, as the far view draws
// a card — its colour, its accent and its tag symbol — with its badges as marks (cardMarks.ts:
// scores, votes, fail points…, readable however far the board is seen from). Twenty thousand card nodes take React
// Flow seconds to mount and measure; one canvas redraws them in a few milliseconds.
// The canvas covers the pane, sits inside the viewport (so it moves with it between two
// draws) above the lanes and below the card nodes, and lets every pointer event through.
import { useEffect, useMemo, useRef } from 'react'
import { getBezierPath, Position, useStoreApi, ViewportPortal } from '@xyflow/react'
import type { BoardLayout, Rect } from '../domain/layout'
import type { Board, Card, Link } from '../domain/types'
import { SYMBOL_INK, symbolImage, TAG_COLORS, type SymbolName } from '../ui/icons'
import type { CardFlags } from './toFlow'
import { meets } from './largeBoard'
import { arrowHeadPath } from './arrowHead'
import { cardMarks, declutter, placeMarks, TAG_SIZE, tagCentred, type Mark, type PlacedMark } from './cardMarks'

const CARD_FILL = '#fff8c5'
const CARD_BORDER = '#d8c98a'
const CARD_ACCENT = '#b0a36a'
const FAIL_BORDER = '#b71c1c'
const LINK_INK = '#37474f'

export interface CardsLayerProps {
  board: Board
  layout: BoardLayout
  /** Cards React Flow draws itself (not painted here). */
  shown: ReadonlySet<string>
  flags: (card: Card) => CardFlags
}

type XY = { x: number; y: number }
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })

/** Where the segment from the centre of `a` towards `b` leaves `a` (as FloatingEdge draws arrows). */
function borderPoint(a: Rect, b: Rect): XY & { pos: Position } {
  const ca = centre(a)
  const cb = centre(b)
  const dx = cb.x - ca.x
  const dy = cb.y - ca.y
  if (Math.abs(dx) * a.height > Math.abs(dy) * a.width) {
    const s = a.width / 2 / Math.abs(dx || 1)
    return { x: ca.x + dx * s, y: ca.y + dy * s, pos: dx > 0 ? Position.Right : Position.Left }
  }
  const s = a.height / 2 / Math.abs(dy || 1)
  return { x: ca.x + dx * s, y: ca.y + dy * s, pos: dy > 0 ? Position.Bottom : Position.Top }
}

const symbols = new Map<string, HTMLImageElement>()
/** A symbol as a decoded image; `onLoad` redraws once it is ready. */
function symbol(name: SymbolName, color: string, onLoad: () => void): HTMLImageElement | null {
  const key = `${name}|${color}`
  let img = symbols.get(key)
  if (!img) {
    img = new Image()
    img.src = symbolImage(name, color)
    symbols.set(key, img)
  }
  if (img.complete && img.naturalWidth) return img
  img.addEventListener('load', onLoad, { once: true })
  return null
}

/** What is painted of one card, computed once per change of the board (not at every frame). */
interface Painted {
  r: Rect
  fill: string
  accent: string
  fail: boolean
  dimmed: boolean
  tag?: Card['tag']
  /** Its badges as marks, without the tag (drawn at the centre from near enough) and with it. */
  marks: Mark[]
  marksWithTag: Mark[]
}

function prepare({ board, layout, shown, flags }: CardsLayerProps): { cards: Painted[]; links: Link[] } {
  const cards: Painted[] = []
  for (const card of board.cards) {
    if (shown.has(card.id)) continue
    const r = layout.cards.get(card.id)
    if (!r) continue
    const f = flags(card)
    const marks = cardMarks(card, f, { withTag: false })
    cards.push({
      r,
      fill: card.color ?? CARD_FILL,
      accent: card.tag ? TAG_COLORS[card.tag] : CARD_ACCENT,
      fail: !!card.failPoint,
      dimmed: !!f.dimmed,
      tag: card.tag,
      marks,
      marksWithTag: card.tag ? cardMarks(card, f, { withTag: true }) : marks,
    })
  }
  // the arrows React Flow cannot draw: those with an end it is not given
  const links = board.links.filter((l) => !(shown.has(l.from) && shown.has(l.to)))
  return { cards, links }
}

export function CardsLayer(props: CardsLayerProps) {
  const { board, layout, shown, flags } = props
  const canvas = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  // What the next draw paints (a pan, a zoom or an edit schedules one).
  const painted = useMemo(() => prepare({ board, layout, shown, flags }), [board, layout, shown, flags])
  const latest = useRef({ painted, layout })
  latest.current = { painted, layout }
  const schedule = useRef<() => void>(() => {})

  useEffect(() => {
    let frame = 0
    const draw = () => {
      frame = 0
      const el = canvas.current
      const ctx = el?.getContext('2d')
      if (!el || !ctx) return
      const { transform, width, height } = store.getState()
      const [tx, ty, zoom] = transform
      const dpr = window.devicePixelRatio || 1
      // The canvas covers the pane, placed in board coordinates inside the viewport.
      const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }
      el.style.left = `${view.x}px`
      el.style.top = `${view.y}px`
      el.style.width = `${view.width}px`
      el.style.height = `${view.height}px`
      const pw = Math.max(1, Math.round(width * dpr))
      const ph = Math.max(1, Math.round(height * dpr))
      if (el.width !== pw || el.height !== ph) {
        el.width = pw
        el.height = ph
      }
      const s = dpr * zoom
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.clearRect(0, 0, pw, ph)
      ctx.setTransform(s, 0, 0, s, -view.x * s, -view.y * s)
      const drawn = paint(ctx, latest.current.painted, latest.current.layout, view, zoom, schedule.current)
      el.dataset.cards = String(drawn.cards)
      el.dataset.marks = String(drawn.marks)
    }
    schedule.current = () => {
      if (!frame) frame = requestAnimationFrame(draw)
    }
    draw()
    const unsubscribe = store.subscribe((st, prev) => {
      if (st.transform !== prev.transform || st.width !== prev.width || st.height !== prev.height) schedule.current()
    })
    return () => {
      unsubscribe()
      if (frame) cancelAnimationFrame(frame)
      schedule.current = () => {}
    }
  }, [store])

  // Drawn again when what it shows changes: an edit, a card given to or taken back from React Flow.
  useEffect(() => schedule.current(), [painted])

  return (
    <ViewportPortal>
      <canvas ref={canvas} className="cards-layer" data-testid="cards-layer" aria-hidden style={{ position: 'absolute', zIndex: 4, pointerEvents: 'none' }} />
    </ViewportPortal>
  )
}

/** Paint the cards and arrows that meet `view`, in as much detail as the zoom lets show; returns how many cards and marks. */
function paint(
  ctx: CanvasRenderingContext2D,
  { cards, links }: { cards: Painted[]; links: Link[] },
  layout: BoardLayout,
  view: Rect,
  zoom: number,
  redraw: () => void,
): { cards: number; marks: number } {
  const inView = cards.filter((c) => meets(c.r, view))
  // Arrows first (under the cards), as React Flow draws them.
  ctx.strokeStyle = LINK_INK
  ctx.fillStyle = LINK_INK
  ctx.lineWidth = Math.max(1.5, 1 / zoom)
  for (const link of links) drawLink(ctx, link, layout, view)

  const detail = zoom > 0.12 // below that a card is a few pixels wide: a plain rectangle of its colour
  const groups = (pick: (c: Painted) => string | null) => {
    const out = new Map<string, Painted[]>()
    for (const c of inView) {
      const k = pick(c)
      if (k === null) continue
      const list = out.get(k)
      if (list) list.push(c)
      else out.set(k, [c])
    }
    return out
  }
  for (const [fill, list] of groups((c) => (c.dimmed ? null : c.fill))) {
    ctx.fillStyle = fill
    ctx.beginPath()
    for (const { r } of list) detail ? ctx.roundRect(r.x, r.y, r.width, r.height, 8) : ctx.rect(r.x, r.y, r.width, r.height)
    ctx.fill()
  }
  const dimmed = inView.filter((c) => c.dimmed)
  if (dimmed.length) {
    ctx.globalAlpha = 0.25
    ctx.fillStyle = CARD_FILL
    ctx.beginPath()
    for (const { r } of dimmed) ctx.rect(r.x, r.y, r.width, r.height)
    ctx.fill()
    ctx.globalAlpha = 1
  }
  // fail points keep their thick red border at every zoom (a signal, not a detail)
  const fails = inView.filter((c) => c.fail)
  if (fails.length) {
    ctx.strokeStyle = FAIL_BORDER
    ctx.lineWidth = 4
    ctx.beginPath()
    for (const { r } of fails) ctx.rect(r.x, r.y, r.width, r.height)
    ctx.stroke()
  }
  if (detail) {
    ctx.strokeStyle = CARD_BORDER
    ctx.lineWidth = 1.5
    ctx.beginPath()
    for (const c of inView) if (!c.fail) ctx.roundRect(c.r.x, c.r.y, c.r.width, c.r.height, 8)
    ctx.stroke()
    // the left bar, in the tag's colour
    for (const [accent, list] of groups((c) => c.accent)) {
      ctx.fillStyle = accent
      ctx.beginPath()
      for (const { r } of list) ctx.rect(r.x, r.y + 4, 6, r.height - 8)
      ctx.fill()
    }
  }
  // the tag symbol (40 px, as the far view draws it) while it is readable; smaller, it is one of the card's marks
  const centred = tagCentred(zoom)
  if (centred) {
    for (const c of inView) {
      if (!c.tag) continue
      const img = symbol(c.tag, TAG_COLORS[c.tag], redraw)
      if (img) ctx.drawImage(img, c.r.x + c.r.width / 2 - TAG_SIZE / 2, c.r.y + c.r.height / 2 - TAG_SIZE / 2, TAG_SIZE, TAG_SIZE)
    }
  }
  const marks = paintMarks(ctx, markRows(cards, zoom, redraw), view, zoom, redraw)
  return { cards: inView.length, marks }
}

// The rows of marks of every painted card at a zoom, thinned out where they would pile up:
// computed again when the cards change or the zoom crosses an eighth of an octave (marks are
// then 14 px on screen give or take 4 %), not at each frame of a pan or of a zoom's animation
// (nor for the cards in view only: the marks kept do not change as the board is panned).
// Computed in a task of their own, after the cards are drawn (a third of a second for
// 20,000 cards): the board shows first, its marks a moment later (meanwhile, those of the
// last zoom, if the cards are the same).
let rowsCache: { cards: Painted[]; zoom: number; rows: PlacedMark[][] } | null = null
let rowsDue: { cards: Painted[]; zoom: number } | null = null
function markRows(cards: Painted[], viewZoom: number, redraw: () => void): PlacedMark[][] {
  const zoom = 2 ** (Math.round(Math.log2(viewZoom) * 8) / 8)
  if (rowsCache?.cards === cards && rowsCache.zoom === zoom) return rowsCache.rows
  if (rowsDue?.cards !== cards || rowsDue.zoom !== zoom) {
    const due = (rowsDue = { cards, zoom })
    setTimeout(() => {
      if (rowsDue !== due) return // asked for another zoom meanwhile
      rowsDue = null
      rowsCache = { cards, zoom, rows: computeRows(cards, zoom) }
      redraw()
    })
  }
  return rowsCache?.cards === cards ? rowsCache.rows : []
}

function computeRows(cards: Painted[], zoom: number): PlacedMark[][] {
  const centred = tagCentred(zoom)
  const rows: PlacedMark[][] = []
  for (const c of cards) {
    const marks = centred ? c.marks : c.marksWithTag
    if (marks.length && !c.dimmed) rows.push(placeMarks(c.r, marks, zoom))
  }
  return declutter(rows)
}

const rowBox = (row: PlacedMark[]): Rect => {
  const last = row[row.length - 1]
  return { x: row[0].x, y: row[0].y, width: last.x + last.width - row[0].x, height: row[0].height }
}

/** The marks in view: white chips outlined in ink, each with its symbol and its text; returns how many. */
function paintMarks(ctx: CanvasRenderingContext2D, rows: PlacedMark[][], view: Rect, zoom: number, redraw: () => void): number {
  const placed = rows.filter((row) => meets(rowBox(row), view)).flat()
  if (!placed.length) return 0
  ctx.fillStyle = '#ffffff'
  ctx.strokeStyle = SYMBOL_INK
  ctx.lineWidth = 1.2 / zoom
  ctx.beginPath()
  for (const p of placed) ctx.roundRect(p.x, p.y, p.width, p.height, p.height * 0.3)
  ctx.fill()
  ctx.stroke()
  for (const p of placed) {
    if (!p.mark.symbol) continue
    const img = symbol(p.mark.symbol, p.mark.color, redraw)
    const inset = p.height * 0.1
    if (img) ctx.drawImage(img, p.x + inset, p.y + inset, p.height - 2 * inset, p.height - 2 * inset)
  }
  ctx.fillStyle = SYMBOL_INK
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  let font = 0
  for (const p of placed) {
    if (!p.mark.text) continue
    if (p.font !== font) ctx.font = `700 ${(font = p.font)}px system-ui, sans-serif`
    const x = p.mark.symbol ? p.x + p.height * 1.05 : p.x + p.height * 0.15
    ctx.fillText(p.mark.text, x, p.y + p.height / 2 + p.height * 0.04)
  }
  return placed.length
}

function drawLink(ctx: CanvasRenderingContext2D, link: Link, layout: BoardLayout, view: Rect) {
  const a = layout.cards.get(link.from)
  const b = layout.cards.get(link.to)
  if (!a || !b) return
  const box = {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x),
    height: Math.max(a.y + a.height, b.y + b.height) - Math.min(a.y, b.y),
  }
  if (!meets(box, view)) return
  const p = borderPoint(a, b)
  const q = borderPoint(b, a)
  const [path] = getBezierPath({ sourceX: p.x, sourceY: p.y, sourcePosition: p.pos, targetX: q.x, targetY: q.y, targetPosition: q.pos })
  ctx.stroke(new Path2D(path))
  // the arrowhead, pointing into the target along the side it enters
  const size = 12
  const dir = { [Position.Left]: [1, 0], [Position.Right]: [-1, 0], [Position.Top]: [0, 1], [Position.Bottom]: [0, -1] }[q.pos]
  arrowHeadPath(ctx, q, dir[0], dir[1], size, size * 0.5)
  ctx.fill()
}
