// Import files dropped on the app or chosen with "Import": board files (*.parcours.json)
// and spreadsheets (CSV). Everything is validated first; nothing is written unless the
// whole file is good, and then in one transaction.
import { parseBoardFile, formatImportError } from '../io/boardFile'
import { decodeSpreadsheetBytes, gridToBoard, isWorkbookName } from '../io/spreadsheet'
import { importWorkspaceFiles } from '../io/backup'
import { writeBundle } from '../../persistence/bundle'
import type { Board, Id, Persona } from '../../domain/types'
import { i18n, t } from '../../i18n'

export interface ImportOutcome {
  ok: boolean
  message: string
  boardId?: string
}

const MAX_FILE_BYTES = 50 * 1024 * 1024

/** Write one imported board with its personas (its measurements inside), all or nothing:
 * colliding ids are re-issued, nothing already here is overwritten. */
export async function writeImportedBoard(board: Board, personas: readonly Persona[] = []): Promise<{ id: Id; title: string }> {
  return (await writeBundle({ boards: [board], personas })).boards[0]
}

/** A file read and validated, ready to be written. */
type ReadFile = { ok: true; board: Board; personas: Persona[]; warnings: string[] } | { ok: false; message: string }

/** Read and validate one file; nothing is written. */
export async function readImportFile(file: File): Promise<ReadFile> {
  const name = file.name
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, message: t('io.fileTooLarge', { name, size: Math.round(file.size / 1048576), max: MAX_FILE_BYTES / 1048576 }) }
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'
  if (isWorkbookName(name)) return { ok: false, message: `${name}: ${t('io.grid.workbook')}` }
  if (/\.(csv|tsv|txt)$/i.test(name)) {
    // French Excel writes its CSV in Windows-1252: decoded as such when it is not UTF-8.
    const text = decodeSpreadsheetBytes(await file.arrayBuffer())
    const r = gridToBoard(text, { title: name.replace(/\.(csv|tsv|txt)$/i, ''), lang })
    if (!r.ok) return { ok: false, message: `${name}: ${formatImportError(r, t)}` }
    return { ok: true, board: r.board, personas: [], warnings: r.warnings ?? [] }
  }
  const text = await file.text()
  const r = parseBoardFile(text)
  if (!r.ok) return { ok: false, message: `${name}: ${formatImportError(r, t)}` }
  return { ok: true, ...r.file, warnings: r.warnings }
}

/** Import files (chosen or dropped together) as a whole: every file is validated first, and
 * one bad file refuses them all, so that nothing is half-imported. */
export async function importFiles(files: File[]): Promise<ImportOutcome> {
  const backup = await importWorkspaceFiles(files) // a workspace backup is restored, not imported as a board
  if (backup) return backup
  const read: Extract<ReadFile, { ok: true }>[] = []
  for (const file of files) {
    const r = await readImportFile(file)
    if (!r.ok) return r
    read.push(r)
  }
  if (!read.length) return { ok: false, message: '' }
  // Every file in one transaction: all of them or none.
  const written = (await writeBundle({ boards: read.map((r) => r.board), personas: read.flatMap((r) => r.personas) })).boards
  const warnings = read.flatMap((r) => r.warnings)
  const warn = warnings.length ? ' ' + t('home.importWarnings', { list: warnings.join(' · ') }) : ''
  const last = written[written.length - 1]
  return { ok: true, message: written.map((b) => t('home.imported', { title: b.title })).join(' ') + warn, boardId: last.id }
}

export async function importFile(file: File): Promise<ImportOutcome> {
  return importFiles([file])
}
