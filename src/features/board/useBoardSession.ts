// Opens a board from IndexedDB into the editor store and keeps it saved while open.
import { useEffect, useState } from 'react'
import { loadBoard } from '../../persistence/boards'
import { BoardSession, journalToRecover } from '../../persistence/session'
import type { RestoreWarning } from '../../domain/restore'
import { useEditor } from '../../store/editorStore'
import { CARD_FONT, measureCards } from '../../canvas/measure'
import type { Id } from '../../domain/types'
import { LARGE_BOARD_CARDS } from '../../canvas/largeBoard'

export type OpenState =
  /** `progress` (0–1): how far a large board is in being laid out. */
  | { status: 'loading'; progress?: number }
  | { status: 'missing' }
  | { status: 'open'; warnings: RestoreWarning[]; recovered: boolean; /** Written by a newer version of the app: shown, never saved. */ readOnly: boolean }

let current: BoardSession | null = null
/** The session of the open board (to force a save before an export, in tests...). */
export const currentSession = () => current

const host = {
  get: () => useEditor.getState().board,
  receive: (b: Parameters<ReturnType<typeof useEditor.getState>['receive']>[0]) => useEditor.getState().receive(b),
  subscribe: (fn: (b: ReturnType<typeof useEditor.getState>['board']) => void) => useEditor.subscribe((s, prev) => s.board !== prev.board && fn(s.board)),
  lock: () => useEditor.getState().setReadOnly(true),
}

export function useBoardSession(id: Id): OpenState {
  const [state, setState] = useState<OpenState>({ status: 'loading' })
  useEffect(() => {
    let cancelled = false
    let session: BoardSession | null = null
    setState({ status: 'loading' })
    void (async () => {
      // Card heights are measured with the card font: have it before the first layout (but
      // never wait long for it), so the board is not laid out twice.
      const font = document.fonts?.load?.(CARD_FONT).catch(() => null)
      const [loaded] = await Promise.all([loadBoard(id).catch(() => null), font && Promise.race([font, new Promise((r) => setTimeout(r, 400))])])
      if (cancelled) return
      // A tab that closed mid-write left its last edits in the journal (see journalToRecover).
      const journal = journalToRecover(id, loaded)
      if (!loaded && !journal) {
        setState({ status: 'missing' })
        return
      }
      const readOnly = !!loaded?.readOnly
      const board = loaded?.board ?? journal!
      // A large board's card texts are measured in slices before it is drawn: the page shows
      // the progress and keeps answering instead of freezing for seconds.
      if (board.cards.length > LARGE_BOARD_CARDS) {
        await measureCards(board.cards, (done, total) => !cancelled && setState({ status: 'loading', progress: done / total }))
        if (cancelled) return
      }
      useEditor.getState().load(board, { readOnly })
      session = new BoardSession(host, board, loaded?.rev ?? 0, { readOnly })
      current = session
      if (journal) useEditor.getState().receive(journal)
      setState({ status: 'open', warnings: loaded?.warnings ?? [], recovered: !!journal, readOnly })
    })()
    return () => {
      cancelled = true
      session?.dispose()
      if (current === session) current = null
      useEditor.getState().load(null)
    }
  }, [id])
  return state
}
