// The export scene as a display list: rectangles, lines, paths, text blocks, images and
// symbols in board pixels. Every export format draws from it: `sceneSvg` writes it as a native
// SVG document (no foreignObject), which the PNG, PDF and slides draw in turn; the PowerPoint
// writer maps the same shapes to editable slide shapes.
import type { Pt } from '../../../domain/routing'
import { symbolMarkup, type SymbolName } from '../../../ui/icons'

export type Shape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; r?: number; fill?: string; stroke?: string; sw?: number; dash?: string }
  | { type: 'line'; points: Pt[]; stroke: string; sw: number; dash?: string; round?: number }
  | { type: 'path'; d: string; fill?: string; stroke?: string; sw?: number; dash?: string }
  | { type: 'circle'; cx: number; cy: number; r: number; fill?: string; stroke?: string; sw?: number; dash?: string }
  | {
      type: 'text'
      /** Left (or centre / right, by `anchor`) of the block, top of its first line. */
      x: number
      y: number
      /** The width the lines were wrapped to (editable slide text boxes take it). */
      w: number
      lines: string[]
      size: number
      /** Line height (px). */
      lh: number
      weight?: 400 | 600 | 700
      fill: string
      anchor?: 'start' | 'middle' | 'end'
      italic?: boolean
    }
  | { type: 'image'; x: number; y: number; w: number; h: number; href: string; round?: boolean }
  | { type: 'symbol'; name: SymbolName; x: number; y: number; size: number; color?: string }
  /** Another scene's shapes, moved to (x, y) and scaled (a board on a slide). */
  | { type: 'group'; x: number; y: number; scale: number; shapes: Shape[] }

export interface Scene {
  width: number
  height: number
  shapes: Shape[]
}

/** The families text asks for: the embedded Inter first, then fonts most systems have. */
export const FONT_FAMILY = "Inter, 'Liberation Sans', Arial, Helvetica, sans-serif"

/** Baseline of line `i` of a text block whose first line's top is `y`. */
export const baseline = (y: number, i: number, size: number, lh: number) => y + i * lh + (lh + size * 0.7) / 2

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
// characters XML 1.0 does not allow (control characters a card's text may hold)
// eslint-disable-next-line no-control-regex
const xmlText = (s: string) => esc(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''))
const n = (v: number) => String(Math.round(v * 100) / 100)

function paint(s: { fill?: string; stroke?: string; sw?: number; dash?: string }): string {
  let a = ` fill="${s.fill ?? 'none'}"`
  if (s.stroke) a += ` stroke="${s.stroke}" stroke-width="${n(s.sw ?? 1)}"`
  if (s.dash) a += ` stroke-dasharray="${s.dash}"`
  return a
}

/** A polyline with rounded corners (radius kept within half of each segment). */
export function roundedPolyline(points: Pt[], radius: number): string {
  if (points.length < 2) return ''
  let d = `M${n(points[0].x)},${n(points[0].y)}`
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]
    const b = points[i]
    const c = points[i + 1]
    const la = Math.hypot(b.x - a.x, b.y - a.y)
    const lc = Math.hypot(c.x - b.x, c.y - b.y)
    const r = Math.min(radius, la / 2, lc / 2)
    if (r <= 0.01) {
      d += ` L${n(b.x)},${n(b.y)}`
      continue
    }
    const p = { x: b.x - ((b.x - a.x) / la) * r, y: b.y - ((b.y - a.y) / la) * r }
    const q = { x: b.x + ((c.x - b.x) / lc) * r, y: b.y + ((c.y - b.y) / lc) * r }
    d += ` L${n(p.x)},${n(p.y)} Q${n(b.x)},${n(b.y)} ${n(q.x)},${n(q.y)}`
  }
  const z = points[points.length - 1]
  return d + ` L${n(z.x)},${n(z.y)}`
}

let clipSeq = 0

/** One shape as SVG markup. */
export function shapeSvg(s: Shape): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.r ? ` rx="${n(s.r)}"` : ''}${paint(s)}/>`
    case 'line':
      return `<path d="${roundedPolyline(s.points, s.round ?? 0)}"${paint({ stroke: s.stroke, sw: s.sw, dash: s.dash })} stroke-linejoin="round"/>`
    case 'path':
      return `<path d="${s.d}"${paint(s)}/>`
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}"${paint(s)}/>`
    case 'text': {
      const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : ''
      const style = `${s.weight && s.weight !== 400 ? ` font-weight="${s.weight}"` : ''}${s.italic ? ' font-style="italic"' : ''}`
      const spans = s.lines.map((line, i) => `<tspan x="${n(s.x)}" y="${n(baseline(s.y, i, s.size, s.lh))}">${xmlText(line)}</tspan>`).join('')
      return `<text xml:space="preserve" font-size="${n(s.size)}"${style} fill="${s.fill}"${anchor}>${spans}</text>`
    }
    case 'image': {
      if (!s.round)
        return `<image x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" preserveAspectRatio="xMidYMid slice" href="${esc(s.href)}"/>`
      const id = `clip${++clipSeq}`
      return (
        `<clipPath id="${id}"><circle cx="${n(s.x + s.w / 2)}" cy="${n(s.y + s.h / 2)}" r="${n(Math.min(s.w, s.h) / 2)}"/></clipPath>` +
        `<image x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${id})" href="${esc(s.href)}"/>`
      )
    }
    case 'symbol':
      return `<g transform="translate(${n(s.x)},${n(s.y)}) scale(${n(s.size / 24)})">${symbolMarkup(s.name, s.color)}</g>`
    case 'group':
      return `<g transform="translate(${n(s.x)},${n(s.y)}) scale(${s.scale})">${s.shapes.map(shapeSvg).join('')}</g>`
  }
}

/**
 * The scene as an SVG document: native shapes and text, white behind, fonts embedded when
 * `fontCss` (@font-face rules with data URLs) is given, otherwise referenced by name.
 */
export function sceneSvg(scene: Scene, opts: { fontCss?: string; title?: string; background?: boolean } = {}): string {
  const { width, height } = scene
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT_FAMILY.replace(/"/g, "'")}">` +
    (opts.title ? `<title>${xmlText(opts.title)}</title>` : '') +
    (opts.fontCss ? `<style>${opts.fontCss}</style>` : '') +
    (opts.background === false ? '' : `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`)
  return head + scene.shapes.map(shapeSvg).join('') + '</svg>'
}
