import { describe, expect, it } from 'vitest'
import { METRICS, cellAt, estimateCardHeight, indexInCell, layoutBoard, type BoardLayout, type Rect } from './layout'
import * as ops from './operations'
import type { Board, Card } from './types'
import { card, cellIds, journey, lane, makeBoard, randomBoard, stage } from '../../test/boards'
import { rng, seeds, type Rng } from '../../test/random'

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
const center = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })

/** Card heights as text metrics might give them: anything from tiny to very tall. */
function randomHeights(r: Rng): (c: Card) => number {
  const h = new Map<string, number>()
  return (c) => {
    if (!h.has(c.id)) h.set(c.id, r.chance(0.1) ? r.between(300, 900) : r.between(0, 160) + r.next())
    return h.get(c.id)!
  }
}

/** The problems of a layout: overlapping cards, cards outside their cell, overlapping lanes. */
function layoutErrors(b: Board, layout: BoardLayout): string[] {
  const errors: string[] = []
  for (const c of b.cards) {
    const r = layout.cards.get(c.id)
    const l = layout.lanes.get(c.laneId)
    const s = layout.stages.get(c.stageId)
    if (!l || !s) continue
    if (!r) {
      errors.push(`card ${c.id} not placed`)
      continue
    }
    // inside its cell, clear of the cell's edges by the cell padding
    const p = METRICS.cellPadding
    const cell = { x: s.x + p, y: l.y + p, width: s.width - 2 * p, height: l.height - 2 * p }
    if (!inside(r, cell)) errors.push(`card ${c.id} ${JSON.stringify(r)} outside its cell ${JSON.stringify(cell)}`)
  }
  const placed = b.cards.filter((c) => layout.cards.has(c.id))
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]
      const c = placed[j]
      if (a.laneId === c.laneId && overlap(layout.cards.get(a.id)!, layout.cards.get(c.id)!)) errors.push(`cards ${a.id} and ${c.id} overlap`)
    }
  const lanes = [...layout.lanes.values()]
  for (let i = 0; i < lanes.length; i++) for (let j = i + 1; j < lanes.length; j++) if (overlap(lanes[i], lanes[j])) errors.push(`lanes ${i} and ${j} overlap`)
  for (const r of lanes) if (r.y + r.height > layout.height || r.y < layout.top) errors.push(`lane ${JSON.stringify(r)} outside the board`)
  return errors
}

