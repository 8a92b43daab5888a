// The export dialog: the options of one format, then the export itself, with its progress
// and anything the user must know (a lowered resolution) before it closes.
import { lazy, Suspense, useEffect, useRef } from 'react'
import { create } from 'zustand'
import type { Board } from '../../domain/types'
import { useEditor } from '../../store/editorStore'

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'slides' | 'csv'
export interface ExportOutcome {
  warnings: string[]
  files: number
}

export const useExportDialog = create<{ format: ExportFormat | null }>(() => ({ format: null }))
// The form and the export code load when the dialog first opens, not with the app.
const ExportForm = lazy(() => import('./ExportForm'))

export const openExportDialog = (format: ExportFormat) => useExportDialog.setState({ format })
export const closeExportDialog = () => useExportDialog.setState({ format: null })

/** Formats whose export is provided from elsewhere (CSV: the spreadsheet module). */
export const runners: Partial<Record<ExportFormat, (board: Board) => Promise<ExportOutcome> | ExportOutcome>> = {}
export function setExportRunner(format: ExportFormat, run: (board: Board) => Promise<ExportOutcome> | ExportOutcome): void {
  runners[format] = run
}

export function ExportDialogHost() {
  const format = useExportDialog((s) => s.format)
  const board = useEditor((s) => s.board)
  const ref = useRef<HTMLDialogElement>(null)
  const open = !!(format && board)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close()
      else d.removeAttribute('open')
      document.querySelector<HTMLElement>('.export-menu-button')?.focus()
    }
  }, [open])
  useEffect(() => closeExportDialog, []) // leaving the board closes it
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        closeExportDialog()
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        e.stopPropagation()
        closeExportDialog()
      }}
    >
      {open && (
        <Suspense fallback={<p className="export-form" aria-busy="true">…</p>}>
          <ExportForm key={format} format={format!} board={board!} />
        </Suspense>
      )}
    </dialog>
  )
}

