// Draws report blocks (and, for the summary, the board's image) on a canvas: the ranking image
// and the summary PNG. Black text on white, each tag with its symbol as well as its colour, so a
// black-and-white print stays readable.
import { symbolImage, SYMBOL_INK, type SymbolName } from '../../ui/icons'
import type { ReportBlock, ReportCell } from './report'

const FONT = 'Inter, "Segoe UI", Roboto, Arial, sans-serif'
const PAD = 48
const CELL_PAD = 10
const LINE = 26
const MAX_CELL_LINES = 6

export interface DrawOptions {
  /** Width in CSS pixels. */
  width: number
  /** Device pixels per CSS pixel. */
  ratio: number
  /** An image drawn after the title, scaled to the width (the board). */
  image?: CanvasImageSource & { width: number; height: number }
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('symbol image'))
    img.src = src
  })
}

async function symbolImages(blocks: ReportBlock[]): Promise<Map<string, HTMLImageElement>> {
  const wanted = new Map<string, { name: SymbolName; color?: string }>()
  for (const b of blocks)
    if (b.type === 'table')
      for (const row of b.rows) for (const c of row) if (c.symbol) wanted.set(`${c.symbol}|${c.color ?? ''}`, { name: c.symbol, color: c.color })
  const out = new Map<string, HTMLImageElement>()
  await Promise.all([...wanted].map(async ([k, s]) => out.set(k, await loadImage(symbolImage(s.name, s.color ?? SYMBOL_INK)))))
  return out
}

/** Lines of `text` that fit `width` in the context's current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = []
  for (const para of text.split('\n')) {
    let line = ''
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word
      if (ctx.measureText(next).width <= width || !line) line = next
      else {
        lines.push(line)
        line = word
      }
      // a word wider than the column is cut
      while (ctx.measureText(line).width > width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    lines.push(line)
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = kept[maxLines - 1].replace(/.?$/, '…')
    return kept
  }
  return lines
}

type Draw = (ctx: CanvasRenderingContext2D) => void

/** Lays the report out (returns its height and the drawing steps). */
function layout(
  ctx: CanvasRenderingContext2D,
  blocks: ReportBlock[],
  opts: DrawOptions,
  symbols: Map<string, HTMLImageElement>,
): { height: number; steps: Draw[] } {
  const steps: Draw[] = []
  const inner = opts.width - 2 * PAD
  let y = PAD
  const text = (s: string, x: number, yy: number, font: string, color = '#1b2430') =>
    steps.push((c) => {
      c.font = font
      c.fillStyle = color
      c.textBaseline = 'alphabetic'
      c.fillText(s, x, yy)
    })
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'title') {
      ctx.font = `700 34px ${FONT}`
      for (const l of wrap(ctx, b.text, inner)) {
        y += 40
        text(l, PAD, y, `700 34px ${FONT}`)
      }
      if (b.sub) {
        ctx.font = `400 20px ${FONT}`
        for (const l of wrap(ctx, b.sub, inner)) {
          y += 30
          text(l, PAD, y, `400 20px ${FONT}`, '#4a5563')
        }
      }
      y += 20
      if (i === 0 && opts.image) {
        const img = opts.image
        const scale = Math.min(1, inner / img.width)
        const w = img.width * scale
        const h = img.height * scale
        const top = y
        steps.push((c) => c.drawImage(img, PAD, top, w, h))
        y += h + 24
      }
      continue
    }
    if (b.type === 'heading') {
      y += 18
      ctx.font = `700 24px ${FONT}`
      for (const l of wrap(ctx, b.text, inner)) {
        y += 32
        text(l, PAD, y, `700 24px ${FONT}`)
      }
      y += 8
      continue
    }
    if (b.type === 'text') {
      ctx.font = `400 19px ${FONT}`
      for (const l of wrap(ctx, b.text, inner)) {
        y += LINE
        text(l, PAD, y, `400 19px ${FONT}`)
      }
      y += 10
      continue
    }
    // a table: a header row, then one row per line of cells
    const xs: number[] = []
    let x = PAD
    for (const col of b.columns) {
      xs.push(x)
      x += col.width * inner
    }
    const widths = b.columns.map((c) => c.width * inner - 2 * CELL_PAD)
    const headTop = y
    steps.push((c) => {
      c.fillStyle = '#eceff1'
      c.fillRect(PAD, headTop, inner, 36)
    })
    b.columns.forEach((col, k) => text(col.label, xs[k] + CELL_PAD, headTop + 25, `700 17px ${FONT}`))
    y += 36
    for (const row of b.rows) {
      ctx.font = `400 19px ${FONT}`
      const cellLines = row.map((cell, k) => wrap(ctx, cell.text, widths[k] - cellIndent(cell), MAX_CELL_LINES))
      const h = Math.max(...cellLines.map((l) => l.length)) * LINE + 2 * CELL_PAD
      const top = y
      row.forEach((cell, k) => drawCell(steps, symbols, cell, cellLines[k], xs[k] + CELL_PAD, top + CELL_PAD))
      steps.push((c) => {
        c.strokeStyle = '#cfd8dc'
        c.lineWidth = 1
        c.beginPath()
        c.moveTo(PAD, top + h + 0.5)
        c.lineTo(PAD + inner, top + h + 0.5)
        c.stroke()
      })
      y += h
    }
    y += 16
  }
  return { height: Math.ceil(y + PAD), steps }
}

const cellIndent = (cell: ReportCell) => (cell.symbol ? 30 : 0) + (cell.dots ? Math.min(cell.dots, 10) * 14 + 6 : 0)

function drawCell(steps: Draw[], symbols: Map<string, HTMLImageElement>, cell: ReportCell, lines: string[], x: number, top: number) {
  steps.push((c) => {
    let at = x
    if (cell.symbol) {
      const img = symbols.get(`${cell.symbol}|${cell.color ?? ''}`)
      if (img) c.drawImage(img, at, top + 2, 22, 22)
      at += 30
    }
    if (cell.dots) {
      c.fillStyle = '#1b2430'
      for (let i = 0; i < Math.min(cell.dots, 10); i++) {
        c.beginPath()
        c.arc(at + 6 + i * 14, top + 13, 5.5, 0, Math.PI * 2)
        c.fill()
      }
      at += Math.min(cell.dots, 10) * 14 + 6
    }
    c.font = `400 19px ${FONT}`
    c.fillStyle = '#1b2430'
    lines.forEach((l, i) => c.fillText(l, at, top + 19 + i * LINE))
  })
}

/** The blocks drawn on a white canvas (device pixels = CSS pixels × ratio). */
export async function drawReport(blocks: ReportBlock[], opts: DrawOptions): Promise<HTMLCanvasElement> {
  await document.fonts?.ready
  const symbols = await symbolImages(blocks)
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  const { height, steps } = layout(ctx, blocks, opts, symbols)
  canvas.width = Math.round(opts.width * opts.ratio)
  canvas.height = Math.round(height * opts.ratio)
  ctx.scale(opts.ratio, opts.ratio)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, opts.width, height)
  for (const s of steps) s(ctx)
  return canvas
}

export function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'))
}
