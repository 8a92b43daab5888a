// A message for the board about to open (e.g. what a pasted grid's import repaired): set by
// whoever creates the board and navigates to it, shown once by the board screen.
import type { Id } from '../../domain/types'

const notices = new Map<Id, string>()

export const setBoardNotice = (boardId: Id, text: string): void => void notices.set(boardId, text)

/** The board's notice, if any, forgotten once read. */
export function takeBoardNotice(boardId: Id): string | null {
  const text = notices.get(boardId) ?? null
  notices.delete(boardId)
  return text
}
