// Arrows routed around cards: orthogonal paths (horizontal and vertical segments) that keep a
// margin from every card box, found by A* over a sparse orthogonal visibility grid (the lines
// a margin away from each obstacle's sides, as libavoid builds them), with a cost per bend.
// Pure geometry: no DOM, no React. `RouteCache` re-routes only the links a change touches.
//
// Why our own and not libavoid-js: measured on this project's 2-core machine, libavoid-js 0.4.5
// took 7.5 s to route the benchmark board (300 cards, 300 arrows) and 0.6–3.4 s to re-route
// after one card moved; these boards need milliseconds. See docs/routing.md.
import type { Id } from './types'

export interface Pt {
  x: number
  y: number
}
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface RouteOptions {
  /** Room kept between an arrow and any card it does not join (board px). */
  margin?: number
  /** Cost of a bend, in px of length: a path may run this much longer to save a bend. */
  bendCost?: number
  /** How far around its two cards a link's search first looks (then the whole board). */
  reach?: number
  /**
   * False: when nothing is found within `reach`, draw the plain fallback rather than search the
   * whole board (which can take tens of milliseconds: too long for a pointer move).
   */
  wide?: boolean
}

export interface Route {
  /** From the border of the source card to the border of the target card. */
  points: Pt[]
  /** Where a label goes: the middle of the longest free stretch. */
  label: Pt
  /** The area the search looked at: a card moving in or out of it may change the route. */
  region: Box
}

/** A box this wide or high is a wall (a fence around the grid), not something to go around. */
const WALL = 1e4

const DEFAULTS = { margin: 10, bendCost: 60, reach: 260, wide: true }

type Side = 0 | 1 | 2 | 3 // right, down, left, up
const DX = [1, 0, -1, 0]
const DY = [0, 1, 0, -1]

function inflate(b: Box, m: number): Box {
  return { x: b.x - m, y: b.y - m, width: b.width + 2 * m, height: b.height + 2 * m }
}
const right = (b: Box) => b.x + b.width
const bottom = (b: Box) => b.y + b.height
export const boxesMeet = (a: Box, b: Box) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a)
const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.max(right(a), right(b)) - x, height: Math.max(bottom(a), bottom(b)) - y }
}

/** True when the segment a–b (horizontal or vertical) passes through the inside of `box`. */
export function segmentCrossesBox(a: Pt, b: Pt, box: Box, eps = 1e-6): boolean {
  const x0 = Math.min(a.x, b.x)
  const x1 = Math.max(a.x, b.x)
  const y0 = Math.min(a.y, b.y)
  const y1 = Math.max(a.y, b.y)
  if (x0 === x1) return x0 > box.x + eps && x0 < right(box) - eps && y1 > box.y + eps && y0 < bottom(box) - eps
  if (y0 === y1) return y0 > box.y + eps && y0 < bottom(box) - eps && x1 > box.x + eps && x0 < right(box) - eps
  // a slanted segment (never produced here): test its bounding box
  return x1 > box.x + eps && x0 < right(box) - eps && y1 > box.y + eps && y0 < bottom(box) - eps
}

/** The point in the middle of a card's side, and the point a margin out from it. */
function port(b: Box, side: Side, m: number): { at: Pt; out: Pt } {
  const at =
    side === 0
      ? { x: right(b), y: b.y + b.height / 2 }
      : side === 1
        ? { x: b.x + b.width / 2, y: bottom(b) }
        : side === 2
          ? { x: b.x, y: b.y + b.height / 2 }
          : { x: b.x + b.width / 2, y: b.y }
  return { at, out: { x: at.x + DX[side] * m, y: at.y + DY[side] * m } }
}

/** A binary heap of [cost, state] pairs (A*'s open set). */
class Heap {
  private items: number[] = []
  private costs: number[] = []
  get size() {
    return this.items.length
  }
  push(item: number, cost: number) {
    const { items, costs } = this
    let i = items.length
    items.push(item)
    costs.push(cost)
    while (i > 0) {
      const p = (i - 1) >> 1
      if (costs[p] <= cost) break
      items[i] = items[p]
      costs[i] = costs[p]
      i = p
    }
    items[i] = item
    costs[i] = cost
  }
  pop(): number {
    const { items, costs } = this
    const top = items[0]
    const lastItem = items.pop()!
    const lastCost = costs.pop()!
    if (items.length) {
      let i = 0
      for (;;) {
        let c = 2 * i + 1
        if (c >= items.length) break
        if (c + 1 < items.length && costs[c + 1] < costs[c]) c++
        if (costs[c] >= lastCost) break
        items[i] = items[c]
        costs[i] = costs[c]
        i = c
      }
      items[i] = lastItem
      costs[i] = lastCost
    }
    return top
  }
}

