// A drag draws its cards and their arrows on the page itself, once a frame, without React or
// React Flow's store: React Flow's drag (XYDrag) keeps the dragged places of its own and tells
// the canvas each move (onNodesChange); the canvas hands them here. Giving React Flow new nodes
// at every move would run every node's and every arrow's store listener (600 on a 300-card
// board) and render the canvas again, which kept a 300-card board from drawing each frame.
// Only the drop goes through the board (one edit), and React draws what it makes.
//
// - A dragged node is shifted with the CSS `translate` property, which React Flow never writes
//   (it places nodes with `transform`): taking it off at the drop leaves the node exactly where
//   React Flow puts it, whatever happened meanwhile.
// - The dragged cards' arrows are drawn as copies in a layer of their own (`svg`, `labels`) from
//   routes searched near the cards; the originals are hidden by one style rule meanwhile.
import type { Route } from '../../domain/routing'
import { routePath } from '../../domain/routing'
import type { Id } from '../../domain/types'

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
}

/** Where the dragged arrows' copies go: an SVG and a box in the viewport's coordinates. */
export interface DragLayerElements {
  svg: SVGSVGElement
  labels: HTMLElement
}

interface Arrow {
  copy: SVGGElement
  paths: SVGPathElement[]
  label: HTMLElement | null
}

const A11Y_ATTRS = ['data-id', 'data-testid', 'role', 'aria-label', 'aria-roledescription', 'aria-describedby', 'tabindex', 'id']

export class DragPainter {
  /** Where each dragged node is now. */
  readonly places = new Map<Id, XY>()
  private nodes = new Map<Id, { el: HTMLElement | null; from: XY }>()
  private arrows = new Map<Id, Arrow | null>()
  private hidden: HTMLStyleElement | null = null
  private frame = 0
  private layer: DragLayerElements | null = null

  private host: DragPainterHost

  constructor(host: DragPainterHost) {
    this.host = host
  }

  setLayer(layer: DragLayerElements | null): void {
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
      this.nodes.set(id, { el, from })
    }
    this.places.set(id, p)
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint())
  }

  /** Draws the moves received since the last frame. */
  paint(): void {
    this.frame = 0
    for (const [id, p] of this.places) {
      const n = this.nodes.get(id)
      if (n?.el) n.el.style.translate = `${p.x - n.from.x}px ${p.y - n.from.y}px`
    }
    const routes = this.host.route(this.places)
    if (!routes.size) return
    const layer = this.layer
    if (!layer) return
    let hide: string[] | null = null
    for (const [id, route] of routes) {
      let arrow = this.arrows.get(id)
      if (arrow === undefined) {
        arrow = this.copyArrow(id, layer)
        this.arrows.set(id, arrow)
        if (arrow) (hide ??= []).push(CSS.escape(id))
      }
      if (!arrow || route.points.length < 2) continue
      const d = routePath(route.points, 8)
      for (const path of arrow.paths) path.setAttribute('d', d)
      if (arrow.label) arrow.label.style.transform = `translate(-50%, -50%) translate(${route.label.x}px, ${route.label.y}px)`
    }
    if (hide) this.hide(hide)
  }

  /** The drop (or a drag given up): every node back under React Flow's hand, the copies gone. */
  end(): void {
    cancelAnimationFrame(this.frame)
    this.frame = 0
    for (const n of this.nodes.values()) n.el?.style.removeProperty('translate')
    for (const a of this.arrows.values()) {
      a?.copy.remove()
      a?.label?.remove()
    }
    this.hidden?.remove()
    this.hidden = null
    this.nodes.clear()
    this.arrows.clear()
    this.places.clear()
  }

  private copyArrow(id: Id, layer: DragLayerElements): Arrow | null {
    const root = this.host.root()
    const edge = root?.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)
    if (!edge) return null // not drawn (far away on a large board): nothing to follow
    const copy = edge.cloneNode(true) as SVGGElement
    // a picture of the arrow, not a second arrow for a screen reader or a test
    for (const el of [copy, ...copy.querySelectorAll('*')]) for (const a of A11Y_ATTRS) el.removeAttribute(a)
    copy.setAttribute('aria-hidden', 'true')
    copy.classList.add('drag-arrow')
    layer.svg.appendChild(copy)
    const paths = [...copy.querySelectorAll<SVGPathElement>('path.react-flow__edge-path, path.react-flow__edge-interaction')]
    const original = root?.querySelector<HTMLElement>(`.edge-label[data-edge="${CSS.escape(id)}"]`)
    let label: HTMLElement | null = null
    if (original) {
      label = original.cloneNode(true) as HTMLElement
      label.removeAttribute('data-edge')
      label.setAttribute('aria-hidden', 'true')
      layer.labels.appendChild(label)
    }
    return { copy, paths, label }
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