describe('layoutBoard', () => {
  it('on random boards, cells grow so no two cards overlap and every card is inside its cell', () => {
    for (const seed of seeds([21, 22, 23, 24])) {
      const r = rng(seed)
      for (let round = 0; round < 25; round++) {
        const b = randomBoard(r, 60)
        const hidden = new Set(b.lanes.filter(() => r.chance(0.15)).map((l) => l.id))
        const layout = layoutBoard(b, randomHeights(r), { hiddenLaneIds: hidden })
        expect(layoutErrors(b, layout), `seed ${seed}, round ${round}`).toEqual([])
        for (const c of b.cards) expect(layout.cards.has(c.id), `seed ${seed}: card ${c.id} placed iff its lane shows`).toBe(!hidden.has(c.laneId))
      }
    }
  })

  it('a cell with many tall cards makes its whole lane taller; the lanes below move down', () => {
    const b = journey()
    const before = layoutBoard(b)
    let tall = b
    for (let i = 0; i < 6; i++) tall = ops.addCard(tall, card(`t${i}`, 's2', 'la', 'word '.repeat(60)))
    const after = layoutBoard(tall)
    const grow = after.lanes.get('la')!.height - before.lanes.get('la')!.height
    expect(grow).toBeGreaterThan(6 * METRICS.minCardHeight)
    expect(after.lanes.get('lt')!.y - before.lanes.get('lt')!.y).toBe(grow)
    expect(after.height - before.height).toBe(grow)
    expect(layoutErrors(tall, after)).toEqual([])
  })

  it('cards of a cell are stacked in board order', () => {
    const b = journey()
    const layout = layoutBoard(b)
    const [c1, c2] = cellIds(b, 's1', 'la').map((id) => layout.cards.get(id)!)
    expect(c1.y + c1.height).toBeLessThanOrEqual(c2.y)
    const swapped = layoutBoard(ops.moveCards(b, ['c2'], 's1', 'la', 0))
    expect(swapped.cards.get('c2')!.y).toBe(c1.y)
  })

  it('lines and the emotion curve have fixed heights; a board without phases has no phase row', () => {
    const layout = layoutBoard(journey())
    expect(layout.lanes.get('lv')!.height).toBe(METRICS.separatorHeight)
    expect(layout.lanes.get('le')!.height).toBe(METRICS.emotionHeight)
    expect(layout.top).toBe(METRICS.phaseHeaderHeight + METRICS.stageHeaderHeight)
    const noPhases = layoutBoard(ops.deletePhase(journey(), 'p1'))
    expect(noPhases.top).toBe(METRICS.stageHeaderHeight)
    expect(noPhases.lanes.get('la')!.y).toBe(METRICS.stageHeaderHeight)
  })

  it('a phase spans its stages; a phase split by a moved stage gets one header per run', () => {
    const b = ops.setStagePhase(journey(), 's3', 'p1') // p1 = s1 s2 s3
    expect(layoutBoard(b).phases.get('p1')).toEqual([{ x: METRICS.laneHeaderWidth, y: 0, width: 3 * METRICS.stageWidth, height: METRICS.phaseHeaderHeight }])
    const split = ops.addStage(ops.setStagePhase(journey(), 's3', 'p1'), stage('x'), 2, undefined)
    const other = ops.setStagePhase(split, 'x', null) // s1 s2 | x | s3
    const rects = layoutBoard(other).phases.get('p1')!
    expect(rects.map((r) => [r.x, r.width])).toEqual([
      [METRICS.laneHeaderWidth, 2 * METRICS.stageWidth],
      [METRICS.laneHeaderWidth + 3 * METRICS.stageWidth, METRICS.stageWidth],
    ])
  })

  it('hidden lanes take no room', () => {
    const b = journey()
    const all = layoutBoard(b)
    const hidden = layoutBoard(b, undefined, { hiddenLaneIds: new Set(['lb']) })
    expect(hidden.lanes.has('lb')).toBe(false)
    expect(hidden.cards.has('c5')).toBe(false)
    expect(all.height - hidden.height).toBe(all.lanes.get('lb')!.height)
  })

  it('an empathy map: every card inside its zone, none overlapping', () => {
    for (const seed of seeds([31, 32])) {
      const r = rng(seed)
      const roles = ['says', 'thinks', 'does', 'feels', 'pains', 'gains', 'notes'] as const
      let b = makeBoard({ kind: 'empathy', stages: [stage('s')], lanes: roles.map((role) => lane(role, role)) })
      for (let i = 0; i < 80; i++) b = ops.addCard(b, card(`c${i}`, 's', r.pick(roles), r.word(90)))
      const layout = layoutBoard(b, randomHeights(r))
      for (const c of b.cards) expect(inside(layout.cards.get(c.id)!, layout.lanes.get(c.laneId)!), `seed ${seed}: ${c.id}`).toBe(true)
      expect(layoutErrors({ ...b, kind: 'empathy' }, { ...layout, stages: new Map([['s', { x: 0, y: 0, width: layout.width, height: 0 }]]) })).toEqual([])
    }
  })
})

describe('empathy map zone names', () => {
  it('a long zone name takes more lines, and the zone’s cards start below them', () => {
    const long = 'Irritants / points de douleur, peurs, frustrations et obstacles sur tout le parcours'
    let b = makeBoard({
      kind: 'empathy',
      stages: [stage('s')],
      lanes: [lane('says', 'says'), lane('thinks', 'thinks'), lane('does', 'does'), lane('feels', 'feels'), lane('pains', 'pains'), lane('gains', 'gains')],
    })
    b = { ...b, lanes: b.lanes.map((l) => (l.role === 'pains' || l.role === 'feels' ? { ...l, name: long } : l)) }
    for (const role of ['says', 'feels', 'pains', 'gains']) b = ops.addCard(b, card(`c-${role}`, 's', role, 'A card'))
    const layout = layoutBoard(b, () => 60)
    const top = (role: string) => layout.cards.get(`c-${role}`)!.y - layout.lanes.get(role)!.y
    expect(top('says')).toBe(48)
    expect(top('gains')).toBe(48)
    // the pains zone is wide: the name takes two or three lines; beside the persona (feels), more
    expect(top('pains')).toBeGreaterThanOrEqual(48 + 25)
    expect(top('feels')).toBeGreaterThan(top('pains'))
  })
})

describe('estimateCardHeight', () => {
  it('is at least the minimum, and grows with the text', () => {
    expect(estimateCardHeight({ text: '' })).toBe(METRICS.minCardHeight)
    const short = estimateCardHeight({ text: 'Short' })
    const long = estimateCardHeight({ text: 'A much longer text that has to wrap over several lines of the card' })
    const lines = estimateCardHeight({ text: 'one\ntwo\nthree\nfour' })
    expect(long).toBeGreaterThan(short)
    expect(lines).toBeGreaterThan(short)
  })
})

