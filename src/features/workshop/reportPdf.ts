// Report blocks as PDF pages (jsPDF, loaded on demand): real text, so the ranking and the round
// log can be searched and copied from the summary. Text outside the standard PDF fonts'
// characters is drawn as an image of itself.
import type { jsPDF } from 'jspdf'
import { symbolImage, SYMBOL_INK } from '../../ui/icons'
import type { ReportBlock, ReportCell } from './report'

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'
/** The standard PDF fonts write these characters only; anything else is drawn as an image. */
function isWinAnsi(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff)) continue
    if (!WIN_ANSI_EXTRA.includes(ch)) return false
  }
  return true
}

const PAGE = { width: 297, height: 210 } // A4 landscape, mm
const MARGIN = 14
const PT = 0.3528 // mm per point
const FONT = 'Inter, "Segoe UI", Roboto, Arial, sans-serif'

let measureCtx: CanvasRenderingContext2D | null = null
function canvasWidth(text: string, sizePt: number, bold: boolean): number {
  measureCtx ??= document.createElement('canvas').getContext('2d')
  if (!measureCtx) return text.length * sizePt * PT * 0.5
  measureCtx.font = `${bold ? 700 : 400} ${sizePt * 4}px ${FONT}`
  return (measureCtx.measureText(text).width / 4) * PT
}

function textImage(text: string, sizePt: number, bold: boolean): { url: string; width: number; height: number } {
  const px = sizePt * 4
  const c = document.createElement('canvas')
  const ctx = c.getContext('2d')!
  const font = `${bold ? 700 : 400} ${px}px ${FONT}`
  ctx.font = font
  c.width = Math.max(1, Math.ceil(ctx.measureText(text).width) + 4)
  c.height = Math.ceil(px * 1.3)
  ctx.font = font
  ctx.fillStyle = '#1b2430'
  ctx.fillText(text, 2, px)
  const mmPerPx = (sizePt * PT) / px
  return { url: c.toDataURL('image/png'), width: c.width * mmPerPx, height: c.height * mmPerPx }
}

class Writer {
  y = MARGIN
  doc: jsPDF
  private symbols: Map<string, string>
  constructor(doc: jsPDF, symbols: Map<string, string>) {
    this.doc = doc
    this.symbols = symbols
  }

  private width(text: string, size: number, bold: boolean): number {
    if (!isWinAnsi(text)) return canvasWidth(text, size, bold)
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal')
    this.doc.setFontSize(size)
    return this.doc.getTextWidth(text)
  }

  wrap(text: string, width: number, size: number, bold = false, maxLines = 8): string[] {
    const lines: string[] = []
    for (const para of text.split('\n')) {
      let line = ''
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word
        if (!line || this.width(next, size, bold) <= width) line = next
        else {
          lines.push(line)
          line = word
        }
      }
      lines.push(line)
    }
    if (lines.length > maxLines) {
      const kept = lines.slice(0, maxLines)
      kept[maxLines - 1] += '…'
      return kept
    }
    return lines
  }

  text(s: string, x: number, y: number, size: number, bold = false, color: [number, number, number] = [27, 36, 48]) {
    if (!s) return
    if (isWinAnsi(s)) {
      this.doc.setFont('helvetica', bold ? 'bold' : 'normal')
      this.doc.setFontSize(size)
      this.doc.setTextColor(...color)
      this.doc.text(s, x, y)
      return
    }
    const img = textImage(s, size, bold)
    this.doc.addImage(img.url, 'PNG', x, y - size * PT, img.width, img.height)
  }

  /** Room for `h` mm more on this page, or a new page. */
  room(h: number) {
    if (this.y + h <= PAGE.height - MARGIN - 8) return
    this.doc.addPage('a4', 'landscape')
    this.y = MARGIN
  }

  block(b: ReportBlock) {
    const inner = PAGE.width - 2 * MARGIN
    if (b.type === 'title') {
      for (const l of this.wrap(b.text, inner, 20, true)) {
        this.room(10)
        this.y += 8
        this.text(l, MARGIN, this.y, 20, true)
      }
      if (b.sub)
        for (const l of this.wrap(b.sub, inner, 11)) {
          this.y += 6
          this.text(l, MARGIN, this.y, 11, false, [74, 85, 99])
        }
      this.y += 6
      return
    }
    if (b.type === 'heading') {
      // a heading stays with the start of what follows it
      this.room(34)
      this.y += 8
      for (const l of this.wrap(b.text, inner, 14, true)) {
        this.text(l, MARGIN, this.y, 14, true)
        this.y += 6.5
      }
      return
    }
    if (b.type === 'text') {
      for (const l of this.wrap(b.text, inner, 10.5)) {
        this.room(6)
        this.y += 5
        this.text(l, MARGIN, this.y, 10.5)
      }
      this.y += 2
      return
    }
    const xs: number[] = []
    let x = MARGIN
    for (const c of b.columns) {
      xs.push(x)
      x += c.width * inner
    }
    const header = () => {
      this.room(16)
      this.doc.setFillColor(236, 239, 241)
      this.doc.rect(MARGIN, this.y, inner, 7, 'F')
      b.columns.forEach((c, k) => this.text(c.label, xs[k] + 1.5, this.y + 5, 9.5, true))
      this.y += 7
    }
    header()
    const LINE = 4.6
    for (const row of b.rows) {
      const lines = row.map((cell, k) => this.wrap(cell.text, b.columns[k].width * inner - 3 - indent(cell), 10))
      const h = Math.max(...lines.map((l) => l.length)) * LINE + 3
      if (this.y + h > PAGE.height - MARGIN - 8) {
        this.doc.addPage('a4', 'landscape')
        this.y = MARGIN
        header()
      }
      row.forEach((cell, k) => this.cell(cell, lines[k], xs[k] + 1.5, this.y + 1.5, LINE))
      this.doc.setDrawColor(207, 216, 220)
      this.doc.setLineWidth(0.2)
      this.doc.line(MARGIN, this.y + h, MARGIN + inner, this.y + h)
      this.y += h
    }
    this.y += 3
  }

  private cell(cell: ReportCell, lines: string[], x: number, top: number, line: number) {
    let at = x
    if (cell.symbol) {
      const url = this.symbols.get(`${cell.symbol}|${cell.color ?? ''}`)
      if (url) this.doc.addImage(url, 'PNG', at, top, 4.2, 4.2)
      at += 5.5
    }
    if (cell.dots) {
      this.doc.setFillColor(27, 36, 48)
      for (let i = 0; i < Math.min(cell.dots, 10); i++) this.doc.circle(at + 1.2 + i * 2.8, top + 2.1, 1.05, 'F')
      at += Math.min(cell.dots, 10) * 2.8 + 1.2
    }
    lines.forEach((l, i) => this.text(l, at, top + 3.4 + i * line, 10))
  }
}