// Scratch arrays reused from one search to the next (a drag searches twice or more per pointer
// move: new typed arrays each time were most of the garbage of a drag).
let scratch = { blocked: new Uint8Array(0), open: new Uint8Array(0), cost: new Float64Array(0), prev: new Int32Array(0) }
function scratchArrays(cells: number, points: number, states: number) {
  const grow = (n: number) => Math.max(n, 1024) * 2
  if (scratch.blocked.length < cells) scratch = { ...scratch, blocked: new Uint8Array(grow(cells)) }
  if (scratch.open.length < points) scratch = { ...scratch, open: new Uint8Array(grow(points)) }
  if (scratch.cost.length < states) scratch = { ...scratch, cost: new Float64Array(grow(states)), prev: new Int32Array(grow(states)) }
  const blocked = scratch.blocked.subarray(0, cells).fill(0)
  const open = scratch.open.subarray(0, points).fill(0)
  const cost = scratch.cost.subarray(0, states).fill(Infinity)
  const prev = scratch.prev.subarray(0, states).fill(-1)
  return { blocked, open, cost, prev }
}

const round2 = (v: number) => Math.round(v * 100) / 100

/** The values within [lo, hi], rounded to hundredths, sorted, each once. */
function gridLines(vs: number[], lo: number, hi: number): Float64Array {
  const a = new Float64Array(vs.length)
  let n = 0
  for (const v of vs) if (v >= lo - 1e-6 && v <= hi + 1e-6) a[n++] = round2(v)
  const sorted = a.subarray(0, n).sort()
  let k = 0
  for (let i = 0; i < n; i++) if (k === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i]
  return sorted.slice(0, k)
}

/** The index of `v` (rounded to hundredths) in the sorted lines `A`, or -1. */
function lineIndex(A: Float64Array, v: number): number {
  const r = round2(v)
  let lo = 0
  let hi = A.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (A[mid] < r) lo = mid + 1
    else if (A[mid] > r) hi = mid - 1
    else return mid
  }
  return -1
}

/**
 * The orthogonal path from card `from` to card `to` that keeps `margin` away from every
 * obstacle (the two cards included, past the short stub leaving each), with as few bends as
 * its length allows; null when no such path exists inside `limit`.
 */
