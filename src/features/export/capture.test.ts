// The capture pipeline in jsdom (which cannot draw): the scene's SVG document, and the retry
// at a lower ratio after a blank or failed canvas. The real pixels are tested in Playwright.
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('html-to-image', () => ({
  getFontEmbedCSS: vi.fn(async () => '@font-face { font-family: Inter; src: url(data:font/woff2;base64,AAAA); }'),
}))
vi.mock('./serialize', async (importOriginal) => ({ ...(await importOriginal<typeof import('./serialize')>()), svgToCanvas: vi.fn() }))

import { getFontEmbedCSS } from 'html-to-image'
import { captureCanvas, captureSvg } from './capture'
import { sceneSvg, svgToCanvas } from './serialize'

// jsdom has no 2D canvas: a fake one whose pixels say whether the source canvas was drawn on.
const painted = new WeakSet<HTMLCanvasElement>()
beforeEach(() => {
  vi.mocked(svgToCanvas).mockReset()
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

/** An export host as render.tsx draws it: host > surface > react-flow > … > viewport. */
function drawnScene(): HTMLElement {
  document.body.innerHTML = `
    <div class="parcours-export" aria-hidden="true" style="position: fixed; left: -100000px">
      <div class="export-surface"><div class="react-flow light" style="--xy-edge-stroke: #37474f">
        <div class="react-flow__renderer"><div class="react-flow__pane"><div class="react-flow__viewport">
          <div class="react-flow__node react-flow__node-card"><div class="card tag-irritant">
            <span class="grip">⋮⋮</span><div class="menu"><button>⋯</button></div>
            <div class="card-text">Fills in the &lt;b&gt;form&lt;/b&gt; — 50% &amp; payé</div>
            <div class="react-flow__handle card-source"></div>
          </div></div>
          <svg class="react-flow__edges"><path class="react-flow__edge-path" d="M0,0 L10,10"></path></svg>
        </div></div></div>
      </div></div>
    </div>`
  return document.querySelector<HTMLElement>('.react-flow__viewport')!
}

describe('sceneSvg', () => {
  const svg = () => sceneSvg(drawnScene(), { width: 800, height: 600 }, { fontCss: '@font-face{font-family:Inter}', leftOut: '.grip, .menu, .react-flow__handle', css: '.card{color:#1b2430}' })

  it('is one SVG document of the scene size, its HTML in a foreignObject, text kept as text', () => {
    const s = svg()
    expect(s).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="600" viewBox="0 0 800 600">/)
    expect(s).toContain('<foreignObject')
    expect(s).toContain('Fills in the &lt;b&gt;form&lt;/b&gt; — 50% &amp; payé')
    expect(s).toContain('react-flow__edge-path')
    // well-formed XML (a browser refuses to draw anything else)
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
  })

  it('carries the style sheets and the fonts, and the ancestors the sheets select on', () => {
    const s = svg()
    expect(s).toContain('@font-face{font-family:Inter}')
    expect(s).toContain('.card{color:#1b2430}')
    expect(s).toMatch(/class="parcours-export"[^>]*style="[^"]*position: relative; left: 0px/)
    expect(s).toContain('class="react-flow light"')
    expect(s).toContain('--xy-edge-stroke: #37474f')
    expect(s).not.toContain('aria-hidden')
  })

  it('leaves out grips, ⋯ menus and connection handles', () => {
    const s = svg()
    expect(s).not.toContain('⋮⋮')
    expect(s).not.toContain('⋯')
    expect(s).not.toContain('card-source')
    expect(s).toContain('card tag-irritant')
  })

  it('does not touch the drawn scene itself', () => {
    const vp = drawnScene()
    sceneSvg(vp, { width: 10, height: 10 }, { fontCss: '', leftOut: '.grip', css: '' })
    expect(vp.querySelector('.grip')).not.toBeNull()
    expect(document.querySelector<HTMLElement>('.parcours-export')!.style.position).toBe('fixed')
  })
})

describe('captureCanvas', () => {
  it('draws the whole scene at the ratio asked for', async () => {
    vi.mocked(svgToCanvas).mockImplementation(async (_svg, size, ratio) => canvasAt(size.width * ratio, size.height * ratio, true))
    const r = await captureCanvas(drawnScene(), { width: 3000, height: 2000 }, 2)
    expect(r).toMatchObject({ ratio: 2, lowered: false })
    expect(r.canvas.width).toBe(6000)
    expect(vi.mocked(svgToCanvas).mock.calls[0][0]).toContain('@font-face')
  })

  it('lowers the ratio before capture when the image would be too large for the browser', async () => {
    vi.mocked(svgToCanvas).mockImplementation(async () => canvasAt(10, 10, true))
    const r = await captureCanvas(drawnScene(), { width: 15_000, height: 3000 }, 3)
    expect(r.lowered).toBe(true)
    const ratio = vi.mocked(svgToCanvas).mock.calls[0][2]
    expect(ratio).toBeLessThan(3)
    expect(ratio * 15_000).toBeLessThanOrEqual(32_767)
  })

  it('a blank canvas (the browser could not draw it) is retried at a lower ratio, never returned', async () => {
    // this "browser" only draws up to 2×
    vi.mocked(svgToCanvas).mockImplementation(async (_s, _size, ratio) => canvasAt(100, 100, ratio <= 2))
    const r = await captureCanvas(drawnScene(), { width: 1000, height: 800 }, 3)
    expect(vi.mocked(svgToCanvas).mock.calls.map((c) => c[2])).toEqual([3, 2.1, 1.47])
    expect(r).toMatchObject({ ratio: 1.47, lowered: true })
  })

  it('a capture that throws is retried too, and gives up with an error rather than a blank image', async () => {
    vi.mocked(svgToCanvas).mockRejectedValue(new Error('out of memory'))
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expect(captureCanvas(drawnScene(), { width: 1000, height: 800 }, 1)).rejects.toThrow(/could not draw/)
    expect(vi.mocked(svgToCanvas).mock.calls.length).toBeGreaterThan(2)
  })

  it('fetches the fonts once for all the slides of an export', async () => {
    vi.mocked(svgToCanvas).mockImplementation(async () => canvasAt(10, 10, true))
    const before = vi.mocked(getFontEmbedCSS).mock.calls.length
    await captureCanvas(drawnScene(), { width: 10, height: 10 }, 1)
    await captureCanvas(drawnScene(), { width: 10, height: 10 }, 1)
    expect(vi.mocked(getFontEmbedCSS).mock.calls.length - before).toBeLessThanOrEqual(1)
  })
})

describe('captureSvg', () => {
  it('gives an SVG file whose text is text', async () => {
    const svg = await captureSvg(drawnScene(), { width: 800, height: 600 })
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true)
    expect(svg).toContain('50% &amp; payé')
  })
})
