// PDF pages drawn as vectors: each page's scene, as SVG, is drawn by svg2pdf.js into jsPDF with
// the Inter font embedded, so every word is real text a reader can select and search, sharp at
// any zoom; photos stay images. jsPDF and svg2pdf.js load only when a PDF is asked for.
import type { jsPDF } from 'jspdf'
import { pdfFontFiles } from './svg/fonts'
import { sceneSvg, type Scene } from './svg/shapes'

export interface PdfPage {
  scene: Scene
  /** Page size (mm). */
  width: number
  height: number
  /** Where the scene goes (mm): top-left and millimetres per scene px. */
  x: number
  y: number
  scale: number
  /** The title line: the board's title left, where the page sits right. */
  title?: string
  label?: string
  margin?: number
}

export interface PdfInfo {
  title: string
  subject?: string
  language?: string
}

async function loadPdf() {
  const [{ jsPDF }, { svg2pdf }, fonts] = await Promise.all([import('jspdf'), import('svg2pdf.js'), pdfFontFiles()])
  return { jsPDF, svg2pdf, fonts }
}

function addInter(doc: jsPDF, fonts: { normal: string; bold: string }) {
  doc.addFileToVFS('Inter-Regular.ttf', fonts.normal)
  doc.addFileToVFS('Inter-Bold.ttf', fonts.bold)
  doc.addFont('Inter-Regular.ttf', 'Inter', 'normal')
  doc.addFont('Inter-Bold.ttf', 'Inter', 'bold')
  // no italic file: quotes keep the upright face rather than fall back to a font without accents
  doc.addFont('Inter-Regular.ttf', 'Inter', 'italic')
  doc.addFont('Inter-Bold.ttf', 'Inter', 'bolditalic')
}

/** The text of a PDF line that fits `maxWidth` (mm), shortened with "…" only as a last resort. */
function fitText(doc: jsPDF, text: string, maxWidth: number): string {
  if (doc.getTextWidth(text) <= maxWidth) return text
  let s = text
  while (s.length > 1 && doc.getTextWidth(s + '…') > maxWidth) s = s.slice(0, -1)
  return s + '…'
}

export async function buildVectorPdf(
  pages: PdfPage[],
  info: PdfInfo,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<Blob> {
  const { jsPDF, svg2pdf, fonts } = await loadPdf()
  const first = pages[0]
  const doc = new jsPDF({ unit: 'mm', format: [first.width, first.height], orientation: first.width > first.height ? 'landscape' : 'portrait', compress: true })
  addInter(doc, fonts)
  doc.setProperties({ title: info.title, subject: info.subject ?? '', creator: 'Parcours' })
  if (info.language) doc.setLanguage(info.language as Parameters<jsPDF['setLanguage']>[0])
  const host = document.createElement('div')
  host.style.cssText = 'position:fixed;left:-100000px;top:0;width:0;height:0;overflow:hidden'
  host.setAttribute('aria-hidden', 'true')
  document.body.appendChild(host)
  try {
    for (const [i, p] of pages.entries()) {
      opts.signal?.throwIfAborted()
      opts.onProgress?.(i, pages.length)
      if (i > 0) doc.addPage([p.width, p.height], p.width > p.height ? 'landscape' : 'portrait')
      const m = p.margin ?? 10
      if (p.title !== undefined || p.label) {
        doc.setTextColor(27, 36, 48)
        doc.setFont('Inter', 'normal')
        doc.setFontSize(9)
        const label = p.label ?? ''
        const lw = label ? doc.getTextWidth(label) + 6 : 0
        if (label) doc.text(label, p.width - m, m + 6, { align: 'right' })
        doc.setFont('Inter', 'bold')
        doc.setFontSize(13)
        if (p.title) doc.text(fitText(doc, p.title, p.width - 2 * m - lw), m, m + 6)
        doc.setDrawColor(176, 190, 197)
        doc.setLineWidth(0.3)
        doc.line(m, m + 9, p.width - m, m + 9)
      }
      // svg2pdf starts from the document's current font: the regular face, as the scene expects
      doc.setFont('Inter', 'normal')
      doc.setFontSize(16)
      // no white background: the scene's margin may lie over the page's title line
      host.innerHTML = sceneSvg(p.scene, { background: false })
      const svg = host.firstElementChild!
      await svg2pdf(svg, doc, { x: p.x, y: p.y, width: p.scene.width * p.scale, height: p.scene.height * p.scale })
      host.innerHTML = ''
    }
  } finally {
    host.remove()
  }
  opts.onProgress?.(pages.length, pages.length)
  return doc.output('blob')
}
