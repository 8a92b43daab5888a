// A drag draws its cards and their arrows on the page itself, once a frame, without React or
// React Flow's store: React Flow's drag (XYDrag) keeps the dragged places of its own and tells
// the canvas each move (onNodesChange); the canvas hands them here. Giving React Flow new nodes
// at every move would run every node's and every arrow's store listener (600 on a 300-card
// board) and render the canvas again, which kept a 300-card board from drawing each frame.
// Only the drop goes through the board (one edit), and React draws what it makes.
//
// - A dragged node is shifted with the CSS `translate` property, which React Flow never writes
//   (it places nodes with `transform`): taking it off at the drop leaves the node exactly where
//   React Flow puts it, whatever happened meanwhile. The shift is held by a Web Animation whose
//   keyframes are replaced at each frame (see `shift`): Chromium then moves the node on the
//   compositor, without repainting the board or laying out its compositing layers again.
// - The dragged cards' arrows, routed near the cards, are drawn on canvas tiles above the board
//   (each composited: a frame redraws only the tiles its arrows cross), in the look of the
//   arrows they stand for (read once, at the drag's start); the originals are hidden by one
//   style rule meanwhile. Canvas, not SVG copies: an SVG path that changes shape makes Chromium
//   lay out its compositing again over the whole board (~600 nodes and arrows) at every frame —
//   measured, ~7 ms of each frame on a 300-card board (docs/bench.md, "how a drag is drawn").
import type { Route } from '../../domain/routing'
import { routePath } from '../../domain/routing'
import type { Id } from '../../domain/types'
import { arrowHeadPath } from '../arrowHead'

export interface XY {
  x: number
  y: number
}

export interface DragPainterHost {
  /** The canvas: the nodes, arrows and labels React Flow draws are found in it. */
  root(): HTMLElement | null
  /** Where a node was when the drag began (React Flow's store is not changed by a drag). */
  origin(id: Id): XY | null
  /** The routes of the arrows touching the moved nodes, from their places now. */
  route(moved: ReadonlyMap<Id, XY>): ReadonlyMap<Id, Route>
  /** The viewport now: board point p is drawn at (p.x × zoom + x, p.y × zoom + y) in the pane. */
  viewport(): { x: number; y: number; zoom: number }
}

/** What an arrow looks like, read from the one React Flow draws. */
interface Look {
  stroke: string
  width: number
  dash: number[]
  /** The arrowhead: React Flow's closed arrow, scaled by the stroke's width. */
  head: { color: string; scale: number } | null
  label: { text: string; font: string; color: string; fill: string; border: string; borderWidth: number; radius: number; w: number; h: number } | null
}

/** How far around its routes a frame's drawing may reach (stroke, arrowhead), in board px and at least in pane px. */
const BLEED = 24
/** The side of a tile of the arrows' canvas, in pane px. */
const TILE = 512

/** One tile of the arrows' canvas: a canvas of its own, so that what a frame redraws is only the tiles it touches. */
interface Tile {
  /** Its top left corner in the pane, in pane px. */
  x: number
  y: number
  canvas: HTMLCanvasElement
  ctx: CanvasRenderingContext2D
  /** Something is drawn on it. */
  inked: boolean
}

interface Dragged {
  el: HTMLElement | null
  from: XY
  /** Holds the node at its dragged place: an animation runs on the compositor, so moving it repaints nothing. */
  hold: Animation | null
}

export class DragPainter {
  /** Where each dragged node is now. */
  readonly places = new Map<Id, XY>()
  private nodes = new Map<Id, Dragged>()
  private looks = new Map<Id, Look | null>()
  private hidden: HTMLStyleElement | null = null
  private frame = 0
  /** Where the drag's arrows are drawn (an element covering the pane, above the board). */
  private layer: HTMLElement | null = null
  /** The canvas tiles over the pane, row by row (`cols` a row), made at the drag's first frame. */
  private tiles: Tile[] = []
  private cols = 0

  private host: DragPainterHost

  constructor(host: DragPainterHost) {
    this.host = host
  }

  setLayer(layer: HTMLElement | null): void {
    this.layer = layer
  }

  get active(): boolean {
    return this.nodes.size > 0
  }

