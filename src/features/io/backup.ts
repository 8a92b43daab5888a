// The workspace backup: one file with every board (with its measurements) and every persona
// of this browser, `*.parcours-workspace.json`:
//
//   { "format": "parcours-workspace", "version": 1, "exportedAt": "…",
//     "personas": [ Persona… ],
//     "boards": [ { "format": "parcours-board", "version": 1, "board": {…}, "measurements": [ … ] }, … ] }
//
// Each entry of `boards` is a board file of FORMAT.md (version 1) by itself, minus its
// personas, which are kept once at the top (a board's `personaIds` point to them): a script
// can split a backup into board files, and restoring validates each entry with the very
// checks of the board file. Restoring checks the whole file first and refuses it on the
// first problem (nothing written); then, in one transaction, it adds what is missing and
// never overwrites: a board or persona already here unchanged is skipped, one here with
// other content is added as a copy "(restored)" with fresh ids.
import { writeBundle } from '../../persistence/bundle'
import { readWorkspace as readStoredWorkspace } from '../../persistence/workspace'
import { LIMITS } from '../../domain/restore'
import type { Board, Id, Persona } from '../../domain/types'
import { t } from '../../i18n'
import { BOARD_FORMAT, BOARD_FORMAT_VERSION, readJson, validateBoardFileData, describe as describeValue } from './boardFile'
import { fail, formatImportError, type ImportFailure } from './importError'
import { slicer } from '../../ui/yieldToPage'
import './strings'

export const WORKSPACE_FORMAT = 'parcours-workspace'
export const WORKSPACE_VERSION = 1
export const MAX_BACKUP_BOARDS = 2_000
/** Bigger than a board file may be: a workspace carries every board and every persona photo. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024

export { canonical } from '../../domain/canonical'

export interface Workspace {
  /** The boards, their measurements inside (the file keeps them beside each board). */
  boards: Board[]
  personas: Persona[]
}

export type WorkspaceParse = { ok: true; workspace: Workspace; warnings: string[] } | ImportFailure

// ---- writing ----------------------------------------------------------------------------

export function serializeWorkspace(ws: Workspace, exportedAt = new Date().toISOString()): string {
  return JSON.stringify(
    {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt,
      personas: ws.personas,
      boards: ws.boards.map(({ measurements = [], ...board }) => ({ format: BOARD_FORMAT, version: BOARD_FORMAT_VERSION, board, measurements })),
    },
    null,
    2,
  )
}

/** Everything in this browser's database, boards in the order they were created. */
export const readWorkspace = (): Promise<Workspace> => readStoredWorkspace()

// ---- reading ----------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A board that holds nothing: the frame in which a persona is validated by the board-file checks. */
const EMPTY_BOARD = { id: 'workspace', title: '', kind: 'journey', stages: [], lanes: [], cards: [], links: [] }

/** Is this parsed JSON a workspace backup (rather than a board file)? */
export const isWorkspaceData = (data: unknown): boolean => isObject(data) && data.format === WORKSPACE_FORMAT

/**
 * Validate a whole backup; the first problem refuses it, its path naming the board
 * (`boards[2].board.cards[0].text`). Yields [boards checked, boards] after each board, so a
 * backup of thousands of boards can be checked in slices (validateWorkspaceDataSliced).
 */