function search(from: Box, to: Box, obstacles: Box[], m: number, bendCost: number, limit: Box): Pt[] | null {
  const blocks = [...obstacles, from, to].map((b) => inflate(b, m))
  const starts = ([0, 1, 2, 3] as Side[]).map((s) => ({ side: s, ...port(from, s, m) }))
  const ends = ([0, 1, 2, 3] as Side[]).map((s) => ({ side: s, ...port(to, s, m) }))
  const xs = [limit.x, right(limit)]
  const ys = [limit.y, bottom(limit)]
  for (const b of blocks) {
    xs.push(b.x, right(b))
    ys.push(b.y, bottom(b))
  }
  for (const p of [...starts, ...ends]) {
    xs.push(p.out.x)
    ys.push(p.out.y)
  }
  const X = gridLines(xs, limit.x, right(limit))
  const Y = gridLines(ys, limit.y, bottom(limit))
  const nx = X.length
  const ny = Y.length

  // Every obstacle side is a grid line, so a step between neighbouring grid points is either
  // wholly clear of an obstacle or runs through its inside, which its middle tells. Blocked
  // points and step middles are marked on the doubled grid (points at even indices).
  const W = 2 * nx - 1
  const N = nx * ny * 4 // A*'s states: a grid point and a heading
  const { blocked, open, cost, prev } = scratchArrays(W * (2 * ny - 1), nx * ny, N)
  const firstAbove = (A: Float64Array, v: number) => {
    let lo = 0
    let hi = A.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (A[mid] <= v + 0.006) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const lastBelow = (A: Float64Array, v: number) => firstAbove(A, v - 0.012) - 1
  for (const b of blocks) {
    // doubled indices strictly inside the block: from just after its left line to just before its right line
    const i0 = 2 * (firstAbove(X, b.x) - 1) + 1
    const i1 = 2 * (lastBelow(X, right(b)) + 1) - 1
    const j0 = 2 * (firstAbove(Y, b.y) - 1) + 1
    const j1 = 2 * (lastBelow(Y, bottom(b)) + 1) - 1
    for (let v = Math.max(0, j0); v <= Math.min(2 * ny - 2, j1); v++) for (let u = Math.max(0, i0); u <= Math.min(W - 1, i1); u++) blocked[v * W + u] = 1
  }
  // open[p]: bit d set when a step in direction d from point p is clear
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      if (blocked[2 * j * W + 2 * i]) continue
      const p = j * nx + i
      if (i + 1 < nx && !blocked[2 * j * W + 2 * i + 1] && !blocked[2 * j * W + 2 * i + 2]) {
        open[p] |= 1
        open[p + 1] |= 4
      }
      if (j + 1 < ny && !blocked[(2 * j + 1) * W + 2 * i] && !blocked[(2 * j + 2) * W + 2 * i]) {
        open[p] |= 2
        open[p + nx] |= 8
      }
    }

  // A* over (point, heading); a start is the stub out of the source, heading away from it
  const goal = new Map<number, number>() // grid point → side of the target it enters by
  for (const e of ends) {
    const i = lineIndex(X, e.out.x)
    const j = lineIndex(Y, e.out.y)
    if (i >= 0 && j >= 0) goal.set(j * nx + i, e.side)
  }
  if (!goal.size) return null
  // A lower bound of the cost left from point p heading d: the distance to a target stub, and
  // the bends that any path from there must still make (each costs `bendCost`); with bends
  // left out, A* looked at every staircase of the same length before any corner-saving path.
  const finals = ends.map((e) => ((e.side + 2) & 3) as Side)
  const h = (p: number, d: number) => {
    const x = X[p % nx]
    const y = Y[(p - (p % nx)) / nx]
    let best = Infinity
    for (let k = 0; k < ends.length; k++) {
      const vx = ends[k].out.x - x
      const vy = ends[k].out.y - y
      const f = finals[k]
      const dist = Math.abs(vx) + Math.abs(vy)
      let bends: number
      if (dist === 0) bends = d === f ? 0 : 1
      else {
        const ahead = vx * DX[d] + vy * DY[d] // along the heading
        const aligned = ahead > 0 && vx * DY[d] === 0 && vy * DX[d] === 0
        if (d === f) bends = aligned ? 0 : 2
        else if (d === ((f + 2) & 3)) bends = aligned ? 1 : 2
        else bends = aligned || (ahead >= 0 && vx * DX[f] + vy * DY[f] > 0) ? 1 : 2
      }
      best = Math.min(best, dist + bends * bendCost)
    }
    return best
  }
  const heap = new Heap()
  for (const s of starts) {
    const i = lineIndex(X, s.out.x)
    const j = lineIndex(Y, s.out.y)
    if (i < 0 || j < 0) continue
    const p = j * nx + i
    const st = p * 4 + s.side
    // leaving by a side that faces away from the target costs a bend or two anyway
    cost[st] = m
    heap.push(st, m + h(p, s.side))
  }
  let found = -1
  while (heap.size) {
    const st = heap.pop()
    const p = st >> 2
    const d = st & 3
    const c = cost[st]
    const enters = goal.get(p)
    // the final stub goes into the target against its side's outward direction
    if (enters !== undefined && ((enters + 2) & 3) === d) {
      found = st
      break
    }
    if (enters !== undefined) {
      // arriving at the stub heading another way: turning into the card costs a bend
      const turn = p * 4 + ((enters + 2) & 3)
      if (c + bendCost < cost[turn]) {
        cost[turn] = c + bendCost
        prev[turn] = st
        heap.push(turn, c + bendCost)
      }
    }
    const i = p % nx
    const j = (p - i) / nx
    for (let nd = 0; nd < 4; nd++) {
      if (nd === ((d + 2) & 3)) continue // no U-turns
      if (!(open[p] & (1 << nd))) continue
      const ni = i + DX[nd]
      const nj = j + DY[nd]
      const q = nj * nx + ni
      const step = Math.abs(X[ni] - X[i]) + Math.abs(Y[nj] - Y[j])
      const nc = c + step + (nd === d ? 0 : bendCost)
      const ns = q * 4 + nd
      if (nc < cost[ns]) {
        cost[ns] = nc
        prev[ns] = st
        heap.push(ns, nc + h(q, nd))
      }
    }
  }
  if (found < 0) return null
  const grid: Pt[] = []
  for (let st = found; st >= 0; st = prev[st]) {
    const p = st >> 2
    const pt = { x: X[p % nx], y: Y[Math.floor(p / nx)] }
    const last = grid[grid.length - 1]
    if (!last || last.x !== pt.x || last.y !== pt.y) grid.push(pt)
  }
  grid.reverse()
  const first = grid[0]
  const last = grid[grid.length - 1]
  const start = starts.find((s) => s.out.x === first.x && s.out.y === first.y) ?? starts[0]
  const end = ends.find((e) => e.out.x === last.x && e.out.y === last.y) ?? ends[0]
  return simplify([start.at, ...grid, end.at])
}

