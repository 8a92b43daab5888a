// The persona library in IndexedDB: list, save (one primary at most), delete (removing the
// persona from the boards drawn for it, with what it takes to undo), and restore.
import { db, summarise, type BoardRow } from '../../persistence/db'
import { announceBoardChange } from '../../persistence/channel'
import { normalisePersona, withOnePrimary, withoutPersona, withPersonaAt } from '../../domain/personas'
import type { Board, Id, Persona } from '../../domain/types'

export const listPersonas = (): Promise<Persona[]> => db.personas.toArray()

export const getPersona = (id: Id): Promise<Persona | undefined> => db.personas.get(id)

/** Several personas by id, in that order; missing ones are left out. */
export async function getPersonas(ids: readonly Id[]): Promise<Persona[]> {
  if (!ids.length) return []
  return (await db.personas.bulkGet([...ids])).filter((p): p is Persona => !!p)
}

/** Store a persona; saving a primary one makes the previous primary secondary. */
export async function savePersona(p: Persona): Promise<Persona> {
  const saved = normalisePersona(p)
  await db.transaction('rw', db.personas, async () => {
    await db.personas.bulkPut(withOnePrimary(await db.personas.toArray(), saved))
  })
  return saved
}

/** How many stored boards are drawn for each persona. */
export async function boardUsage(): Promise<Map<Id, number>> {
  const usage = new Map<Id, number>()
  await db.boards.each((row) => {
    for (const id of new Set(row.board.personaIds ?? [])) usage.set(id, (usage.get(id) ?? 0) + 1)
  })
  return usage
}

/** The stored boards drawn for a persona: id and title. */
export async function boardsUsing(personaId: Id): Promise<{ id: Id; title: string }[]> {
  const out: { id: Id; title: string }[] = []
  await db.boards.each((row) => {
    if (row.board.personaIds?.includes(personaId)) out.push({ id: row.id, title: row.title })
  })
  return out
}

export interface DeletedPersona {
  persona: Persona
  /** Where the persona stood in each board's list (to put it back there). */
  boards: { boardId: Id; index: number }[]
}

function rewrite(row: BoardRow, board: Board): BoardRow {
  return { ...row, board, rev: row.rev + 1, updatedAt: Date.now(), ...summarise(board) }
}

/**
 * Delete a persona and remove it from every stored board drawn for it, all or nothing.
 * The board open in this tab (`openBoardId`) is left to its editor, which applies the same
 * change as an undoable step and saves it: writing its row here would race its autosave.
 */
export async function deletePersona(id: Id, openBoardId?: Id): Promise<DeletedPersona | null> {
  const written: { id: Id; rev: number }[] = []
  const result = await db.transaction('rw', db.personas, db.boards, async () => {
    const persona = await db.personas.get(id)
    if (!persona) return null
    const boards: DeletedPersona['boards'] = []
    const rows = await db.boards.toArray()
    for (const row of rows) {
      const index = row.board.personaIds?.indexOf(id) ?? -1
      if (index < 0) continue
      boards.push({ boardId: row.id, index })
      if (row.id === openBoardId) continue
      const next = rewrite(row, withoutPersona(row.board, id))
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
    await db.personas.bulkPut(withOnePrimary(await db.personas.toArray(), deleted.persona))
    for (const { boardId, index } of deleted.boards) {
      if (boardId === openBoardId) continue
      const row = await db.boards.get(boardId)
      if (!row) continue
      const board = withPersonaAt(row.board, deleted.persona.id, index)
      if (board === row.board) continue
      const next = rewrite(row, board)
      await db.boards.put(next)
      written.push({ id: boardId, rev: next.rev })
    }
  })
  for (const w of written) announceBoardChange(w.id, w.rev)
}
