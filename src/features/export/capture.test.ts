// The wiring between the export and html-to-image (which cannot run in jsdom): the options
// it is called with, the retry at a lower ratio after a blank canvas, the SVG text.
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('html-to-image', () => ({
  toCanvas: vi.fn(),
  toSvg: vi.fn(),
  getFontEmbedCSS: vi.fn(async () => '@font-face { font-family: Inter; src: url(data:font/woff2;base64,AAAA); }'),
}))

import { getFontEmbedCSS, toCanvas, toSvg } from 'html-to-image'
import { captureCanvas, captureSvg, keepInCapture } from './capture'

// jsdom has no 2D canvas: a fake one whose pixels say whether the source canvas was drawn on.
const painted = new WeakSet<HTMLCanvasElement>()
beforeEach(() => {
  vi.mocked(toCanvas).mockReset()
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    let source: HTMLCanvasElement | null = null
    return {
      drawImage: (src: HTMLCanvasElement) => (source = src),
      getImageData: (_x: number, _y: number, w: number, h: number) => {
        const data = new Uint8ClampedArray(w * h * 4).fill(255)
        if (source && painted.has(source)) data.set([38, 50, 56, 255], 40) // a dark pixel: content
        return { data, width: w, height: h }
      },
    } as unknown as CanvasRenderingContext2D
  } as never)
})

function canvasAt(w: number, h: number, content: boolean) {
  const c = document.createElement('canvas')
  c.width = w
  c.height = h
  if (content) painted.add(c)
  return c
}

describe('captureCanvas', () => {
  it('captures the whole scene size on white, with our own size limits and without editing affordances', async () => {
    vi.mocked(toCanvas).mockImplementation(async (_n, o) => canvasAt(o!.width! * o!.pixelRatio!, o!.height! * o!.pixelRatio!, true))
    const el = document.createElement('div')
    const r = await captureCanvas(el, { width: 3000, height: 2000 }, 2)
    expect(r).toMatchObject({ ratio: 2, lowered: false })
    expect(r.canvas.width).toBe(6000)
    const opts = vi.mocked(toCanvas).mock.calls[0][1]!
    expect(opts).toMatchObject({ width: 3000, height: 2000, pixelRatio: 2, backgroundColor: '#ffffff', skipAutoScale: true })
    expect(opts.fontEmbedCSS).toContain('@font-face')
    expect(opts.filter).toBe(keepInCapture)
  })

  it('lowers the ratio before capture when the image would be too large for the browser', async () => {
    vi.mocked(toCanvas).mockImplementation(async () => canvasAt(10, 10, true))
    const r = await captureCanvas(document.createElement('div'), { width: 15_000, height: 3000 }, 3)
    expect(r.lowered).toBe(true)
    expect(vi.mocked(toCanvas).mock.calls[0][1]!.pixelRatio).toBeLessThan(3)
    expect(vi.mocked(toCanvas).mock.calls[0][1]!.pixelRatio! * 15_000).toBeLessThanOrEqual(32_767)
  })

  it('a blank canvas (the browser could not draw it) is retried at a lower ratio, never returned', async () => {
    // this "browser" only draws up to 2×
    vi.mocked(toCanvas).mockImplementation(async (_n, o) => canvasAt(100, 100, o!.pixelRatio! <= 2))
    const r = await captureCanvas(document.createElement('div'), { width: 1000, height: 800 }, 3)
    expect(vi.mocked(toCanvas).mock.calls.map((c) => c[1]!.pixelRatio)).toEqual([3, 2.1, 1.47])
    expect(r).toMatchObject({ ratio: 1.47, lowered: true })
  })

  it('a capture that throws is retried too, and gives up with an error rather than a blank image', async () => {
    vi.mocked(toCanvas).mockRejectedValue(new Error('out of memory'))
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expect(captureCanvas(document.createElement('div'), { width: 1000, height: 800 }, 1)).rejects.toThrow(/could not draw/)
    expect(vi.mocked(toCanvas).mock.calls.length).toBeGreaterThan(2)
  })

  it('fetches the fonts once for all the slides of an export', async () => {
    vi.mocked(toCanvas).mockImplementation(async () => canvasAt(10, 10, true))
    const before = vi.mocked(getFontEmbedCSS).mock.calls.length
    await captureCanvas(document.createElement('div'), { width: 10, height: 10 }, 1)
    await captureCanvas(document.createElement('div'), { width: 10, height: 10 }, 1)
    expect(vi.mocked(getFontEmbedCSS).mock.calls.length - before).toBeLessThanOrEqual(1)
  })
})

describe('captureSvg', () => {
  it('gives an SVG file whose text is text', async () => {
    const inner = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><foreignObject><div>Prend rendez-vous # 50% &amp; payé</div></foreignObject></svg>'
    vi.mocked(toSvg).mockResolvedValue('data:image/svg+xml;charset=utf-8,' + encodeURIComponent(inner))
    const svg = await captureSvg(document.createElement('div'), { width: 800, height: 600 })
    expect(svg.startsWith('<?xml')).toBe(true)
    expect(svg).toContain('Prend rendez-vous # 50% &amp; payé')
    expect(vi.mocked(toSvg).mock.calls[0][1]).toMatchObject({ width: 800, height: 600, backgroundColor: '#ffffff' })
  })
})

describe('keepInCapture', () => {
  it('leaves out grips, ⋯ menus and connection handles, keeps the rest', () => {
    const el = (cls: string) => Object.assign(document.createElement('div'), { className: cls })
    expect(keepInCapture(el('lane-grip grip'))).toBe(false)
    expect(keepInCapture(el('menu nodrag'))).toBe(false)
    expect(keepInCapture(el('react-flow__handle card-source'))).toBe(false)
    expect(keepInCapture(el('card tag-irritant'))).toBe(true)
    expect(keepInCapture(document.createTextNode('text') as unknown as HTMLElement)).toBe(true)
  })
})