/** Drops repeated points and the middle points of straight runs. */
export function simplify(points: Pt[]): Pt[] {
  const out: Pt[] = []
  for (const p of points) {
    const a = out[out.length - 2]
    const b = out[out.length - 1]
    if (b && b.x === p.x && b.y === p.y) continue
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out[out.length - 1] = p
    else out.push(p)
  }
  return out
}

/** The middle of the longest segment (horizontal first) whose label box meets no card. */
export function labelPoint(points: Pt[], obstacles: Box[], size = { width: 80, height: 22 }): Pt {
  const segs = points.slice(1).map((p, i) => ({ a: points[i], b: p, len: Math.abs(p.x - points[i].x) + Math.abs(p.y - points[i].y) }))
  const order = [...segs].sort((s, t) => (t.a.y === t.b.y ? 1 : 0) - (s.a.y === s.b.y ? 1 : 0) || t.len - s.len)
  for (const s of order) {
    const c = { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 }
    const box = { x: c.x - size.width / 2, y: c.y - size.height / 2, width: size.width, height: size.height }
    if (!obstacles.some((o) => boxesMeet(o, box))) return c
  }
  const s = segs.reduce((best, x) => (x.len > best.len ? x : best), segs[0] ?? { a: points[0], b: points[0], len: 0 })
  return { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 }
}

/** A straight three-segment path between the facing sides, for when no route is possible. */
function fallback(from: Box, to: Box): Pt[] {
  const sx = from.x + from.width / 2
  const tx = to.x + to.width / 2
  if (Math.abs(tx - sx) >= Math.abs(to.y + to.height / 2 - (from.y + from.height / 2))) {
    const a = port(from, tx > sx ? 0 : 2, 0).at
    const b = port(to, tx > sx ? 2 : 0, 0).at
    const mx = (a.x + b.x) / 2
    return simplify([a, { x: mx, y: a.y }, { x: mx, y: b.y }, b])
  }
  const down = to.y > from.y
  const a = port(from, down ? 1 : 3, 0).at
  const b = port(to, down ? 3 : 1, 0).at
  const my = (a.y + b.y) / 2
  return simplify([a, { x: a.x, y: my }, { x: b.x, y: my }, b])
}

/**
 * Routes one link between two boxes around `obstacles` (other cards, headers…). It first looks
 * within `reach` of the two cards, then over everything the obstacles span.
 */