function* workspaceChecks(data: unknown): Generator<[number, number], WorkspaceParse> {
  if (!isObject(data)) return fail('backup.notWorkspace')
  if (data.format !== WORKSPACE_FORMAT) return fail('backup.notWorkspace', 'format')
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('backup.badVersion', 'version', { found: describeValue(version) })
  if (version > WORKSPACE_VERSION) return fail('backup.tooNew', 'version', { version, max: WORKSPACE_VERSION })

  const rawPersonas = data.personas ?? []
  if (!Array.isArray(rawPersonas)) return fail('backup.expectedList', 'personas')
  const personas: Persona[] = []
  const personaIds = new Set<Id>()
  for (const [i, p] of rawPersonas.entries()) {
    // One persona at a time inside an empty board file: the board file's own checks (schema, photo).
    const r = validateBoardFileData({ format: BOARD_FORMAT, version: 1, board: EMPTY_BOARD, personas: [p] })
    if (!r.ok) return { ...r, path: r.path?.replace(/^personas\[0\]/, `personas[${i}]`) }
    const persona = r.file.personas[0]
    if (personaIds.has(persona.id)) return fail('backup.duplicateId', `personas[${i}].id`, { id: persona.id })
    personaIds.add(persona.id)
    personas.push(persona)
  }

  const rawBoards = data.boards ?? []
  if (!Array.isArray(rawBoards)) return fail('backup.expectedList', 'boards')
  if (rawBoards.length > MAX_BACKUP_BOARDS) return fail('backup.tooManyBoards', 'boards', { count: rawBoards.length, max: MAX_BACKUP_BOARDS })
  const boards: Board[] = []
  const warnings: string[] = []
  const boardIds = new Set<Id>()
  const measurementIds = new Set<Id>()
  const byId = new Map(personas.map((p) => [p.id, p]))
  for (const [i, entry] of rawBoards.entries()) {
    const at = `boards[${i}]`
    if (!isObject(entry)) return fail('backup.expectedObject', at)
    // The board's personas are those of the workspace (an entry may also carry its own).
    const own = Array.isArray(entry.personas) ? entry.personas : []
    const refs = isObject(entry.board) && Array.isArray(entry.board.personaIds) ? entry.board.personaIds : []
    const shared = refs.map((id) => byId.get(id as Id)).filter((p): p is Persona => !!p && !own.some((o) => isObject(o) && o.id === p.id))
    const r = validateBoardFileData({ ...entry, personas: [...own, ...shared] }, at)
    if (!r.ok) return r
    const { board } = r.file
    if (boardIds.has(board.id)) return fail('backup.duplicateId', `${at}.board.id`, { id: board.id })
    boardIds.add(board.id)
    for (const [j, m] of (board.measurements ?? []).entries()) {
      if (measurementIds.has(m.id)) return fail('backup.duplicateId', `${at}.measurements[${j}].id`, { id: m.id })
      measurementIds.add(m.id)
    }
    for (const p of r.file.personas.slice(0, own.length)) {
      if (!byId.has(p.id)) {
        byId.set(p.id, p)
        personas.push(p)
      }
    }
    warnings.push(...r.warnings.map((w) => `${board.title || at}: ${w}`))
    boards.push(board)
    yield [i + 1, rawBoards.length]
  }
  return { ok: true, workspace: { boards, personas }, warnings }
}

export function validateWorkspaceData(data: unknown): WorkspaceParse {
  const checks = workspaceChecks(data)
  for (;;) {
    const step = checks.next()
    if (step.done) return step.value
  }
}

/** The same checks, with a yield to the page every few milliseconds and the boards checked so far. */
export async function validateWorkspaceDataSliced(data: unknown, onProgress?: (done: number, total: number) => void): Promise<WorkspaceParse> {
  const checks = workspaceChecks(data)
  const slice = slicer()
  for (;;) {
    const step = checks.next()
    if (step.done) return step.value
    if (slice.due()) {
      onProgress?.(...step.value)
      await slice.yield()
    }
  }
}

export function parseWorkspace(text: string): WorkspaceParse {
  const json = readJson(text)
  return json.ok ? validateWorkspaceData(json.data) : json
}

// ---- restoring --------------------------------------------------------------------------

export interface RestoreCounts {
  added: number
  same: number
  copied: number
  personasAdded: number
  personasSame: number
  personasCopied: number
  /** Ids of the boards written (added or copies). */
  boardIds: Id[]
}

const restoredName = (name: string) => t('io.backup.restoredTitle', { title: name.slice(0, LIMITS.title - 20) })

