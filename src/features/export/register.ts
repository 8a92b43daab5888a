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

declare global {
  interface Window {
    __parcoursExport?: { png: (opts?: PngProbeOptions) => Promise<PngProbeResult> }
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
}