const indent = (cell: ReportCell) => (cell.symbol ? 5.5 : 0) + (cell.dots ? Math.min(cell.dots, 10) * 2.8 + 1.2 : 0)

/** Each tag symbol of the tables as a small PNG (jsPDF draws raster images). */
async function symbolPngs(blocks: ReportBlock[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const wanted = new Map<string, ReportCell>()
  for (const b of blocks) if (b.type === 'table') for (const r of b.rows) for (const c of r) if (c.symbol) wanted.set(`${c.symbol}|${c.color ?? ''}`, c)
  await Promise.all(
    [...wanted].map(
      ([k, c]) =>
        new Promise<void>((resolve) => {
          const img = new Image()
          img.onload = () => {
            const cv = document.createElement('canvas')
            cv.width = cv.height = 64
            cv.getContext('2d')!.drawImage(img, 0, 0, 64, 64)
            out.set(k, cv.toDataURL('image/png'))
            resolve()
          }
          img.onerror = () => resolve()
          img.src = symbolImage(c.symbol!, c.color ?? SYMBOL_INK)
        }),
    ),
  )
  return out
}

export interface PdfImage {
  url: string
  width: number
  height: number
}

/**
 * A landscape A4 PDF: the title and the board's image on the first page, then the blocks; a
 * page number at the bottom of each page.
 */
export async function reportPdf(
  title: ReportBlock & { type: 'title' },
  image: PdfImage | null,
  blocks: ReportBlock[],
  pageLabel: (n: number, total: number) => string,
  docTitle: string,
): Promise<Blob> {
  const { jsPDF } = await import('jspdf')
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true })
  doc.setProperties({ title: docTitle, creator: 'Parcours' })
  const w = new Writer(doc, await symbolPngs(blocks))
  w.block(title)
  if (image) {
    const maxW = PAGE.width - 2 * MARGIN
    const maxH = PAGE.height - MARGIN - 10 - w.y
    const scale = Math.min(maxW / image.width, maxH / image.height)
    doc.addImage(image.url, 'PNG', MARGIN, w.y, image.width * scale, image.height * scale, undefined, 'FAST')
    doc.addPage('a4', 'landscape')
    w.y = MARGIN
  }
  for (const b of blocks) w.block(b)
  const total = doc.getNumberOfPages()
  for (let i = 1; i <= total; i++) {
    doc.setPage(i)
    w.text(pageLabel(i, total), PAGE.width - MARGIN - 30, PAGE.height - MARGIN + 4, 8)
  }
  return doc.output('blob')
}
