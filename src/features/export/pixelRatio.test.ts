import { describe, expect, it } from 'vitest'
import { CHROMIUM_CANVAS, fitPixelRatio, lowerRatio, SAFE_CANVAS } from './pixelRatio'

describe('fitPixelRatio', () => {
  it('keeps the ratio asked for when the image fits', () => {
    expect(fitPixelRatio(3240, 2200, 2)).toEqual({ ratio: 2, lowered: false, width: 6480, height: 4400 })
    expect(fitPixelRatio(3240, 2200, 3)).toMatchObject({ ratio: 3, lowered: false })
  })
  it('lowers it when a side would pass the browser maximum', () => {
    // 60 stages: 15,144 px wide at 1×
    const r = fitPixelRatio(15_144, 1200, 3)
    expect(r.lowered).toBe(true)
    expect(r.width).toBeLessThanOrEqual(SAFE_CANVAS.maxSide)
    expect(r.ratio).toBeGreaterThan(2)
    expect(r.ratio).toBeLessThan(3)
  })
  it('lowers it when the area would pass the maximum', () => {
    const r = fitPixelRatio(9000, 9000, 3)
    expect(r.lowered).toBe(true)
    expect(r.width * r.height).toBeLessThanOrEqual(SAFE_CANVAS.maxArea)
    expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(SAFE_CANVAS.maxSide)
  })
  it('goes below 1× for a gigantic board rather than give up', () => {
    const r = fitPixelRatio(60_000, 3000, 1)
    expect(r.ratio).toBeLessThan(1)
    expect(r.width).toBeLessThanOrEqual(SAFE_CANVAS.maxSide)
  })
  it('stays within Chromium limits for any size', () => {
    for (const [w, h] of [
      [1, 1],
      [32_767, 10],
      [20_000, 20_000],
      [100, 400_000],
      [5000, 3000],
    ])
      for (const req of [1, 2, 3]) {
        const r = fitPixelRatio(w, h, req, CHROMIUM_CANVAS)
        if (r.ratio > 0.1) {
          expect(r.width).toBeLessThanOrEqual(CHROMIUM_CANVAS.maxSide)
          expect(r.width * r.height).toBeLessThanOrEqual(CHROMIUM_CANVAS.maxArea)
        }
        expect(r.ratio).toBeLessThanOrEqual(req)
      }
  })
})

it('lowerRatio steps down, then gives up', () => {
  expect(lowerRatio(2)).toBe(1.4)
  let r: number | null = 3
  let steps = 0
  while (r !== null) {
    r = lowerRatio(r)
    steps++
  }
  expect(steps).toBeLessThan(12)
})