describe('cellAt', () => {
  it('finds the cell under the centre of every cell of the grid', () => {
    const b = journey()
    const layout = layoutBoard(b)
    for (const s of b.stages)
      for (const l of b.lanes) {
        const p = { x: center(layout.stages.get(s.id)!).x, y: center(layout.lanes.get(l.id)!).y }
        expect(cellAt(b, layout, p.x, p.y)).toEqual({ stageId: s.id, laneId: l.id })
      }
  })

  it('a point beyond the grid falls in the nearest cell', () => {
    const b = journey()
    const layout = layoutBoard(b)
    const la = layout.lanes.get('la')!
    expect(cellAt(b, layout, 5, la.y + 1)).toEqual({ stageId: 's1', laneId: 'la' }) // on the lane headers
    expect(cellAt(b, layout, layout.width + 500, la.y + 1)).toEqual({ stageId: 's3', laneId: 'la' })
    expect(cellAt(b, layout, METRICS.laneHeaderWidth + 1, 0)).toEqual({ stageId: 's1', laneId: 'la' }) // above
    expect(cellAt(b, layout, METRICS.laneHeaderWidth + 1, layout.height + 100)).toEqual({ stageId: 's1', laneId: 'lb' }) // below
  })

  it('finds the cell at its edges: top-left inside, bottom edge in the next lane', () => {
    const b = journey()
    const layout = layoutBoard(b)
    const la = layout.lanes.get('la')!
    const s2 = layout.stages.get('s2')!
    expect(cellAt(b, layout, s2.x, la.y)).toEqual({ stageId: 's2', laneId: 'la' })
    expect(cellAt(b, layout, s2.x - 0.5, la.y + la.height - 0.5)).toEqual({ stageId: 's1', laneId: 'la' })
    expect(cellAt(b, layout, s2.x, la.y + la.height)).toEqual({ stageId: 's2', laneId: 'lt' })
  })

  it('is null on a board without stages or lanes', () => {
    const noStages = makeBoard({ lanes: [lane('l')] })
    expect(cellAt(noStages, layoutBoard(noStages), 300, 100)).toBeNull()
    const noLanes = makeBoard({ stages: [stage('s')] })
    expect(cellAt(noLanes, layoutBoard(noLanes), 300, 100)).toBeNull()
  })

  it('on an empathy map, finds the zone under the point', () => {
    const b = makeBoard({ kind: 'empathy', stages: [stage('s')], lanes: [lane('says', 'says'), lane('feels', 'feels')] })
    const layout = layoutBoard(b)
    const feels = center(layout.lanes.get('feels')!)
    expect(cellAt(b, layout, feels.x, feels.y)).toEqual({ stageId: 's', laneId: 'feels' })
    expect(cellAt(b, layout, -10, -10)).toBeNull()
  })
})

describe('indexInCell', () => {
  it('counts the cards whose middle is above the drop point', () => {
    let b = journey()
    b = ops.addCard(b, card('c6', 's1', 'la'))
    const layout = layoutBoard(b)
    const cell = cellIds(b, 's1', 'la') // c1 c2 c6
    const mid = (id: string) => center(layout.cards.get(id)!).y
    expect(indexInCell(layout, cell, layout.lanes.get('la')!.y)).toBe(0)
    expect(indexInCell(layout, cell, mid('c1') - 1)).toBe(0)
    expect(indexInCell(layout, cell, mid('c1') + 1)).toBe(1)
    expect(indexInCell(layout, cell, mid('c2') + 1)).toBe(2)
    expect(indexInCell(layout, cell, mid('c6') + 1)).toBe(3)
    expect(indexInCell(layout, [], 500)).toBe(0)
  })

  it('dropping at the index it gives puts the card where it was dropped', () => {
    const b = ops.addCard(ops.addCard(journey(), card('c6', 's1', 'la')), card('c7', 's1', 'la'))
    const layout = layoutBoard(b)
    const others = cellIds(b, 's1', 'la').filter((id) => id !== 'c4')
    // c4 dropped between c2 and c6 (just below c2's middle)
    const y = center(layout.cards.get('c2')!).y + 2
    const next = ops.moveCards(b, ['c4'], 's1', 'la', indexInCell(layout, others, y))
    expect(cellIds(next, 's1', 'la')).toEqual(['c1', 'c2', 'c4', 'c6', 'c7'])
  })
})
