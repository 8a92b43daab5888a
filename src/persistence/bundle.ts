// The one way boards come into the database from elsewhere — a file import, a backup restore,
// Duplicate: "write a bundle", boards (their measurements inside) with the personas they are
// drawn for, all of them in ONE transaction (all or nothing). Nothing here is ever overwritten:
// - a board whose id is taken comes in as a copy with fresh ids (or, for a restore, is skipped
//   when the board here has the same content);
// - a measurement id that another stored board uses is re-issued;
// - a persona already in the library is kept as it is (a restore adds the file's as a copy when
//   they differ, and the boards drawn for it follow the copy);
// - the library keeps its primary persona: one coming in is primary only when there is none.
import { db } from './db'
import { newRow, readBoardRow } from './rows'
import { announceBoardChange } from './channel'
import { canonical } from '../domain/canonical'
import { copyBoard, reissueMeasurementIds } from '../domain/copy'
import { newId } from '../domain/id'
import { normalisePersona } from '../domain/personas'
import { restoreBoard } from '../domain/restore'
import type { Board, Id, Persona } from '../domain/types'

export interface Bundle {
  boards: readonly Board[]
  personas?: readonly Persona[]
}

export interface BundleOptions {
  /** The title of a copy made because the board's id is taken (default: the same title). */
  copyTitle?: (title: string) => string
  /** A board here under the same id with the same content is left alone rather than copied (a restore). */
  skipSame?: boolean
  /** A persona here under the same id with other content: the library's is kept and the bundle's
   * dropped ('keep', an import), or the bundle's is added as a copy ('copy', a restore). */
  personaConflict?: 'keep' | 'copy'
  /** The name of such a persona copy. */
  copyPersonaName?: (name: string) => string
}

export type BoardOutcome = 'added' | 'same' | 'copied'

export interface BundleResult {
  /** One per board of the bundle, in order: the id it is stored under (or, when 'same', the one here). */
  boards: { id: Id; title: string; outcome: BoardOutcome }[]
  personas: { added: number; same: number; copied: number }
}

/** Personas compare by content; which one is the library's primary is the library's own business. */
export function samePersona(a: Persona, b: Persona): boolean {
  const strip = (p: Persona) => ({ ...normalisePersona(p), primary: undefined })
  return canonical(strip(a)) === canonical(strip(b))
}

/** Two boards hold the same (through restore, measurements in id order). */
export function sameBoard(a: Board, b: Board): boolean {
  const norm = (x: Board) => {
    const r = restoreBoard(x).board
    if (r.measurements) r.measurements = [...r.measurements].sort((m, n) => (m.id < n.id ? -1 : m.id > n.id ? 1 : 0))
    return canonical(r)
  }
  return norm(a) === norm(b)
}

export async function writeBundle(bundle: Bundle, opts: BundleOptions = {}): Promise<BundleResult> {
  const result: BundleResult = { boards: [], personas: { added: 0, same: 0, copied: 0 } }
  const written: Id[] = []
  await db.transaction('rw', db.boards, db.personas, async () => {
    const personaMap = new Map<Id, Id>()
    let hasPrimary = (await db.personas.toArray()).some((p) => p?.primary)
    const seen = new Set<Id>()
    for (const p of bundle.personas ?? []) {
      if (seen.has(p.id)) continue
      seen.add(p.id)
      const here = await db.personas.get(p.id)
      if (!here) {
        const added = { ...p }
        if (added.primary && hasPrimary) delete added.primary
        hasPrimary ||= !!added.primary
        await db.personas.add(added)
        result.personas.added++
      } else if (opts.personaConflict !== 'copy' || samePersona(here, p)) {
        result.personas.same++
      } else {
        const copy: Persona = { ...p, id: newId('pe_'), name: opts.copyPersonaName?.(p.name) ?? p.name }
        delete copy.primary
        await db.personas.add(copy)
        personaMap.set(p.id, copy.id)
        result.personas.copied++
      }
    }
    const now = Date.now()
    for (const entry of bundle.boards) {
      let board = entry
      if (board.personaIds?.some((id) => personaMap.has(id))) board = { ...board, personaIds: board.personaIds.map((id) => personaMap.get(id) ?? id) }
      let outcome: BoardOutcome = 'added'
      const here = await db.boards.get(board.id)
      if (here) {
        if (opts.skipSame && sameBoard(readBoardRow(here, here.id).board, board)) {
          result.boards.push({ id: board.id, title: board.title, outcome: 'same' })
          continue
        }
        board = copyBoard(board, opts.copyTitle?.(board.title) ?? board.title).board
        outcome = 'copied'
      }
      const ids = board.measurements?.map((m) => m.id) ?? []
      if (ids.length) {
        const taken = await db.boards.where('measurementIds').anyOf(ids).keys()
        board = reissueMeasurementIds(board, new Set(taken as Id[]))
      }
      await db.boards.add(newRow(board, now))
      written.push(board.id)
      result.boards.push({ id: board.id, title: board.title, outcome })
    }
  })
  for (const id of written) announceBoardChange(id, 1)
  return result
}
