// Opens a board from IndexedDB into the editor store and keeps it saved while open.
import { useLayoutEffect, useState } from 'react'
import { readBoard, type ReadResult } from '../../persistence/earlyRead'
import { BoardSession, journalToRecover } from '../../persistence/session'
import { endDraftAfter, flushDrafts, saveDraft } from '../../persistence/drafts'
import { useDraft } from '../../store/draftStore'
import { targetText, type TextDraft } from '../../domain/drafts'
import { clearConflicts, reportConflict } from './ConflictNotices'
import type { RestoreWarning } from '../../domain/restore'
import { useEditor } from '../../store/editorStore'
import { CARD_FONT, measureCards } from '../../canvas/measure'
import type { Id } from '../../domain/types'
import { LARGE_BOARD_CARDS } from '../../canvas/largeBoard'

export type OpenState =
  /** `progress` (0–1): how far a large board is in being laid out. */
  | { status: 'loading'; progress?: number }
  | { status: 'missing' }
  /** The browser's storage failed to read it (not the same as a board that is not there). */
  | { status: 'unreadable'; message: string }
  | { status: 'open'; warnings: RestoreWarning[]; recovered: boolean; /** Written by a newer version of the app: shown, never saved. */ readOnly: boolean }

let current: BoardSession | null = null
/** The session of the open board (to force a save before an export, in tests...). */
export const currentSession = () => current

const host = {
  get: () => useEditor.getState().board,
  receive: (b: Parameters<ReturnType<typeof useEditor.getState>['receive']>[0]) => useEditor.getState().receive(b),
  subscribe: (fn: (b: ReturnType<typeof useEditor.getState>['board']) => void) => useEditor.subscribe((s, prev) => s.board !== prev.board && fn(s.board)),
  lock: () => useEditor.getState().setReadOnly(true),
  // An edit made with a coalescing key (a value nudged step by step) is grouped; any other is written at once.
  continuous: () => {
    const past = useEditor.getState().past
    return !!past[past.length - 1]?.key
  },
  draft: () => useDraft.getState().current,
  conflict: reportConflict,
}

export function useBoardSession(id: Id): OpenState {
  const [state, setState] = useState<OpenState>({ status: 'loading' })
  // A layout effect: when the board was read before the screen was first drawn (the early
  // read, src/app/earlyRead.ts), the board is opened before that first paint, in the same task:
  // no "Loading…" frame, no wait for a later task.
  useLayoutEffect(() => {
    let cancelled = false
    let session: BoardSession | null = null
    let stopDrafts = () => {}
    performance.mark?.('parcours:read')
    const read = readBoard(id)
    // Card heights are measured with the card font: have it before the first layout (but
    // never wait long for it), so the board is not laid out twice.
    const fontReady = document.fonts?.check?.(CARD_FONT) ?? true
    const open = async ({ loaded, draft, error: readError }: ReadResult) => {
      performance.mark?.('parcours:read-done')
      if (cancelled) return
      // A tab that closed mid-write left its last edits in the journal (see journalToRecover).
      const journal = journalToRecover(id, loaded)
      if (!loaded && !journal) {
        // A read that failed is said as such, with what failed: never "does not exist" for a
        // board the storage could not read.
        setState(readError ? { status: 'unreadable', message: readErrorMessage(readError) } : { status: 'missing' })
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
      // The text of a box left open by a closed tab: its box opens again with it.
      // (not when its record is gone, nor when the board already holds that text: it was committed)
      const held = draft ? targetText(journal ?? board, draft.target) : undefined
      const restored = !readOnly && draft && held !== undefined && held !== draft.text ? draft : null
      if (draft && !restored && !readOnly) saveDraft(id, null)
      useDraft.setState({ current: null, restored })
      useEditor.getState().load(board, { readOnly })
      session = new BoardSession(host, board, loaded?.rev ?? 0, { readOnly })
      current = session
      if (journal) useEditor.getState().receive(journal)
      if (restored?.target.box === 'card') {
        useEditor.getState().select([restored.target.id])
        useEditor.getState().setEditing(restored.target.id)
      }
      // An arrow's label is typed in the side panel, open while the arrow is selected.
      if (restored?.target.box === 'link') useEditor.getState().select([], [restored.target.id])
      // What is typed in a box is saved as the board's draft while typed (see persistence/drafts).
      // (a box opened and not typed in yet is no draft)
      const typed = (d: TextDraft | null) => (d && d.text !== d.base ? d : null)
      const unsubscribe = useDraft.subscribe((s, prev) => {
        if (s.current === prev.current) return
        if (s.current) return saveDraft(id, typed(s.current))
        // The box was left: its text stays the draft until the board's write that holds it is on disk.
        const opened = session
        endDraftAfter(id, typed(prev.current), opened ? opened.save() : Promise.resolve(), () => !typed(useDraft.getState().current))
      })
      const onHide = () => void flushDrafts()
      window.addEventListener('pagehide', onHide)
      document.addEventListener('visibilitychange', onHide)
      stopDrafts = () => {
        unsubscribe()
        window.removeEventListener('pagehide', onHide)
        document.removeEventListener('visibilitychange', onHide)
        void flushDrafts()
      }
      setState({ status: 'open', warnings: loaded?.warnings ?? [], recovered: !!journal, readOnly })
    }
    if (read.settled && fontReady) void open(read.settled)
    else {
      setState((s) => (s.status === 'loading' ? s : { status: 'loading' }))
      const font = document.fonts?.load?.(CARD_FONT).catch(() => null)
      void Promise.all([read.result, font && Promise.race([font, new Promise((r) => setTimeout(r, 400))])]).then(([result]) => open(result))
    }
    return () => {
      cancelled = true
      stopDrafts()
      useDraft.setState({ current: null, restored: null })
      clearConflicts()
      session?.dispose()
      if (current === session) current = null
      useEditor.getState().load(null)
    }
  }, [id])
  return state
}

function readErrorMessage(e: unknown): string {
  const raw = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  return raw.split('\n')[0].slice(0, 300)
}
