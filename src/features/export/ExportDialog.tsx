// The export dialog: the options of one format, then the export itself, with its progress
// and anything the user must know (a lowered resolution) before it closes.
import { lazy, Suspense, useEffect, useRef } from 'react'
import { useEditor } from '../../store/editorStore'

import { closeExportDialog, useExportDialog } from './exportState'
export { closeExportDialog, openExportDialog, setExportRunner, useExportDialog, type ExportFormat, type ExportOutcome } from './exportState'

// The form and the export code load when the dialog first opens, not with the app.
const ExportForm = lazy(() => import('./ExportForm'))

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
        <Suspense
          fallback={
            <p className="export-form" aria-busy="true">
              …
            </p>
          }
        >
          <ExportForm key={format} format={format!} board={board!} />
        </Suspense>
      )}
    </dialog>
  )
}
