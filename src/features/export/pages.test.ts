import { describe, expect, it } from 'vitest'
import { rng } from '../../../test/random'
import { fitOnePage, inkShare, MAX_BLANK, MIN_SCALE, paperBox, planPages, type PageModel } from './pages'

function model(stages: number, laneHeights: number[], extra: Partial<PageModel> = {}): PageModel {
  return {
    stageCount: stages,
    stageWidth: 248,
    fixedWidth: 264,
    sideGutter: 190,
    fixedHeight: 64 + 112,
    legendHeight: () => 130,
    laneGutter: 46,
    laneCount: laneHeights.length,
    laneHeight: (l) => laneHeights[l],
    pad: 32,
    gutters: (st) => ({ left: st.from > 0, right: st.to < stages - 1, top: false, bottom: false }),
    ...extra,
  }
}

/** Every (stage, lane) cell is on exactly one page. */
function expectCovered(pages: ReturnType<typeof planPages>, stages: number, lanes: number) {
  const seen = new Map<string, number>()
  for (const p of pages.flatMap((x) => x.blocks))
    for (let s = p.stages.from; s <= p.stages.to; s++) for (let l = p.lanes.from; l <= p.lanes.to; l++) seen.set(`${s}|${l}`, (seen.get(`${s}|${l}`) ?? 0) + 1)
  expect(seen.size).toBe(stages * lanes)
  expect([...seen.values()].every((n) => n === 1)).toBe(true)
}

describe('page split', () => {
  const a4 = paperBox('a4')

  it('the 5-stage blueprint of the issue: pages filled, none more than a third blank but the last, text legible', () => {
    // five card lanes around the three lines of a blueprint
    const lanes = [150, 170, 36, 144, 36, 144, 36, 144]
    const pages = planPages(model(5, lanes), a4)
    expectCovered(pages, 5, lanes.length)
    pages.forEach((p, i) => {
      expect(p.scale).toBeGreaterThanOrEqual(MIN_SCALE)
      if (i < pages.length - 1) expect(inkShare(a4, p.width - 64, p.height - 64, p.scale)).toBeGreaterThanOrEqual(1 - MAX_BLANK)
    })
  })

  it('a wide, short board is cut by stages; a narrow, tall one by lanes', () => {
    const wide = planPages(model(24, [160, 160, 160]), a4)
    expect(wide.flatMap((p) => p.blocks).every((p) => p.lanes.from === 0 && p.lanes.to === 2)).toBe(true)
    expect(wide.length).toBeGreaterThan(1)
    const tall = planPages(
      model(
        2,
        Array.from({ length: 14 }, () => 220),
      ),
      a4,
    )
    expect(tall.flatMap((p) => p.blocks).every((p) => p.stages.from === 0 && p.stages.to === 1)).toBe(true)
    expect(tall.length).toBeGreaterThan(1)
  })

  it('on random boards: every cell once, legible text, and no page but the last more than a third blank when a split allows it', () => {
    let filled = 0
    let total = 0
    for (let seed = 1; seed <= 80; seed++) {
      const r = rng(seed)
      const stages = r.between(1, 40)
      const lanes = Array.from({ length: r.between(1, 10) }, () => (r.chance(0.2) ? 36 : r.between(104, 420)))
      const paper = r.chance(0.5) ? a4 : paperBox('a3')
      const pages = planPages(model(stages, lanes), paper)
      expectCovered(pages, stages, lanes.length)
      for (const [i, p] of pages.entries()) {
        expect(p.scale, `seed ${seed}`).toBeGreaterThanOrEqual(MIN_SCALE * 0.999)
        if (i < pages.length - 1) {
          total++
          if (inkShare(paper, p.width - 64, p.height - 64, p.scale) >= 1 - MAX_BLANK - 1e-9) filled++
        }
      }
    }
    // a few shapes cannot fill a page at any split (one very tall lane); the rest must
    expect(filled / Math.max(1, total)).toBeGreaterThan(0.9)
  }, 60_000)

  it('one page turns the paper to the board’s shape', () => {
    expect(fitOnePage('a4', 3000, 1000).orientation).toBe('landscape')
    expect(fitOnePage('a4', 1000, 3000).orientation).toBe('portrait')
    const tall = fitOnePage('a4', 1000, 3000)
    expect(tall.scale).toBeCloseTo(Math.min(tall.box.content.width / 1000, tall.box.content.height / 3000))
  })
})
