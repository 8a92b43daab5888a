import { describe, expect, it } from 'vitest'
import { rng } from '../../test/random'
import { layoutBoard } from './layout'
import type { Board, Card, Link } from './types'
import { RouteCache, routeLink, routePath, segmentCrossesBox, type Box, type Pt } from './routing'

function randomBoard(seed: number): Board {
  const r = rng(seed)
  const stages = Array.from({ length: r.between(2, 9) }, (_, i) => ({ id: `s${i}`, name: `S${i}` }))
  const lanes = Array.from({ length: r.between(2, 6) }, (_, i) => ({ id: `l${i}`, name: `L${i}`, role: 'notes' as const }))
  const cards: Card[] = []
  const n = r.between(4, 40)
  for (let i = 0; i < n; i++)
    cards.push({ id: `c${i}`, stageId: r.pick(stages).id, laneId: r.pick(lanes).id, text: Array.from({ length: r.between(1, 12) }, () => r.word()).join(' ') })
  const links: Link[] = []
  for (let i = 0; i < r.between(1, 25); i++) {
    const a = r.pick(cards)
    const b = r.pick(cards)
    if (a.id !== b.id) links.push({ id: `k${i}`, from: a.id, to: b.id })
  }
  return { id: 'b', title: 'random', kind: 'journey', stages, lanes, cards, links }
}

const segments = (pts: Pt[]) => pts.slice(1).map((p, i) => [pts[i], p] as const)
const onBorder = (p: Pt, b: Box) =>
  ((p.x === b.x || p.x === b.x + b.width) && p.y >= b.y && p.y <= b.y + b.height) ||
  ((p.y === b.y || p.y === b.y + b.height) && p.x >= b.x && p.x <= b.x + b.width)

