// Import files dropped on the app or chosen with "Import": board files (*.parcours.json)
// and spreadsheets (CSV). Everything is validated first; nothing is written unless the
// whole file is good, and then in one transaction.
import { formatImportError, readJson, validateBoardFileData } from '../io/boardFile'
import { decodeSpreadsheetBytes, gridToBoard, isWorkbookName } from '../io/spreadsheet'
import { importWorkspaceFiles } from '../io/backup'
import { writeBundle } from '../../persistence/bundle'
import type { Board, Id, Persona } from '../../domain/types'
import { i18n, registerStrings, t } from '../../i18n'
import { afterPaint } from '../../ui/yieldToPage'

registerStrings('importing', {
  en: {
    read: 'Importing “{{name}}”: reading the file…',
    check: 'Importing “{{name}}”: checking {{cards}} cards…',
    write: 'Importing “{{name}}”: saving {{cards}} cards…',
    ofFiles: '(file {{index}} of {{count}})',
  },
  fr: {
    read: 'Import de « {{name}} » : lecture du fichier…',
    check: 'Import de « {{name}} » : vérification de {{cards}} cartes…',
    write: 'Import de « {{name}} » : enregistrement de {{cards}} cartes…',
    ofFiles: '(fichier {{index}} sur {{count}})',
  },
})

/** Where a long import is: the step, the file, and how far (0–1) the whole import is. */
export interface ImportProgress {
  message: string
  done: number
}
export type OnImportProgress = (p: ImportProgress) => void

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

/** Read and validate one file; nothing is written. Between its steps the page paints the progress. */
export async function readImportFile(file: File, progress?: (step: 'read' | 'check', cards?: number) => void): Promise<ReadFile> {
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
  progress?.('read')
  const json = readJson(await file.text())
  if (!json.ok) return { ok: false, message: `${name}: ${formatImportError(json, t)}` }
  const cards = (json.data as { board?: { cards?: unknown } } | null)?.board?.cards
  progress?.('check', Array.isArray(cards) ? cards.length : 0)
  await afterPaint()
  const r = validateBoardFileData(json.data)
  if (!r.ok) return { ok: false, message: `${name}: ${formatImportError(r, t)}` }
  return { ok: true, ...r.file, warnings: r.warnings }
}

/** Import files (chosen or dropped together) as a whole: every file is validated first, and
 * one bad file refuses them all, so that nothing is half-imported. */
export async function importFiles(files: File[], onProgress?: OnImportProgress): Promise<ImportOutcome> {
  const backup = await importWorkspaceFiles(files) // a workspace backup is restored, not imported as a board
  if (backup) return backup
  const read: Extract<ReadFile, { ok: true }>[] = []
  // Each file is read, then checked, then all are saved: three steps a file, shown as they go.
  const steps = files.length * 2 + 1
  const of = (i: number) => (files.length > 1 ? ' ' + t('importing.ofFiles', { index: i + 1, count: files.length }) : '')
  for (const [i, file] of files.entries()) {
    const r = await readImportFile(file, (step, cards) => {
      onProgress?.({ message: t(`importing.${step}`, { name: file.name, cards: cards ?? 0 }) + of(i), done: (i * 2 + (step === 'read' ? 0 : 1)) / steps })
    })
    if (!r.ok) return r
    read.push(r)
    await afterPaint()
  }
  if (!read.length) return { ok: false, message: '' }
  const cards = read.reduce((n, r) => n + r.board.cards.length, 0)
  onProgress?.({
    message: t('importing.write', { name: files.length > 1 ? files.map((f) => f.name).join(', ') : files[0].name, cards }),
    done: (steps - 1) / steps,
  })
  await afterPaint()
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
