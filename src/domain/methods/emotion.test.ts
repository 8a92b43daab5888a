import { describe, expect, it } from 'vitest'
import type { Board, EmotionPoint } from '../types'
import { clearEmotion, emotionSeries, normaliseEmotion, peakEnd, setEmotion, smoothPath } from './emotion'

function board(emotions?: EmotionPoint[]): Board {
  return {
    id: 'b',
    title: 'Journey',
    kind: 'journey',
    stages: [
      { id: 's1', name: 'Discover' },
      { id: 's2', name: 'Sign up' },
      { id: 's3', name: 'Use' },
      { id: 's4', name: 'Renew' },
    ],
    lanes: [{ id: 'l1', name: 'Emotion curve', role: 'emotions' }],
    cards: [],
    links: [],
    ...(emotions ? { emotions } : {}),
  }
}

const sample = board([
  { stageId: 's1', value: 2 },
  { stageId: 's3', value: -1 },
  { stageId: 's2', value: 3, personaId: 'p1' },
  { stageId: 's3', value: -3, personaId: 'p1' },
  { stageId: 'gone', value: 1 },
  { stageId: 's4', value: 7 },
])

describe('emotionSeries', () => {
  it('one value per stage in stage order, null where there is none, clamped to −3…+3', () => {
    expect(emotionSeries(sample)).toEqual([2, null, -1, 3])
  })
  it('reads one persona’s curve, or the board’s own without a persona', () => {
    expect(emotionSeries(sample, 'p1')).toEqual([null, 3, -3, null])
    expect(emotionSeries(sample, 'p2')).toEqual([null, null, null, null])
  })
  it('is all null without emotions', () => {
    expect(emotionSeries(board())).toEqual([null, null, null, null])
  })
})

describe('peakEnd', () => {
  it('lowest (first on ties), highest and end', () => {
    expect(peakEnd([1, -2, 0, -2, 3, null])).toEqual({ lowest: 1, highest: 4, end: 4 })
    expect(peakEnd([3, -1, 3, 0])).toEqual({ lowest: 1, highest: 0, end: 3 })
  })
  it('a flat curve: lowest and highest are the first stage, end the last', () => {
    expect(peakEnd([0, 0, 0])).toEqual({ lowest: 0, highest: 0, end: 2 })
  })
  it('a single value is lowest, highest and end at once', () => {
    expect(peakEnd([null, 2, null])).toEqual({ lowest: 1, highest: 1, end: 1 })
  })
  it('nothing to mark on an empty curve', () => {
    expect(peakEnd([])).toEqual({ lowest: null, highest: null, end: null })
    expect(peakEnd([null, null])).toEqual({ lowest: null, highest: null, end: null })
  })
})

/** Parse "M x y C … C …" into segments and evaluate each cubic Bézier. */
function segments(d: string): { y0: number; y1: number; ys: number[] }[] {
  const nums = d.replace(/[MC]/g, ' ').trim().split(/\s+/).map(Number)
  const out = []
  let [, y0] = nums
  for (let i = 2; i + 5 < nums.length; i += 6) {
    const [, c1, , c2, , y1] = nums.slice(i, i + 6)
    const ys = []
    for (let k = 0; k <= 100; k++) {
      const t = k / 100
      ys.push((1 - t) ** 3 * y0 + 3 * (1 - t) ** 2 * t * c1 + 3 * (1 - t) * t ** 2 * c2 + t ** 3 * y1)
    }
    out.push({ y0, y1, ys })
    y0 = y1
  }
  return out
}