describe('routing', () => {
  it('on random boards, no segment of any arrow crosses a card box, and every arrow is orthogonal from border to border', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const board = randomBoard(seed)
      const layout = layoutBoard(board)
      const routes = new RouteCache().update(layout.cards, board.links)
      for (const l of board.links) {
        const route = routes.get(l.id)!
        expect(route, `seed ${seed} link ${l.id}`).toBeDefined()
        const pts = route.points
        expect(onBorder(pts[0], layout.cards.get(l.from)!), `seed ${seed} ${l.id} starts on its card`).toBe(true)
        expect(onBorder(pts[pts.length - 1], layout.cards.get(l.to)!), `seed ${seed} ${l.id} ends on its card`).toBe(true)
        for (const [a, b] of segments(pts)) {
          expect(a.x === b.x || a.y === b.y, `seed ${seed} ${l.id}: orthogonal`).toBe(true)
          for (const [id, box] of layout.cards) expect(segmentCrossesBox(a, b, box), `seed ${seed} ${l.id} crosses ${id}`).toBe(false)
        }
      }
    }
  }, 60_000)

  it('goes around the card between two cards of a lane instead of through it', () => {
    const from = { x: 0, y: 0, width: 200, height: 60 }
    const middle = { x: 260, y: 0, width: 200, height: 60 }
    const to = { x: 520, y: 0, width: 200, height: 60 }
    const r = routeLink(from, to, [middle])
    expect(r.points.length).toBeGreaterThan(2)
    for (const [a, b] of segments(r.points)) expect(segmentCrossesBox(a, b, middle)).toBe(false)
    // and the straight way when nothing is in between
    const direct = routeLink(from, to, [])
    expect(direct.points).toEqual([
      { x: 200, y: 30 },
      { x: 520, y: 30 },
    ])
    expect(direct.label).toEqual({ x: 360, y: 30 })
  })

  it('keeps a margin from the cards it passes', () => {
    const from = { x: 0, y: 0, width: 100, height: 50 }
    const wall = { x: 150, y: -100, width: 40, height: 250 }
    const to = { x: 250, y: 0, width: 100, height: 50 }
    const r = routeLink(from, to, [wall], { margin: 12 })
    const grown = { x: wall.x - 11.9, y: wall.y - 11.9, width: wall.width + 23.8, height: wall.height + 23.8 }
    for (const [a, b] of segments(r.points)) expect(segmentCrossesBox(a, b, grown)).toBe(false)
  })

  it('re-routes only the links a moved card touches', () => {
    const board = randomBoard(7)
    const layout = layoutBoard(board)
    const cache = new RouteCache()
    cache.update(layout.cards, board.links)
    expect(cache.rerouted.length).toBe(board.links.filter((l) => l.from !== l.to).length)
    cache.update(new Map(layout.cards), board.links)
    expect(cache.rerouted).toEqual([])
    // a card moved far away from everything: only its own links are routed again
    const moved = board.links[0].from
    const boxes = new Map(layout.cards)
    const b = boxes.get(moved)!
    boxes.set(moved, { ...b, x: b.x + 100_000 })
    const before = cache.update(layout.cards, board.links)
    void before
    cache.update(boxes, board.links)
    const own = board.links.filter((l) => l.from === moved || l.to === moved).map((l) => l.id)
    const regionsHit = [...cache.rerouted].filter((id) => !own.includes(id))
    expect(cache.rerouted).toEqual(expect.arrayContaining(own))
    // the others routed again are those whose search area held the card before it moved
    for (const id of regionsHit) {
      const r = before.get(id)!.region
      expect(b.x < r.x + r.width && r.x < b.x + b.width && b.y < r.y + r.height && r.y < b.y + b.height).toBe(true)
    }
  })

  it('moves the arrows of lanes pushed down by a lane that grew instead of routing them again, to the paths a new routing finds', () => {
    const stages = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, name: `S${i}` }))
    const lanes = Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, role: 'notes' as const }))
    const cards: Card[] = []
    for (const s of stages) for (const l of lanes) cards.push({ id: `${s.id}${l.id}`, stageId: s.id, laneId: l.id, text: `${s.name} ${l.name}` })
    const links: Link[] = []
    for (let i = 0; i < 7; i++)
      for (let j = 2; j < 5; j++) {
        links.push({ id: `h${i}-${j}`, from: `s${i}l${j}`, to: `s${i + 1}l${j}` })
        if (j < 4) links.push({ id: `v${i}-${j}`, from: `s${i}l${j}`, to: `s${i + 1}l${j + 1}` })
      }
    const board: Board = { id: 'b', title: 'grow', kind: 'journey', stages, lanes, cards, links }
    // the fence around the grid, which moves when the grid grows
    const fence = (l: ReturnType<typeof layoutBoard>): Box[] => [
      { x: -1e5, y: -1e5, width: 3e5, height: l.top - 2 + 1e5 },
      { x: -1e5, y: l.height + 10, width: 3e5, height: 1e5 },
      { x: l.width + 10, y: -1e5, width: 1e5, height: 3e5 },
    ]
    const cache = new RouteCache()
    const before = layoutBoard(board)
    cache.update(before.cards, links, fence(before))
    // the first lane's first card gets a long text: the first lane grows, the others move down
    const grown: Board = { ...board, cards: cards.map((c, i) => (i === 0 ? { ...c, text: 'a much longer text '.repeat(12) } : c)) }
    const after = layoutBoard(grown)
    expect(after.cards.get('s3l3')!.y).toBeGreaterThan(before.cards.get('s3l3')!.y)
    const routes = cache.update(after.cards, links, fence(after))
    expect(cache.shifted.length).toBeGreaterThan(links.length / 3)
    expect(cache.rerouted.length + cache.shifted.length).toBeLessThanOrEqual(links.length)
    const fresh = new RouteCache().update(after.cards, links, fence(after))
    for (const l of links) {
      const [got, want] = [routes.get(l.id)!, fresh.get(l.id)!]
      expect(got.points.length, l.id).toBe(want.points.length)
      got.points.forEach((p, i) => {
        expect(p.x, `${l.id} point ${i}`).toBeCloseTo(want.points[i].x, 1)
        expect(p.y, `${l.id} point ${i}`).toBeCloseTo(want.points[i].y, 1)
      })
      for (const [a, b] of segments(got.points)) for (const [id, box] of after.cards) expect(segmentCrossesBox(a, b, box), `${l.id} crosses ${id}`).toBe(false)
    }
  })

  it('a card held over others (while dragged) still gets its arrows routed around the cards it is not over, searched near it only', () => {
    const held = { x: 250, y: 10, width: 200, height: 60 } // over `under`
    const under = { x: 260, y: 0, width: 200, height: 60 }
    const wall = { x: 560, y: -200, width: 40, height: 400 }
    const to = { x: 700, y: 0, width: 200, height: 60 }
    const r = routeLink(held, to, [under, wall], { wide: false })
    expect(r.points.length).toBeGreaterThan(2)
    for (const [a, b] of segments(r.points)) expect(segmentCrossesBox(a, b, wall)).toBe(false)
    // nothing to be found near the cards: the plain fallback, not a search of the whole board
    const boxedIn = [
      { x: 480, y: -2000, width: 20, height: 4000 },
      { x: -2000, y: -2000, width: 4000, height: 20 },
    ]
    const far = routeLink(held, to, boxedIn, { wide: false, reach: 40 })
    expect(far.region).toEqual({ x: 250 - 40, y: 0 - 40, width: 650 + 80, height: 70 + 80 })
  })

  it('a routing job cut short leaves its links due for the next one', () => {
    const board = randomBoard(11)
    const layout = layoutBoard(board)
    const cache = new RouteCache()
    const job = cache.begin(layout.cards, board.links)
    // a deadline already past: one link per step
    expect(job.step(0)).toBe(false)
    expect(cache.rerouted).toHaveLength(1)
    // the layout changes before the job finished: the next job still routes every link
    const next = cache.begin(new Map(layout.cards), board.links)
    expect(next.step()).toBe(true)
    const routed = new Set(cache.rerouted)
    const expected = board.links.filter((l) => l.from !== l.to).map((l) => l.id)
    expect(expected.filter((id) => !routed.has(id)).length).toBe(1) // the one routed by the first job
    expect(next.result().size).toBe(new Set(expected).size)
  })

  it('draws rounded corners that stay on the route', () => {
    expect(
      routePath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ]),
    ).toBe('M0,0 L94,0 Q100,0 100,6 L100,50')
  })
})

describe('a card held between two hundredths of a pixel (a drag)', () => {
  it('is gone around and entered by its facing side, never crossed', () => {
    const a = { x: 216, y: 128, width: 216, height: 68 }
    const fence = [{ x: -1e5, y: -1e5, width: 3e5, height: 110 + 1e5 }]
    for (const at of [
      { x: 707.675, y: 128 },
      { x: 707.675, y: 123.315 },
      { x: 707.0049, y: 140.125 },
    ]) {
      const b = { ...at, width: 216, height: 68 }
      const { points } = routeLink(a, b, [a, ...fence], { wide: false })
      const end = points[points.length - 1]
      expect(Math.abs(end.x - b.x)).toBeLessThan(0.01) // its left side, facing the source
      for (let i = 1; i < points.length; i++)
        expect(segmentCrossesBox(points[i - 1], points[i], { x: b.x + 1, y: b.y + 1, width: 214, height: 66 })).toBe(false)
    }
  })
})
