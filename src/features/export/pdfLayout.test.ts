import { describe, expect, it } from 'vitest'
import { MAX_SCALE, MIN_SCALE, pageFrame, pdfStageGroups, planPages, splitRows, stagesPerPage } from './pdfLayout'

const metrics = { fixedWidth: 264, stageWidth: 248 }

describe('pageFrame', () => {
  it('landscape A4 and A3, the image box inside the margins, below the header', () => {
    const a4 = pageFrame('a4')
    expect([a4.width, a4.height]).toEqual([297, 210])
    expect(a4.content.x).toBeGreaterThan(0)
    expect(a4.content.x + a4.content.width).toBeLessThan(297)
    expect(a4.content.y + a4.content.height).toBeLessThan(210)
    expect(pageFrame('a3').width).toBe(420)
  })
})

describe('stages per page', () => {
  it('as many stages as fit across at a legible scale', () => {
    const a4 = stagesPerPage('a4', metrics)
    const a3 = stagesPerPage('a3', metrics)
    expect(a4).toBe(5)
    expect(a3).toBe(8)
    // the group of stages printed at MIN_SCALE fits the page width
    expect((metrics.fixedWidth + a4 * metrics.stageWidth) * MIN_SCALE).toBeLessThanOrEqual(pageFrame('a4').content.width)
    expect((metrics.fixedWidth + (a4 + 1) * metrics.stageWidth) * MIN_SCALE).toBeGreaterThan(pageFrame('a4').content.width)
  })
  it('a 12-stage board: 3 A4 pages of 4 stages, 2 A3 pages of 6', () => {
    expect(pdfStageGroups(12, 'a4', metrics)).toEqual([{ from: 0, to: 3 }, { from: 4, to: 7 }, { from: 8, to: 11 }])
    expect(pdfStageGroups(12, 'a3', metrics)).toEqual([{ from: 0, to: 5 }, { from: 6, to: 11 }])
    expect(pdfStageGroups(5, 'a4', metrics)).toHaveLength(1)
  })
})

describe('splitRows', () => {
  it('one row when it fits', () => {
    expect(splitRows(900, 1000)).toEqual([[0, 900]])
  })
  it('cuts at the lowest lane bottom that fits', () => {
    expect(splitRows(2500, 1000, [300, 700, 950, 1400, 1900, 2200])).toEqual([[0, 950], [950, 1900], [1900, 2500]])
  })
  it('cuts inside a lane taller than a page', () => {
    expect(splitRows(2500, 1000, [2400])).toEqual([[0, 1000], [1000, 2000], [2000, 2500]])
  })
  it('does not leave slivers: a break right at the start of a page is ignored', () => {
    expect(splitRows(1500, 1000, [100])).toEqual([[0, 1000], [1000, 1500]])
  })
  it('rows cover the image exactly, none taller than a page', () => {
    const rows = splitRows(7777, 1234, [500, 1300, 2000, 2100, 4000, 7000])
    expect(rows[0][0]).toBe(0)
    expect(rows[rows.length - 1][1]).toBe(7777)
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBe(rows[i - 1][1])
    for (const [a, b] of rows) expect(b - a).toBeLessThanOrEqual(1234)
  })
})

describe('planPages', () => {
  const a4 = pageFrame('a4').content
  it('a board that fits goes on one page, centred, no larger than real size', () => {
    const p = planPages(1000, 600, 'a4', 'readable')
    expect(p.rows).toEqual([[0, 600]])
    expect(p.scale).toBeCloseTo(Math.min(a4.width / 1000, MAX_SCALE))
    expect(p.placements[0].x + p.placements[0].width / 2).toBeCloseTo(a4.x + a4.width / 2)
    expect(p.small).toBe(false)
  })
  it('a tall slice is shrunk to the page height while that stays legible', () => {
    const p = planPages(1256, 1000, 'a4', 'readable')
    expect(p.rows).toHaveLength(1)
    expect(p.scale).toBeCloseTo(a4.height / 1000)
    expect(p.placements[0].height).toBeCloseTo(a4.height)
    expect(p.placements[0].width).toBeLessThanOrEqual(a4.width + 1e-9)
  })
  it('a taller one is cut between lanes into several pages at full width', () => {
    const breaks = [400, 900, 1500, 2100, 2700]
    const p = planPages(1256, 3000, 'a4', 'readable', breaks)
    // as few pages as at the smallest legible scale (4), text as large as that allows
    expect(p.rows).toEqual([[0, 900], [900, 1500], [1500, 2100], [2100, 3000]])
    expect(p.scale).toBeGreaterThanOrEqual(MIN_SCALE)
    expect(p.scale).toBeLessThanOrEqual(a4.width / 1256)
    expect(p.scale).toBeGreaterThan(0.185)
    for (const [a, b] of p.rows) expect((b - a) * p.scale).toBeLessThanOrEqual(a4.height + 1e-9)
    expect(p.rows.slice(0, -1).every(([, b]) => breaks.includes(b))).toBe(true)
    expect(p.placements.every((x) => x.y === a4.y)).toBe(true)
  })
  it('"fit" puts everything on one page and says when the text gets small', () => {
    const p = planPages(6000, 3000, 'a4', 'fit')
    expect(p.rows).toEqual([[0, 3000]])
    expect(p.placements[0].width).toBeLessThanOrEqual(a4.width + 1e-9)
    expect(p.placements[0].height).toBeLessThanOrEqual(a4.height + 1e-9)
    expect(p.small).toBe(true)
  })
})
