// Registers the image, PDF, slides and CSV exports in the board's Export menu, the dialog
// that sets their options, and `window.__parcoursExport` (a benchmark times the PNG export).
import './strings'
import './export.css'
import type { Board } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { registerExport, registerExportHost } from './ExportMenu'
import { ExportDialogHost, openExportDialog, type ExportFormat } from './ExportDialog'

const formats: { id: ExportFormat; order: number }[] = [
  { id: 'png', order: 10 },
  { id: 'svg', order: 20 },
  { id: 'pdf', order: 30 },
  { id: 'slides', order: 40 },
  { id: 'csv', order: 60 },
]
for (const f of formats) registerExport({ id: f.id, label: `exporting.${f.id}`, order: f.order, run: () => openExportDialog(f.id) })
registerExportHost(ExportDialogHost)

export interface PngProbeOptions {
  /** Pixel ratio asked for (default 2). */
  pixelRatio?: number
  /** The board to export; by default the open one. */
  board?: Board
  customerView?: boolean
}

export interface PngProbeResult {
  width: number
  height: number
  bytes: number
  pixelRatio: number
  lowered: boolean
  ms: number
}

export interface PdfProbeResult {
  pages: number
  bytes: number
  ms: number
}

declare global {
  interface Window {
    __parcoursExport?: {
      png: (opts?: PngProbeOptions) => Promise<PngProbeResult>
      /** A readable A4 PDF of the open board, without the download. */
      pdf: (opts?: { board?: Board; paper?: 'a4' | 'a3' }) => Promise<PdfProbeResult>
    }
  }
}

// The real pipeline (native SVG scene drawn on a canvas, PNG encoding), without the download.
window.__parcoursExport = {
  png: async (opts = {}) => {
    const board = opts.board ?? useEditor.getState().board
    if (!board) throw new Error('no board open')
    const started = performance.now()
    const { exportContext, renderScenePng, wholeBoardScene } = await import('./exports')
    const ctx = await exportContext(board, { customerView: opts.customerView })
    const r = await renderScenePng(wholeBoardScene(ctx), opts.pixelRatio ?? 2)
    return { width: r.width, height: r.height, bytes: r.blob.size, pixelRatio: r.ratio, lowered: r.lowered, ms: Math.round(performance.now() - started) }
  },
  pdf: async (opts = {}) => {
    const board = opts.board ?? useEditor.getState().board
    if (!board) throw new Error('no board open')
    const started = performance.now()
    const { exportContext, planReadablePdf, subtitle } = await import('./exports')
    const { buildVectorPdf } = await import('./pdf')
    const ctx = await exportContext(board)
    const plan = planReadablePdf(ctx, opts.paper ?? 'a4')
    const blob = await buildVectorPdf(plan.pages, { title: board.title, subject: subtitle(ctx), language: ctx.locale })
    return { pages: plan.pages.length, bytes: blob.size, ms: Math.round(performance.now() - started) }
  },
}
