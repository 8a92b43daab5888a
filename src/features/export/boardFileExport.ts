// The board file (FORMAT.md v1) of a board, with its personas and measurements.
import { serializeBoardFile } from '../io/boardFile'
import { db } from '../../persistence/db'
import type { Board, Measurement, Persona } from '../../domain/types'
import { downloadText, fileSlug } from '../../ui/download'

export async function boardFileParts(board: Board): Promise<{ personas: Persona[]; measurements: Measurement[] }> {
  const ids = board.personaIds ?? []
  const personas = ids.length ? (await db.personas.bulkGet(ids)).filter((p): p is Persona => !!p) : []
  const rows = await db.measurements.where('boardId').equals(board.id).toArray()
  const measurements = rows.map(({ boardId: _boardId, ...m }) => m)
  return { personas, measurements }
}

export async function downloadBoardFile(board: Board): Promise<void> {
  const { personas, measurements } = await boardFileParts(board)
  downloadText(`${fileSlug(board.title)}.parcours.json`, serializeBoardFile(board, personas, measurements))
}