export function routeLink(fromBox: Box, toBox: Box, obstacles: Box[], opts: RouteOptions = {}): Route {
  const { margin, bendCost, reach, wide } = { ...DEFAULTS, ...opts }
  // The search's grid is in hundredths of a pixel: a box between two (a card held by a drag at
  // x 707.675) would fall between its lines and be crossed.
  const from = toHundredths(fromBox)
  const to = toHundredths(toBox)
  const both = union(from, to)
  const near = inflate(both, reach)
  // A box lying on one of the two cards (a card dragged over others) cannot be gone around:
  // left out, it no longer walls the card in (laid-out cards never overlap).
  const apart = (o: Box) => !boxesMeet(o, from) && !boxesMeet(o, to)
  const tryIn = (limit: Box) => search(from, to, obstacles.filter((o) => boxesMeet(o, limit) && apart(o)).map(toHundredths), margin, bendCost, limit)
  let region = near
  let points = tryIn(near)
  if (!points && wide) {
    // over every card and a reach around them; walls (10,000 px or more across: the fence
    // around a grid) bound it but do not widen it, so that the area stays the board's
    region = inflate(
      obstacles.reduce((u, o) => (o.width >= WALL || o.height >= WALL ? u : union(u, o)), both),
      reach,
    )
    points = tryIn(region)
  }
  const path = points ?? fallback(from, to)
  return { points: path, label: labelPoint(path, obstacles), region }
}

export interface RoutedLink {
  id: Id
  from: Id
  to: Id
}

