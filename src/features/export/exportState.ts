// Which export dialog is open, and the formats other features provide (CSV: the spreadsheet
// module). Shared by the dialog and its lazily loaded form.
import { create } from 'zustand'
import type { Board } from '../../domain/types'

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'slides' | 'csv'
export interface ExportOutcome {
  warnings: string[]
  files: number
}

export const useExportDialog = create<{ format: ExportFormat | null }>(() => ({ format: null }))
export const openExportDialog = (format: ExportFormat) => useExportDialog.setState({ format })
export const closeExportDialog = () => useExportDialog.setState({ format: null })

export const runners: Partial<Record<ExportFormat, (board: Board) => Promise<ExportOutcome> | ExportOutcome>> = {}
export function setExportRunner(format: ExportFormat, run: (board: Board) => Promise<ExportOutcome> | ExportOutcome): void {
  runners[format] = run
}
