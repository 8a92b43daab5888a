// The board file (FORMAT.md v1) of a board, with its personas (its measurements are inside it).
import { serializeBoardFile } from '../io/boardFile'
import { getPersonas } from '../../persistence/personas'
import type { Board } from '../../domain/types'
import { downloadText, fileSlug } from '../../ui/download'

export async function downloadBoardFile(board: Board): Promise<void> {
  const personas = await getPersonas(board.personaIds ?? [])
  downloadText(`${fileSlug(board.title)}.parcours.json`, serializeBoardFile(board, personas))
}
