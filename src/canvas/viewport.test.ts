import { describe, expect, it } from 'vitest'
import { fitViewport } from './viewport'

const pad = { top: 24, right: 24, bottom: 140, left: 24 }

describe('fitViewport', () => {
  it('fits a wide board to the pane’s width and centres it in the height left', () => {
    const v = fitViewport({ x: 0, y: 0, width: 2000, height: 500 }, 1024, 800, pad, 0.05, 2)
    expect(v.zoom).toBeCloseTo(976 / 2000)
    expect(v.x).toBeCloseTo(24)
    // the board's middle sits in the middle of the padded area
    expect(v.y + (500 * v.zoom) / 2).toBeCloseTo(24 + (800 - 164) / 2)
  })

  it('fits a tall board to the height, and counts content above y = 0 (the persona header)', () => {
    const v = fitViewport({ x: 0, y: -170, width: 800, height: 2000 }, 1440, 900, pad, 0.05, 2)
    expect(v.zoom).toBeCloseTo(736 / 2000)
    // the top of the content (the persona header, at y = −170) sits at the top padding
    expect(v.y + -170 * v.zoom).toBeCloseTo(24)
  })

  it('keeps the zoom within the canvas limits', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 50 }, 1440, 900, pad, 0.05, 2).zoom).toBe(2)
    expect(fitViewport({ x: 0, y: 0, width: 1e6, height: 50 }, 1440, 900, pad, 0.05, 2).zoom).toBe(0.05)
  })
})