/**
 * Add what the backup has and this browser has not, in one transaction: nothing is written
 * if anything fails. Never overwrites: a record whose id is here with other content is
 * added as a copy with fresh ids (boards drawn for a copied persona follow the copy).
 */
export async function restoreWorkspace(ws: Workspace): Promise<RestoreCounts> {
  const r = await writeBundle(ws, { skipSame: true, personaConflict: 'copy', copyTitle: restoredName, copyPersonaName: restoredName })
  const count = (o: string) => r.boards.filter((b) => b.outcome === o).length
  return {
    added: count('added'),
    same: count('same'),
    copied: count('copied'),
    personasAdded: r.personas.added,
    personasSame: r.personas.same,
    personasCopied: r.personas.copied,
    boardIds: r.boards.filter((b) => b.outcome !== 'same').map((b) => b.id),
  }
}

/** "3 boards added, 2 already here, 1 kept as a copy; 1 persona added." in the UI language. */
export function describeRestore(c: RestoreCounts): string {
  const parts: string[] = []
  if (c.added || (!c.same && !c.copied)) parts.push(t('io.backup.added', { count: c.added }))
  if (c.same) parts.push(t('io.backup.same', { count: c.same }))
  if (c.copied) parts.push(t('io.backup.copied', { count: c.copied }))
  const personas: string[] = []
  if (c.personasAdded) personas.push(t('io.backup.personasAdded', { count: c.personasAdded }))
  if (c.personasSame) personas.push(t('io.backup.personasSame', { count: c.personasSame }))
  if (c.personasCopied) personas.push(t('io.backup.personasCopied', { count: c.personasCopied }))
  return t('io.backup.restored', { list: [parts.join(', '), ...(personas.length ? [personas.join(', ')] : [])].join('; ') })
}

export interface RestoreOutcome {
  ok: boolean
  message: string
  counts?: RestoreCounts
}

/** Validate then restore a backup's text; the message is for the user, in the UI language. */
export async function restoreBackupText(text: string, onProgress?: (done: number, total: number) => void): Promise<RestoreOutcome> {
  const json = readJson(text)
  const r = json.ok ? await validateWorkspaceDataSliced(json.data, onProgress) : json
  if (!r.ok) return { ok: false, message: t('io.backup.failed', { message: formatImportError(r, t) }) }
  if (!r.workspace.boards.length && !r.workspace.personas.length) return { ok: false, message: t('io.backup.nothing') }
  try {
    const counts = await restoreWorkspace(r.workspace)
    const warn = r.warnings.length ? ' ' + t('home.importWarnings', { list: r.warnings.join(' · ') }) : ''
    return { ok: true, message: describeRestore(counts) + warn, counts }
  } catch (e) {
    return { ok: false, message: t('io.backup.writeFailed', { message: (e as Error).message }) }
  }
}

/**
 * The Import button and a drop also take a workspace backup: it is restored (never imported
 * as a board). Null when none of the files is a backup; a backup must come alone.
 */
export async function importWorkspaceFiles(files: readonly File[]): Promise<RestoreOutcome | null> {
  let backup: { file: File; text: string } | null = null
  for (const file of files) {
    if ((!/\.json$/i.test(file.name) && file.type !== 'application/json') || file.size > MAX_BACKUP_BYTES) continue
    const text = await file.text()
    // Cheap look at the head before parsing the whole file as JSON.
    if (!/"format"\s*:\s*"parcours-workspace"/.test(text.slice(0, 4096)) || !isWorkspaceData(safeJson(text))) continue
    backup = { file, text }
    break
  }
  if (!backup) return null
  if (files.length > 1) return { ok: false, message: `${backup.file.name}: ${t('io.backup.alone')}` }
  const r = await restoreBackupText(backup.text)
  return r.ok ? r : { ...r, message: `${backup.file.name}: ${r.message}` }
}

function safeJson(text: string): unknown {
  const json = readJson(text)
  return json.ok ? json.data : null
}
