// "Download what could be read": the board file of a board that failed to draw, from what
// the editor holds or, failing that, from its stored row as restore reads it. Offered by the
// error notices of the board screen and of the home list's cards.
import { loadBoard } from '../../persistence/boards'
import { useEditor } from '../../store/editorStore'
import { downloadBoardFile } from '../export/boardFileExport'
import type { Id } from '../../domain/types'
import { visibleText } from '../../domain/text'

/** The open board if it is this one, else its stored row (read through restore). */
export async function downloadReadableBoard(id: Id): Promise<void> {
  const open = useEditor.getState().board
  if (open?.id === id) return downloadBoardFile(open)
  const loaded = await loadBoard(id)
  if (!loaded) throw new Error(`no board ${id}`)
  return downloadBoardFile(loaded.board)
}

/** The title of the open board if it is this one (the board screen's error notice names it). */
export function openBoardTitle(id: Id): string | undefined {
  const open = useEditor.getState().board
  return open?.id === id ? visibleText(open.title).trim() || undefined : undefined
}
