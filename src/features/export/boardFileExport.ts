// The board file (FORMAT.md v1) of a board, with its personas (its measurements are inside it).
import { getPersonas } from '../../persistence/personas'
import type { Board } from '../../domain/types'
import { downloadText, fileSlug } from '../../ui/download'

export async function downloadBoardFile(board: Board): Promise<void> {
  const personas = await getPersonas(board.personaIds ?? [])
  // the file format's code (and its validation library) comes when a file is written, not with the app
  const { serializeBoardFile } = await import('../io/boardFile')
  downloadText(`${fileSlug(board.title)}.parcours.json`, serializeBoardFile(board, personas))
}
