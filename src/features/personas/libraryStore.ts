// Whether the persona library is open, and on what (the list, one persona, a new one);
// and the edits of the open board's personas (each one undo step).
import { create } from 'zustand'
import { setBoardField } from '../../domain/operations'
import { normaliseBoardPersonaIds } from '../../domain/personas'
import type { Board, Id } from '../../domain/types'
import { useEditor } from '../../store/editorStore'

export type LibraryView = { screen: 'list' } | { screen: 'edit'; id: Id } | { screen: 'new' }

interface LibraryState {
  open: boolean
  view: LibraryView
  /** The element to give focus back to on closing. */
  returnFocus: HTMLElement | null
}

export const usePersonaLibrary = create<LibraryState>(() => ({ open: false, view: { screen: 'list' }, returnFocus: null }))

export function openPersonaLibrary(view: LibraryView = { screen: 'list' }): void {
  const active = typeof document !== 'undefined' ? (document.activeElement as HTMLElement | null) : null
  usePersonaLibrary.setState({ open: true, view, returnFocus: active })
}

export function showLibraryView(view: LibraryView): void {
  usePersonaLibrary.setState({ view })
}

export function closePersonaLibrary(): void {
  const { returnFocus } = usePersonaLibrary.getState()
  usePersonaLibrary.setState({ open: false, view: { screen: 'list' }, returnFocus: null })
  if (returnFocus?.isConnected) requestAnimationFrame(() => returnFocus.focus())
}

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((x, i) => x === b[i])

/** Raised when a board gets its first persona: its header card, drawn above the board
 * (outside the view fitted when the board opened), scrolls into view. */
export const useHeaderReveal = create<{ seq: number }>(() => ({ seq: 0 }))

/** Set the personas the open board is drawn for (one undo step; nothing when unchanged). */
export function setOpenBoardPersonas(ids: readonly Id[]): void {
  let first = false
  useEditor.getState().apply((b: Board) => {
    const next = normaliseBoardPersonaIds(b.kind, ids)
    if (sameIds(next, b.personaIds ?? [])) return b
    first = !b.personaIds?.length && next.length > 0
    return setBoardField(b, 'personaIds', next.length ? next : undefined)
  })
  if (first) useHeaderReveal.setState((s) => ({ seq: s.seq + 1 }))
}

/** Apply a change to the open board's personas, if a board is open. */
export function editOpenBoard(op: (b: Board) => Board): void {
  if (useEditor.getState().board) useEditor.getState().apply(op)
}