function toHundredths(b: Box): Box {
  const x = round2(b.x)
  const y = round2(b.y)
  if (x === b.x && y === b.y && round2(b.width) === b.width && round2(b.height) === b.height) return b
  return { x, y, width: round2(b.x + b.width) - x, height: round2(b.y + b.height) - y }
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

const shift = (b: Box, v: Pt): Box => ({ x: b.x + v.x, y: b.y + v.y, width: b.width, height: b.height })
const boxOrder = (a: Box, b: Box) => a.x - b.x || a.y - b.y || a.width - b.width || a.height - b.height

/**
 * `route` moved by how its two cards moved, when they moved alike and every box around the route
 * moved with them: the boxes that met its search area before, moved, are exactly those that meet
 * the moved area now. Then a new search would find the same path, moved; otherwise null.
 */
function shiftedRoute(
  route: Route,
  fromBefore: Box | undefined,
  from: Box,
  toBefore: Box | undefined,
  to: Box,
  scene: { before: Box[]; after: Box[] },
): Route | null {
  if (!fromBefore || !toBefore) return null
  const v = { x: from.x - fromBefore.x, y: from.y - fromBefore.y }
  if ((v.x === 0 && v.y === 0) || !sameBox(shift(fromBefore, v), from) || !sameBox(shift(toBefore, v), to)) return null
  const region = shift(route.region, v)
  const was = scene.before.filter((b) => boxesMeet(b, route.region)).map((b) => shift(b, v))
  const now = scene.after.filter((b) => boxesMeet(b, region))
  if (was.length !== now.length) return null
  was.sort(boxOrder)
  now.sort(boxOrder)
  if (!was.every((b, i) => sameBox(b, now[i]))) return null
  const move = (p: Pt) => ({ x: p.x + v.x, y: p.y + v.y })
  return { points: route.points.map(move), label: move(route.label), region }
}

/** Routing still to do after `RouteCache.begin`: done in slices (`step`) or all at once. */
export interface RouteJob {
  /** Routes links until `deadline` (a `performance.now()` time); true when none is left. */
  step(deadline?: number): boolean
  /** Every link's route (those not routed yet keep their last one, if any). */
  result(): Map<Id, Route>
}

/**
 * Routes of a board's links, kept between calls: a link is routed again only when one of its
 * cards moved, or when a card moved into, out of or within the area its route was searched in.
 * `begin` says what must be routed again; the job can run in slices between frames. A link left
 * unrouted by a job cut short stays due for the next one.
 */
export class RouteCache {
  private boxes = new Map<Id, Box>()
  private routes = new Map<Id, { route: Route; from: Id; to: Id }>()
  private due = new Set<Id>()
  private fixed: Box[] = []
  /** Links routed by the last job (for tests and the benchmark). */
  rerouted: Id[] = []
  /** Links whose route the last `begin` moved along with their cards instead of routing them again. */
  shifted: Id[] = []

  private opts: RouteOptions
  constructor(opts: RouteOptions = {}) {
    this.opts = opts
  }

  /** `boxes`: every card's box; `fixed`: other obstacles (the fence around the grid). */
  begin(boxes: ReadonlyMap<Id, Box>, links: readonly RoutedLink[], fixed: Box[] = []): RouteJob {
    const changed: Box[] = []
    const moved = new Set<Id>()
    for (const [id, b] of boxes) {
      const old = this.boxes.get(id)
      if (!old || !sameBox(old, b)) {
        moved.add(id)
        changed.push(b)
        if (old) changed.push(old)
      }
    }
    for (const [id, old] of this.boxes) if (!boxes.has(id)) changed.push(old)
    // a fence box that moved (the grid grew or shrank) is a change like a card's: it touches
    // only the routes searched near it
    for (let i = 0; i < Math.max(fixed.length, this.fixed.length); i++) {
      const [old, now] = [this.fixed[i], fixed[i]]
      if (old && now && sameBox(old, now)) continue
      if (old) changed.push(old)
      if (now) changed.push(now)
    }
    const before = { boxes: this.boxes, fixed: this.fixed }
    this.fixed = fixed
    this.boxes = new Map(boxes)
    const live = links.filter((l) => l.from !== l.to && boxes.has(l.from) && boxes.has(l.to))
    const ids = new Set(live.map((l) => l.id))
    for (const id of [...this.routes.keys()]) if (!ids.has(id)) this.routes.delete(id)
    for (const id of [...this.due]) if (!ids.has(id)) this.due.delete(id)
    this.shifted = []
    let scene: { before: Box[]; after: Box[] } | null = null
    for (const l of live) {
      const prev = this.routes.get(l.id)
      if (!prev || prev.from !== l.from || prev.to !== l.to || this.due.has(l.id)) {
        this.due.add(l.id)
        continue
      }
      if (!moved.has(l.from) && !moved.has(l.to) && !changed.some((c) => boxesMeet(c, prev.route.region))) continue
      // A link whose cards moved together, with everything around them (the lanes below a lane
      // that grew): the same search would find the same path, moved. Its route is moved.
      scene ??= { before: [...before.boxes.values(), ...before.fixed], after: [...boxes.values(), ...fixed] }
      const route = shiftedRoute(prev.route, before.boxes.get(l.from), boxes.get(l.from)!, before.boxes.get(l.to), boxes.get(l.to)!, scene)
      if (route) {
        this.routes.set(l.id, { ...prev, route })
        this.shifted.push(l.id)
      } else this.due.add(l.id)
    }
    this.rerouted = []
    const byId = new Map(live.map((l) => [l.id, l]))
    let all: Box[] | null = null
    const step = (deadline = Infinity) => {
      for (const id of this.due) {
        const l = byId.get(id)
        this.due.delete(id)
        if (!l) continue
        const a = boxes.get(l.from)!
        const b = boxes.get(l.to)!
        all ??= [...boxes.values()].concat(fixed)
        const others = all.filter((o) => o !== a && o !== b)
        this.routes.set(l.id, { route: routeLink(a, b, others, this.opts), from: l.from, to: l.to })
        this.rerouted.push(l.id)
        if (performance.now() >= deadline) break
      }
      return this.due.size === 0
    }
    const result = () => {
      const out = new Map<Id, Route>()
      for (const l of live) {
        const r = this.routes.get(l.id)
        if (r) out.set(l.id, r.route)
      }
      return out
    }
    return { step, result }
  }

  /** Routes every link that needs it now, and returns every link's route. */
  update(boxes: ReadonlyMap<Id, Box>, links: readonly RoutedLink[], fixed: Box[] = []): Map<Id, Route> {
    const job = this.begin(boxes, links, fixed)
    job.step()
    return job.result()
  }
}

/** The SVG path of a route, its corners rounded by `radius` (kept within half of each segment). */
export function routePath(points: Pt[], radius = 6): string {
  if (points.length < 2) return ''
  let d = `M${points[0].x},${points[0].y}`
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]
    const b = points[i]
    const c = points[i + 1]
    const r = Math.min(radius, (Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) / 2, (Math.abs(c.x - b.x) + Math.abs(c.y - b.y)) / 2)
    const p = { x: b.x - Math.sign(b.x - a.x) * r, y: b.y - Math.sign(b.y - a.y) * r }
    const q = { x: b.x + Math.sign(c.x - b.x) * r, y: b.y + Math.sign(c.y - b.y) * r }
    d += ` L${p.x},${p.y} Q${b.x},${b.y} ${q.x},${q.y}`
  }
  const z = points[points.length - 1]
  return d + ` L${z.x},${z.y}`
}
