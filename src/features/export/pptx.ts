// Slides as a PowerPoint file (pptxgenjs, loaded only when asked for): every shape of the
// slide's scene becomes an editable PowerPoint shape — text as text boxes with the scene's own
// line breaks, cards and headers as rectangles, arrows and the emotion curve as freeform
// lines — and each slide's notes list its stages and cards.
import type PptxGenJS from 'pptxgenjs'
import { symbolImage, type SymbolName } from '../../ui/icons'
import type { Shape } from './svg/shapes'
import { roundedPolyline } from './svg/shapes'
import type { Slide, SlideAspect } from './slide'

const PX_PER_IN = 144
const hex = (c?: string) => (c ?? '#000000').replace('#', '').toUpperCase().slice(0, 6)

type Xf = { x: number; y: number; k: number }
type Pt = { x: number; y: number }
type Seg =
  | { x: number; y: number; moveTo?: boolean }
  | { x: number; y: number; curve: { type: 'cubic'; x1: number; y1: number; x2: number; y2: number } }
  | { x: number; y: number; curve: { type: 'quadratic'; x1: number; y1: number } }
  | { close: true }

/** Absolute M, L, C, Q, Z commands (the only ones the scene writes) as points. */
function parsePath(d: string): { segs: Seg[]; pts: Pt[] } {
  const tokens = d.match(/[MLCQZ]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []
  const segs: Seg[] = []
  const pts: Pt[] = []
  let i = 0
  let cmd = ''
  const num = () => Number(tokens[i++])
  while (i < tokens.length) {
    if (/[MLCQZ]/i.test(tokens[i])) cmd = tokens[i++].toUpperCase()
    if (cmd === 'Z') {
      segs.push({ close: true })
      continue
    }
    if (cmd === 'M' || cmd === 'L') {
      const p = { x: num(), y: num() }
      segs.push(cmd === 'M' ? { ...p, moveTo: true } : p)
      pts.push(p)
      if (cmd === 'M') cmd = 'L'
    } else if (cmd === 'C') {
      const x1 = num(),
        y1 = num(),
        x2 = num(),
        y2 = num(),
        x = num(),
        y = num()
      segs.push({ x, y, curve: { type: 'cubic', x1, y1, x2, y2 } })
      pts.push({ x: x1, y: y1 }, { x: x2, y: y2 }, { x, y })
    } else if (cmd === 'Q') {
      const x1 = num(),
        y1 = num(),
        x = num(),
        y = num()
      segs.push({ x, y, curve: { type: 'quadratic', x1, y1 } })
      pts.push({ x: x1, y: y1 }, { x, y })
    } else i++
  }
  return { segs, pts }
}

/** A symbol as a PNG data URL (PowerPoint draws PNG everywhere; SVG only in recent versions). */
async function symbolPng(name: SymbolName, color?: string): Promise<string> {
  const img = new Image()
  img.src = symbolImage(name, color)
  await img.decode()
  const c = document.createElement('canvas')
  c.width = c.height = 96
  c.getContext('2d')!.drawImage(img, 0, 0, 96, 96)
  return c.toDataURL('image/png')
}

export async function buildPptx(slides: Slide[], opts: { aspect: SlideAspect; title: string; lang: string }): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs')
  const pptx: PptxGenJS = new Pptx()
  pptx.layout = opts.aspect === '16:9' ? 'LAYOUT_WIDE' : 'LAYOUT_4x3'
  pptx.title = opts.title
  pptx.company = 'Parcours'
  const symbols = new Map<string, string>()
  const collect = async (shapes: Shape[]) => {
    for (const s of shapes) {
      if (s.type === 'group') await collect(s.shapes)
      if (s.type === 'symbol') {
        const key = `${s.name}|${s.color ?? ''}`
        if (!symbols.has(key)) symbols.set(key, await symbolPng(s.name, s.color))
      }
    }
  }
  for (const s of slides) await collect(s.scene.shapes)

  for (const slide of slides) {
    const out = pptx.addSlide()
    const fit = Math.min(1, (opts.aspect === '16:9' ? 1920 : 1440) / slide.scene.width, 1080 / slide.scene.height)
    draw(pptx, out, slide.scene.shapes, { x: 0, y: 0, k: fit }, symbols, opts.lang)
    out.addNotes(slide.notes)
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob
}

function draw(pptx: PptxGenJS, slide: PptxGenJS.Slide, shapes: Shape[], f: Xf, symbols: Map<string, string>, lang: string) {
  const X = (v: number) => (f.x + v * f.k) / PX_PER_IN
  const Y = (v: number) => (f.y + v * f.k) / PX_PER_IN
  const L = (v: number) => (v * f.k) / PX_PER_IN
  const pt = (px: number) => (px * f.k * 72) / PX_PER_IN
  const line = (stroke?: string, sw?: number, dash?: string) =>
    stroke ? { color: hex(stroke), width: Math.max(0.25, pt(sw ?? 1)), dashType: dash ? ('dash' as const) : ('solid' as const) } : { type: 'none' as const }
  const freeform = (d: string, s: { fill?: string; stroke?: string; sw?: number; dash?: string }) => {
    const { segs, pts } = parsePath(d)
    if (!pts.length) return
    const x0 = Math.min(...pts.map((p) => p.x))
    const y0 = Math.min(...pts.map((p) => p.y))
    const x1 = Math.max(...pts.map((p) => p.x))
    const y1 = Math.max(...pts.map((p) => p.y))
    const rel = (x: number, y: number) => ({ x: L(x - x0), y: L(y - y0) })
    const points = segs.map((g) => {
      if ('close' in g) return g
      const p = rel(g.x, g.y)
      if ('curve' in g) {
        if (g.curve.type === 'cubic') {
          const a = rel(g.curve.x1, g.curve.y1)
          const b = rel(g.curve.x2, g.curve.y2)
          return { ...p, curve: { type: 'cubic' as const, x1: a.x, y1: a.y, x2: b.x, y2: b.y } }
        }
        const a = rel(g.curve.x1, g.curve.y1)
        return { ...p, curve: { type: 'quadratic' as const, x1: a.x, y1: a.y } }
      }
      return g.moveTo ? { ...p, moveTo: true } : p
    })
    slide.addShape(
      'custGeom' as PptxGenJS.SHAPE_NAME,
      {
        x: X(x0),
        y: Y(y0),
        w: Math.max(L(x1 - x0), 0.001),
        h: Math.max(L(y1 - y0), 0.001),
        points,
        fill: s.fill && s.fill !== 'none' ? { color: hex(s.fill) } : undefined,
        line: line(s.stroke, s.sw, s.dash),
      } as PptxGenJS.ShapeProps,
    )
  }
  for (const s of shapes) {
    switch (s.type) {
      case 'group':
        draw(pptx, slide, s.shapes, { x: f.x + s.x * f.k, y: f.y + s.y * f.k, k: f.k * s.scale }, symbols, lang)
        break
      case 'rect':
        slide.addShape(s.r ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
          x: X(s.x),
          y: Y(s.y),
          w: L(s.w),
          h: L(s.h),
          fill: s.fill && s.fill !== 'none' ? { color: hex(s.fill) } : undefined,
          line: line(s.stroke, s.sw, s.dash),
          ...(s.r ? { rectRadius: Math.min(0.5, s.r / Math.max(1, Math.min(s.w, s.h))) } : {}),
        })
        break
      case 'circle':
        slide.addShape(pptx.ShapeType.ellipse, {
          x: X(s.cx - s.r),
          y: Y(s.cy - s.r),
          w: L(2 * s.r),
          h: L(2 * s.r),
          fill: s.fill && s.fill !== 'none' ? { color: hex(s.fill) } : undefined,
          line: line(s.stroke, s.sw, s.dash),
        })
        break
      case 'line':
        freeform(roundedPolyline(s.points, s.round ?? 0), { stroke: s.stroke, sw: s.sw, dash: s.dash })
        break
      case 'path':
        freeform(s.d, s)
        break
      case 'text': {
        const w = s.w * 1.08 + 8
        const left = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'end' ? s.x - w : s.x
        slide.addText(
          s.lines.map((l, i) => ({ text: l, options: { breakLine: i < s.lines.length - 1 } })),
          {
            x: X(left),
            y: Y(s.y),
            w: L(w),
            h: L(s.lines.length * s.lh),
            fontFace: 'Inter',
            fontSize: pt(s.size),
            bold: (s.weight ?? 400) >= 700,
            italic: !!s.italic,
            color: hex(s.fill),
            align: s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left',
            valign: 'top',
            margin: 0,
            lineSpacing: pt(s.lh),
            wrap: false,
            fit: 'none',
            lang,
          },
        )
        break
      }
      case 'image':
        slide.addImage({ data: s.href, x: X(s.x), y: Y(s.y), w: L(s.w), h: L(s.h), rounding: !!s.round })
        break
      case 'symbol':
        slide.addImage({ data: symbols.get(`${s.name}|${s.color ?? ''}`)!, x: X(s.x), y: Y(s.y), w: L(s.size), h: L(s.size) })
        break
    }
  }
}
