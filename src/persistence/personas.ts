// The persona library: list, save (one primary at most), delete (removing the persona from the
// boards drawn for it, with what it takes to undo), restore, and the boards using each one.
// Boards are read through `readBoardRow`: a malformed row counts as what restore makes of it,
// and a row from a newer app is never rewritten (it keeps its reference to the persona).
import { db } from './db'
import { readBoardRow, rowOf, type BoardRow } from './rows'
import { announceBoardChange } from './channel'
import { normalisePersona, withOnePrimary, withoutPersona, withPersonaAt } from '../domain/personas'
import type { Board, Id, Persona } from '../domain/types'

/** A stored persona as the app uses it (null for a record that cannot be one). */
export function readPersona(raw: unknown): Persona | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const p = raw as Partial<Persona>
  return typeof p.id === 'string' && p.id ? normalisePersona(p as Persona) : null
}

const readAll = (rows: readonly unknown[]): Persona[] => rows.map(readPersona).filter((p): p is Persona => !!p)

export const listPersonas = async (): Promise<Persona[]> => readAll(await db.personas.toArray())

export const getPersona = async (id: Id): Promise<Persona | undefined> => readPersona(await db.personas.get(id)) ?? undefined

/** Several personas by id, in that order; missing ones are left out. */
export async function getPersonas(ids: readonly Id[]): Promise<Persona[]> {
  if (!ids.length) return []
  return readAll(await db.personas.bulkGet([...ids]))
}

/** Several personas by id, in that order, `undefined` where there is none. */
export async function findPersonas(ids: readonly Id[]): Promise<(Persona | undefined)[]> {
  if (!ids.length) return []
  return (await db.personas.bulkGet([...ids])).map((p) => readPersona(p) ?? undefined)
}

/** Store a persona; saving a primary one makes the previous primary secondary. */
export async function savePersona(p: Persona): Promise<Persona> {
  const saved = normalisePersona(p)
  await db.transaction('rw', db.personas, async () => {
    await db.personas.bulkPut(withOnePrimary(readAll(await db.personas.toArray()), saved))
  })
  return saved
}

/** How many stored boards are drawn for each persona. */
export async function boardUsage(): Promise<Map<Id, number>> {
  const usage = new Map<Id, number>()
  await db.boards.each((row) => {
    for (const id of new Set(readBoardRow(row, row.id).board.personaIds ?? [])) usage.set(id, (usage.get(id) ?? 0) + 1)
  })
  return usage
}

/** The stored boards drawn for a persona: id and title. */
export async function boardsUsing(personaId: Id): Promise<{ id: Id; title: string }[]> {
  const out: { id: Id; title: string }[] = []
  await db.boards.each((row) => {
    const { board } = readBoardRow(row, row.id)
    if (board.personaIds?.includes(personaId)) out.push({ id: row.id, title: board.title })
  })
  return out
}

export interface DeletedPersona {
  persona: Persona
  /** Where the persona stood in each board's list (to put it back there). */
  boards: { boardId: Id; index: number }[]
}

function rewrite(read: ReturnType<typeof readBoardRow>, board: Board): BoardRow {
  return rowOf(board, { rev: read.rev + 1, createdAt: read.createdAt, updatedAt: Date.now() })
}

/**
 * Delete a persona and remove it from every stored board drawn for it, all or nothing.
 * The board open in this tab (`openBoardId`) is left to its editor, which applies the same
 * change as an undoable step and saves it: writing its row here would race its autosave.
 */
export async function deletePersona(id: Id, openBoardId?: Id): Promise<DeletedPersona | null> {
  const written: { id: Id; rev: number }[] = []
  const result = await db.transaction('rw', db.personas, db.boards, async () => {
    const persona = readPersona(await db.personas.get(id))
    if (!persona) return null
    const boards: DeletedPersona['boards'] = []
    for (const row of await db.boards.toArray()) {
      const read = readBoardRow(row, row.id)
      const index = read.board.personaIds?.indexOf(id) ?? -1
      if (index < 0 || read.newer) continue
      boards.push({ boardId: row.id, index })
      if (row.id === openBoardId) continue
      const next = rewrite(read, withoutPersona(read.board, id))
      await db.boards.put(next)
      written.push({ id: row.id, rev: next.rev })
    }
    await db.personas.delete(id)
    return { persona, boards }
  })
  // other tabs with one of these boards open merge the change in
  for (const w of written) announceBoardChange(w.id, w.rev)
  return result
}

/** Undo a deletion: the persona comes back, and back onto the boards it was removed from. */
export async function restorePersona(deleted: DeletedPersona, openBoardId?: Id): Promise<void> {
  const written: { id: Id; rev: number }[] = []
  await db.transaction('rw', db.personas, db.boards, async () => {
    await db.personas.bulkPut(withOnePrimary(readAll(await db.personas.toArray()), deleted.persona))
    for (const { boardId, index } of deleted.boards) {
      if (boardId === openBoardId) continue
      const row = await db.boards.get(boardId)
      if (!row) continue
      const read = readBoardRow(row, boardId)
      if (read.newer) continue
      const board = withPersonaAt(read.board, deleted.persona.id, index)
      if (board === read.board) continue
      const next = rewrite(read, board)
      await db.boards.put(next)
      written.push({ id: boardId, rev: next.rev })
    }
  })
  for (const w of written) announceBoardChange(w.id, w.rev)
}