describe('smoothPath', () => {
  it('nothing, or a single move, for fewer than two points', () => {
    expect(smoothPath([])).toBe('')
    expect(smoothPath([{ x: 10, y: 20 }])).toBe('M10 20')
  })

  it('two points: the straight line as a cubic', () => {
    expect(
      smoothPath([
        { x: 0, y: 0 },
        { x: 90, y: 30 },
      ]),
    ).toBe('M0 0 C30 10 60 20 90 30')
  })

  it('flat at a local extremum (no overshoot past the lowest point)', () => {
    expect(
      smoothPath([
        { x: 0, y: 100 },
        { x: 100, y: 0 },
        { x: 200, y: 100 },
      ]),
    ).toBe('M0 100 C33.33 66.67 66.67 0 100 0 C133.33 0 166.67 66.67 200 100')
  })

  it('no bump between two equal values', () => {
    const d = smoothPath([
      { x: 0, y: 0 },
      { x: 10, y: 50 },
      { x: 20, y: 50 },
      { x: 30, y: 0 },
    ])
    expect(d).toBe('M0 0 C3.33 16.67 6.67 50 10 50 C13.33 50 16.67 50 20 50 C23.33 50 26.67 16.67 30 0')
  })

  it('Fritsch–Carlson limiter tames steep tangents', () => {
    // slopes 1 then 9: the mean tangent 5 at the middle point is limited to 3·5/√26 ≈ 2.94
    expect(
      smoothPath([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
        { x: 2, y: 10 },
      ]),
    ).toBe('M0 0 C0.33 0.2 0.67 0.02 1 1 C1.33 1.98 1.67 7 2 10')
  })

  it('every segment stays monotone between its two points: the curve never leaves −3…+3', () => {
    const values = [-3, 3, -3, 3, 2, 2, -1, 0, 3, 3, -3]
    const d = smoothPath(values.map((v, i) => ({ x: i * 100, y: v })))
    const segs = segments(d)
    expect(segs).toHaveLength(values.length - 1)
    for (const { y0, y1, ys } of segs) {
      const lo = Math.min(y0, y1) - 0.01 // the path's numbers are rounded to 0.01
      const hi = Math.max(y0, y1) + 0.01
      for (const y of ys) expect(y >= lo && y <= hi).toBe(true)
      for (let k = 1; k < ys.length; k++) expect(y1 >= y0 ? ys[k] >= ys[k - 1] - 1e-9 : ys[k] <= ys[k - 1] + 1e-9).toBe(true)
    }
  })
})

describe('normaliseEmotion', () => {
  it('clamps to −3…+3 and rounds to whole steps, halves away from zero', () => {
    expect([5, -4.2, 1.4, 1.5, -1.5, 2.5, -2.5, 0].map(normaliseEmotion)).toEqual([3, -3, 1, 2, -2, 3, -3, 0])
    expect(Object.is(normaliseEmotion(-0.4), 0)).toBe(true)
    expect(normaliseEmotion(NaN)).toBeNull()
    expect(normaliseEmotion(Infinity)).toBe(3)
  })
})

describe('setEmotion', () => {
  it('adds a value without touching the original board', () => {
    const before = JSON.stringify(sample)
    const next = setEmotion(sample, 's2', 1)
    expect(emotionSeries(next)).toEqual([2, 1, -1, 3])
    expect(JSON.stringify(sample)).toBe(before)
  })

  it('replaces an existing value in place', () => {
    const next = setEmotion(sample, 's1', -2)
    expect(emotionSeries(next)).toEqual([-2, null, -1, 3])
    expect(next.emotions).toHaveLength(sample.emotions!.length)
  })

  it('clamps and rounds', () => {
    expect(emotionSeries(setEmotion(sample, 's2', 9))[1]).toBe(3)
    expect(emotionSeries(setEmotion(sample, 's2', -3.6))[1]).toBe(-3)
    expect(emotionSeries(setEmotion(sample, 's2', 0.6))[1]).toBe(1)
  })

  it('returns the same board for NaN, an unknown stage, or the same value', () => {
    expect(setEmotion(sample, 's2', NaN)).toBe(sample)
    expect(setEmotion(sample, 'nope', 1)).toBe(sample)
    expect(setEmotion(sample, 's1', 2)).toBe(sample)
  })

  it('keeps each persona’s curve apart', () => {
    const next = setEmotion(sample, 's1', -1, 'p1')
    expect(emotionSeries(next)).toEqual([2, null, -1, 3])
    expect(emotionSeries(next, 'p1')).toEqual([-1, 3, -3, null])
    expect(next.emotions!.at(-1)).toEqual({ stageId: 's1', value: -1, personaId: 'p1' })
    expect(setEmotion(board(), 's1', 1).emotions).toEqual([{ stageId: 's1', value: 1 }])
  })

  it('collapses duplicate points of a stage into one', () => {
    const dup = board([
      { stageId: 's1', value: 1 },
      { stageId: 's2', value: 0 },
      { stageId: 's1', value: -1 },
    ])
    expect(setEmotion(dup, 's1', 2).emotions).toEqual([
      { stageId: 's2', value: 0 },
      { stageId: 's1', value: 2 },
    ])
  })
})

describe('clearEmotion', () => {
  it('removes a stage’s value, leaving a gap', () => {
    expect(emotionSeries(clearEmotion(sample, 's3'))).toEqual([2, null, null, 3])
    expect(emotionSeries(clearEmotion(sample, 's3'), 'p1')).toEqual([null, 3, -3, null])
    expect(clearEmotion(sample, 's2')).toBe(sample)
  })
})
