// The live board's arrows routed around its cards (domain/routing): the whole board's routes
// are updated incrementally when the layout changes (only the links a change touches are routed
// again); while cards are dragged, only the arrows of the dragged cards follow them (drawn by
// ./dragPainter, not through React Flow's edges).
import type { BoardLayout } from '../../domain/layout'
import { RouteCache, routeLink, type Box, type Route, type RouteJob } from '../../domain/routing'
import type { Id, Link } from '../../domain/types'

/** Boxes that keep arrows inside the grid: off the headers above and the lane names on the left. */
export function gridFence(layout: BoardLayout, laneHeaderWidth: number): Box[] {
  return [
    { x: -1e5, y: -1e5, width: 3e5, height: layout.top - 2 + 1e5 },
    { x: -1e5, y: layout.height + 10, width: 3e5, height: 1e5 },
    { x: -1e5, y: -1e5, width: laneHeaderWidth + 1e5, height: 3e5 },
    { x: layout.width + 10, y: -1e5, width: 1e5, height: 3e5 },
  ]
}

export class BoardRoutes {
  private cache = new RouteCache()

  /**
   * True while cards are dragged: routing left to do (after a drop, say) then runs in slices of
   * 2 ms, one a frame, just after the frame is drawn, so that each pointer move is still drawn
   * at the next frame; otherwise slices of 8 ms follow one another.
   */
  dragging = false

  setDragging(on: boolean): void {
    this.dragging = on
  }

  /**
   * Routes for this layout, computed in slices between frames (re-routing only what changed
   * since the last call): `done` gets them all once finished. Returns a cancel.
   * `afterPaint`: begin two frames later (a board just opened: its cards are drawn, and their
   * picture rasterised, before the routing's slices take the CPU; the arrows are drawn straight
   * meanwhile).
   */
  schedule(layout: BoardLayout, links: readonly Link[], fence: Box[], done: (routes: Map<Id, Route>) => void, afterPaint = false): () => void {
    const job: RouteJob = this.cache.begin(layout.cards, links, fence)
    let cancelled = false
    let frame = 0
    const channel = new MessageChannel()
    const tick = () => {
      if (cancelled) return
      if (job.step(performance.now() + (this.dragging ? 2 : 8))) done(job.result())
      else if (this.dragging) frame = requestAnimationFrame(() => channel.port2.postMessage(null))
      else channel.port2.postMessage(null)
    }
    channel.port1.onmessage = tick
    if (afterPaint) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => channel.port2.postMessage(null))))
    else tick()
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
      channel.port1.close()
    }
  }

  /** The boxes a drag's arrows go around (every card not dragged, and the fence), kept while the same cards are dragged. */
  private still: { layout: BoardLayout; fence: Box[]; moved: string; boxes: Box[] } | null = null

  /**
   * The arrows of the dragged cards routed from where the cards are now (the other arrows stay
   * as they are). Searched near their cards only: where nothing is found there (a card held
   * over others), the arrow is drawn plainly until the drop routes it for good.
   */
  dragged(layout: BoardLayout, links: readonly Link[], moved: ReadonlyMap<Id, { x: number; y: number }>, fence: Box[]): Map<Id, Route> {
    const out = new Map<Id, Route>()
    const touched = links.filter((l) => moved.has(l.from) || moved.has(l.to))
    if (!touched.length) return out
    const key = [...moved.keys()].join('\n')
    if (!this.still || this.still.layout !== layout || this.still.fence !== fence || this.still.moved !== key) {
      const boxes: Box[] = []
      for (const [id, r] of layout.cards) if (!moved.has(id)) boxes.push(r)
      this.still = { layout, fence, moved: key, boxes: boxes.concat(fence) }
    }
    const still = this.still.boxes
    const box = (id: Id): Box | undefined => {
      const r = layout.cards.get(id)
      const p = moved.get(id)
      return r && (p ? { ...r, x: p.x, y: p.y } : r)
    }
    for (const l of touched) {
      const a = box(l.from)
      const b = box(l.to)
      if (!a || !b || l.from === l.to) continue
      // a card not dragged at one end meets itself: routeLink leaves out the boxes on its two cards
      out.set(l.id, routeLink(a, b, still, { wide: false }))
    }
    return out
  }
}
