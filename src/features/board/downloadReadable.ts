// "Download what could be read": the board file of a board that failed to draw, from what
// the editor holds or, failing that, from its stored record restored (what restore keeps of
// it). Offered by the error notices of the board screen and of the home list's cards.
import { restoreBoard } from '../../domain/restore'
import { loadBoard } from '../../persistence/boards'
import { useEditor } from '../../store/editorStore'
import { serializeBoardFile } from '../io/boardFile'
import { boardFileParts, downloadBoardFile } from '../export/boardFileExport'
import { downloadText, fileSlug } from '../../ui/download'
import type { Board, Id } from '../../domain/types'

/** The open board if it is this one, else its stored record. */
export async function downloadReadableBoard(id: Id): Promise<void> {
  const open = useEditor.getState().board
  if (open?.id === id) return downloadBoardFile(open)
  const loaded = await loadBoard(id)
  if (!loaded) throw new Error(`no board ${id}`)
  return downloadBoardFile(loaded.board)
}

/** A stored record as it was read (whatever its shape): restored, then saved as a board file. */
export async function downloadReadableRecord(row: { id?: unknown; title?: unknown; board?: unknown }): Promise<void> {
  const id = typeof row.id === 'string' ? row.id : undefined
  const title = typeof row.title === 'string' ? row.title : undefined
  const board: Board = restoreBoard(row.board, { id, title }).board
  // Its personas and measurements, when they can be read too.
  const parts = await boardFileParts(board).catch(() => ({ personas: [], measurements: [] }))
  downloadText(`${fileSlug(board.title)}.parcours.json`, serializeBoardFile(board, parts.personas, parts.measurements))
}
