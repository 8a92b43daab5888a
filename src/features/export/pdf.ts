// A PDF of exported scenes with jsPDF: landscape pages, the board's title at the top of each
// page and its number at the bottom, each page one band of a scene image (see pdfLayout).
import type { jsPDF } from 'jspdf'
import { captureCanvas } from './capture'
import { withRenderedScene } from './render'
import { FOOTER, MARGIN, pageFrame, type PagePlan, type Paper } from './pdfLayout'
import type { ExportScene } from './scene'

export interface PdfJob {
  scene: ExportScene
  plan: PagePlan
  /** Shown at the right of each page's header (e.g. "Stages 1–4 of 12"). */
  label: string
}

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'
/** The standard PDF fonts write these characters only; anything else is drawn as an image. */
export function isWinAnsi(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff)) continue
    if (!WIN_ANSI_EXTRA.includes(ch)) return false
  }
  return true
}

/** Millimetres of print per device pixel aimed at: about 220 dpi. */
const TARGET_DPI = 220
export const pdfPixelRatio = (scale: number) => Math.max(1, Math.min(3, Math.ceil((scale * TARGET_DPI) / 25.4 - 0.15)))

function textImage(text: string, sizePt: number, bold: boolean): { url: string; width: number; height: number } {
  const px = sizePt * 4 // drawn at 4 px per point, printed at sizePt
  const c = document.createElement('canvas')
  const ctx = c.getContext('2d')!
  const font = `${bold ? 700 : 400} ${px}px Inter, "Segoe UI", Roboto, Arial, sans-serif`
  ctx.font = font
  c.width = Math.ceil(ctx.measureText(text).width) + 4
  c.height = Math.ceil(px * 1.3)
  ctx.font = font
  ctx.fillStyle = '#1b2430'
  ctx.textBaseline = 'alphabetic'
  ctx.fillText(text, 2, px)
  const mmPerPx = (sizePt * 0.3528) / px
  return { url: c.toDataURL('image/png'), width: c.width * mmPerPx, height: c.height * mmPerPx }
}

function writeText(doc: jsPDF, text: string, x: number, y: number, sizePt: number, bold: boolean, align: 'left' | 'right' = 'left', maxWidth?: number) {
  doc.setFont('helvetica', bold ? 'bold' : 'normal')
  doc.setFontSize(sizePt)
  if (isWinAnsi(text)) {
    let s = text
    if (maxWidth) while (s.length > 4 && doc.getTextWidth(s) > maxWidth) s = s.slice(0, -2) + '…'
    if (s !== text && !s.endsWith('…')) s += '…'
    doc.text(s, x, y, { align })
    return
  }
  const img = textImage(text, sizePt, bold)
  const w = maxWidth ? Math.min(img.width, maxWidth) : img.width
  const h = (img.height * w) / img.width
  const left = align === 'right' ? x - w : x
  doc.addImage(img.url, 'PNG', left, y - sizePt * 0.3528, w, h)
}

export interface PdfResult {
  blob: Blob
  pages: number
  /** Lowest pixel ratio used (lower than asked when a page image was too large). */
  lowered: boolean
}

export async function buildPdf(
  title: string,
  jobs: PdfJob[],
  paper: Paper,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; pageLabel: (n: number, total: number) => string },
): Promise<PdfResult> {
  const frame = pageFrame(paper)
  const total = jobs.reduce((n, j) => n + j.plan.rows.length, 0)
  // jsPDF is loaded when a PDF is asked for, not with the app
  const { jsPDF } = await import('jspdf')
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: paper, compress: true })
  doc.setProperties({ title, creator: 'Parcours' })
  let page = 0
  let lowered = false
  for (const [j, job] of jobs.entries()) {
    opts.signal?.throwIfAborted()
    opts.onProgress?.(j, jobs.length)
    const want = pdfPixelRatio(job.plan.scale)
    const shot = await withRenderedScene(job.scene, (vp) => captureCanvas(vp, job.scene, want), opts.signal)
    lowered ||= shot.lowered
    const { canvas, ratio } = shot
    try {
      for (const [i, [y0, y1]] of job.plan.rows.entries()) {
        opts.signal?.throwIfAborted()
        if (page > 0) doc.addPage(paper, 'landscape')
        page++
        // header: title left, what the page shows right, a rule under them
        const labelWidth = job.label ? 110 : 0
        writeText(doc, title, MARGIN, MARGIN + 6, 13, true, 'left', frame.width - 2 * MARGIN - labelWidth - 6)
        const label = job.plan.rows.length > 1 ? `${job.label}${job.label ? ' · ' : ''}${i + 1}/${job.plan.rows.length}` : job.label
        if (label) writeText(doc, label, frame.width - MARGIN, MARGIN + 6, 9, false, 'right', labelWidth)
        doc.setDrawColor(176, 190, 197)
        doc.setLineWidth(0.3)
        doc.line(MARGIN, MARGIN + 9, frame.width - MARGIN, MARGIN + 9)
        writeText(doc, opts.pageLabel(page, total), frame.width - MARGIN, frame.height - MARGIN + FOOTER / 2 - 1, 8, false, 'right')

        const sy = Math.floor(y0 * ratio)
        const sh = Math.min(canvas.height - sy, Math.ceil((y1 - y0) * ratio))
        const tile = document.createElement('canvas')
        tile.width = canvas.width
        tile.height = sh
        tile.getContext('2d')!.drawImage(canvas, 0, sy, canvas.width, sh, 0, 0, canvas.width, sh)
        const at = job.plan.placements[i]
        doc.addImage(tile, 'PNG', at.x, at.y, at.width, at.height, undefined, 'FAST')
        tile.width = tile.height = 0
      }
    } finally {
      canvas.width = canvas.height = 0
    }
  }
  opts.onProgress?.(jobs.length, jobs.length)
  return { blob: doc.output('blob'), pages: page, lowered }
}