  /** A dragged node's new place; drawn at the next frame (several moves in a frame: the last). */
  move(id: Id, p: XY): void {
    if (!this.nodes.has(id)) {
      const from = this.host.origin(id)
      if (!from) return
      const el = this.host.root()?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null
      // while a drag lasts, the pointer is over the drag's layer, above the board (React Flow
      // follows the mouse on the window): the browser finds it first and need not search the
      // board's nodes for what is under the pointer at every move
      if (!this.nodes.size) this.layer?.classList.add('held')
      this.nodes.set(id, { el, from, hold: null })
    }
    this.places.set(id, p)
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint())
  }

  /** Draws the moves received since the last frame. */
  paint(): void {
    this.frame = 0
    for (const [id, p] of this.places) {
      const n = this.nodes.get(id)
      if (n?.el) shift(n, `${p.x - n.from.x}px ${p.y - n.from.y}px`)
    }
    const routes = this.host.route(this.places)
    if (!routes.size) return
    let hide: string[] | null = null
    for (const id of routes.keys()) {
      if (this.looks.has(id)) continue
      const look = this.readLook(id)
      this.looks.set(id, look)
      if (look) (hide ??= []).push(CSS.escape(id))
    }
    if (hide) this.hide(hide)
    this.draw(routes)
  }

  /** The drop (or a drag given up): every node back under React Flow's hand, the arrows' canvas gone. */
  end(): void {
    cancelAnimationFrame(this.frame)
    this.frame = 0
    for (const n of this.nodes.values()) {
      n.hold?.cancel()
      n.el?.style.removeProperty('translate')
    }
    this.layer?.classList.remove('held')
    for (const t of this.tiles) t.canvas.remove()
    this.tiles = []
    this.hidden?.remove()
    this.hidden = null
    this.nodes.clear()
    this.looks.clear()
    this.places.clear()
  }

  private draw(routes: ReadonlyMap<Id, Route>): void {
    const layer = this.layer
    if (!layer) return
    const { x, y, zoom } = this.host.viewport()
    const dpr = window.devicePixelRatio || 1
    // every tile made at the drag's first frame (a canvas added later would lay the compositing
    // out again), for the pane's size then (read once: reading it makes the browser lay out)
    if (!this.tiles.length) this.makeTiles(layer, dpr)
    const cols = this.cols
    const rows = this.tiles.length / cols
    const shapes: { look: Look; route: Route; path: Path2D }[] = []
    // the tiles this frame draws on: those its arrows' stretches and labels cross (not their
    // whole bounding box: a frame's new pixels are these tiles, and fewer is cheaper to show)
    const inked = new Set<Tile>()
    const cover = (x0: number, y0: number, x1: number, y1: number) => {
      const c1 = Math.min(cols - 1, Math.floor(x1 / TILE))
      const r1 = Math.min(rows - 1, Math.floor(y1 / TILE))
      for (let r = Math.max(0, Math.floor(y0 / TILE)); r <= r1; r++)
        for (let c = Math.max(0, Math.floor(x0 / TILE)); c <= c1; c++) inked.add(this.tiles[r * cols + c])
    }
    const bleed = Math.max(BLEED, BLEED * zoom)
    for (const [id, route] of routes) {
      const look = this.looks.get(id)
      if (!look || route.points.length < 2) continue
      shapes.push({ look, route, path: new Path2D(routePath(route.points, 8)) })
      for (let i = 1; i < route.points.length; i++) {
        const a = route.points[i - 1]
        const b = route.points[i]
        const ax = a.x * zoom + x
        const ay = a.y * zoom + y
        const bx = b.x * zoom + x
        const by = b.y * zoom + y
        cover(Math.min(ax, bx) - bleed, Math.min(ay, by) - bleed, Math.max(ax, bx) + bleed, Math.max(ay, by) + bleed)
      }
      const l = look.label
      if (l) {
        const cx = route.label.x * zoom + x
        const cy = route.label.y * zoom + y
        cover(cx - (l.w * zoom) / 2 - 2, cy - (l.h * zoom) / 2 - 2, cx + (l.w * zoom) / 2 + 2, cy + (l.h * zoom) / 2 + 2)
      }
    }
    // a tile drawn on by the last frame is cleared; one this frame draws on is drawn
    for (const t of this.tiles) {
      const draw = inked.has(t)
      if (!t.inked && !draw) continue
      const { ctx } = t
      if (t.inked) {
        ctx.setTransform(1, 0, 0, 1, 0, 0)
        ctx.clearRect(0, 0, t.canvas.width, t.canvas.height)
      }
      t.inked = draw
      if (!draw) continue
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * (x - t.x), dpr * (y - t.y))
      for (const s of shapes) paintArrow(ctx, s.look, s.route, s.path)
    }
  }

  /** The tiles covering the pane, each a composited canvas of TILE × TILE px. */
  private makeTiles(layer: HTMLElement, dpr: number): void {
    this.cols = Math.ceil(layer.clientWidth / TILE)
    const rows = Math.ceil(layer.clientHeight / TILE)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < this.cols; c++) {
        const canvas = document.createElement('canvas')
        canvas.className = 'drag-arrows'
        canvas.setAttribute('aria-hidden', 'true')
        canvas.width = canvas.height = Math.round(TILE * dpr)
        Object.assign(canvas.style, { left: `${c * TILE}px`, top: `${r * TILE}px`, width: `${TILE}px`, height: `${TILE}px` })
        layer.appendChild(canvas)
        this.tiles.push({ x: c * TILE, y: r * TILE, canvas, ctx: canvas.getContext('2d')!, inked: false })
      }
  }

  /** The look of an arrow React Flow draws; null when it is not drawn (far away on a large board). */
  private readLook(id: Id): Look | null {
    const root = this.host.root()
    const path = root?.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`)
    if (!path) return null
    const cs = getComputedStyle(path)
    const width = parseFloat(cs.strokeWidth) || 1
    const dash =
      cs.strokeDasharray && cs.strokeDasharray !== 'none'
        ? cs.strokeDasharray
            .split(/[\s,]+/)
            .map(parseFloat)
            .filter(Number.isFinite)
        : []
    let head: Look['head'] = null
    const marker = /url\(["']?#([^"')]+)["']?\)/.exec(path.getAttribute('marker-end') ?? cs.markerEnd ?? '')
    const m = marker ? document.getElementById(marker[1]) : null
    if (m) {
      const mark = m.querySelector<SVGElement>('polyline, path')
      const size = parseFloat(m.getAttribute('markerWidth') ?? '') || 12.5
      const strokeUnits = (m.getAttribute('markerUnits') ?? 'strokeWidth') === 'strokeWidth'
      head = { color: (mark && getComputedStyle(mark).fill) || cs.stroke, scale: (size / 20) * (strokeUnits ? width : 1) }
    }
    let label: Look['label'] = null
    const el = root?.querySelector<HTMLElement>(`.edge-label[data-edge="${CSS.escape(id)}"]`)
    if (el) {
      const ls = getComputedStyle(el)
      label = {
        text: el.textContent ?? '',
        font: `${ls.fontStyle} ${ls.fontWeight} ${ls.fontSize} ${ls.fontFamily}`,
        color: ls.color,
        fill: ls.backgroundColor,
        border: ls.borderTopColor,
        borderWidth: parseFloat(ls.borderTopWidth) || 0,
        radius: parseFloat(ls.borderTopLeftRadius) || 0,
        w: el.offsetWidth,
        h: el.offsetHeight,
      }
    }
    return { stroke: cs.stroke, width, dash, head, label }
  }

  private hide(ids: string[]): void {
    if (!this.hidden) {
      this.hidden = document.createElement('style')
      this.hidden.dataset.dragHidden = ''
      document.head.appendChild(this.hidden)
    }
    const rules = ids.map((id) => `.react-flow__edge[data-id="${id}"], .edge-label[data-edge="${id}"] { visibility: hidden; }`)
    this.hidden.textContent += rules.join('\n') + '\n'
  }
}

/** Holds a dragged node at `to` (a CSS translate) with an animation the compositor runs, so
 * that moving the node repaints nothing and does not make Chromium lay out its compositing
 * again (a changed inline style would, over the whole board, at every frame). Where Web
 * Animations are missing, the inline style does it. */
function shift(n: Dragged, to: string): void {
  const el = n.el!
  if (typeof el.animate !== 'function') {
    el.style.translate = to
    return
  }
  const frames = [{ translate: to }, { translate: to }]
  if (!n.hold) n.hold = el.animate(frames, { duration: 1e9, fill: 'forwards' })
  else (n.hold.effect as KeyframeEffect).setKeyframes(frames)
}

/** An arrow and its label, as React Flow draws them (the context is in board coordinates). */
function paintArrow(ctx: CanvasRenderingContext2D, look: Look, route: Route, path: Path2D): void {
  ctx.strokeStyle = look.stroke
  ctx.lineWidth = look.width
  ctx.setLineDash(look.dash)
  ctx.lineJoin = 'round'
  ctx.stroke(path)
  if (look.head) drawHead(ctx, route.points, look.head)
  const l = look.label
  if (!l) return
  const lx = route.label.x - l.w / 2
  const ly = route.label.y - l.h / 2
  ctx.setLineDash([])
  ctx.beginPath()
  ctx.roundRect(lx, ly, l.w, l.h, l.radius)
  ctx.fillStyle = l.fill
  ctx.fill()
  if (l.borderWidth > 0) {
    ctx.lineWidth = l.borderWidth
    ctx.strokeStyle = l.border
    ctx.stroke()
  }
  ctx.font = l.font
  ctx.fillStyle = l.color
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(l.text, route.label.x, route.label.y, Math.max(1, l.w - 4))
}

/** React Flow's closed arrowhead (points -5,-4 0,0 -5,4 in a 20-unit box) at the route's end. */
function drawHead(ctx: CanvasRenderingContext2D, points: readonly XY[], head: NonNullable<Look['head']>): void {
  const z = points[points.length - 1]
  let a = points[points.length - 2]
  for (let i = points.length - 2; i >= 0 && a.x === z.x && a.y === z.y; i--) a = points[i]
  const len = Math.hypot(z.x - a.x, z.y - a.y)
  if (!len) return
  const k = head.scale
  ctx.setLineDash([])
  arrowHeadPath(ctx, z, (z.x - a.x) / len, (z.y - a.y) / len, 5 * k, 4 * k)
  ctx.fillStyle = head.color
  ctx.fill()
  ctx.lineWidth = k
  ctx.strokeStyle = head.color
  ctx.lineJoin = 'round'
  ctx.stroke()
}
