// One store for the open board: the document and its history, the selection and
// view state. Slices are combined here; immer is applied once, at the root.
// The document is only ever changed through `apply` (or a remote/undo merge), so
// every edit is one history step and reaches persistence through one subscription.
import { create } from 'zustand'
import { immer } from 'zustand/middleware/immer'
import type { Draft } from 'immer'
import { mergeBoards } from '../domain/merge'
import { updateCard } from '../domain/operations'
import type { Board, Id } from '../domain/types'

export const HISTORY_LIMIT = 500

export interface HistoryEntry {
  before: Board
  after: Board
  /** Consecutive edits with the same key within COALESCE_MS make one step (e.g. nudging a value). */
  key?: string
  at: number
}
const COALESCE_MS = 1200

export interface Cursor {
  stageId: Id
  laneId: Id
  cardId?: Id
}

/** A live session's rules: the edit as kept, or null when refused. */
export type EditGuard = (before: Board, after: Board) => Board | null

interface DocSlice {
  board: Board | null
  past: HistoryEntry[]
  future: HistoryEntry[]
  /** The board is shown, not edited (written by a newer version of the app): `apply` refuses every edit. */
  readOnly: boolean
  /** Open a board: resets history and selection. */
  load: (board: Board | null, opts?: { readOnly?: boolean }) => void
  /** Stop (or resume) taking edits. */
  setReadOnly: (readOnly: boolean) => void
  /** Who may make an edit (a live session's permissions): the edit as it is kept (e.g. signed with
   * its author), or null when refused (it changes nothing). No guard: every edit, as made. */
  guard: EditGuard | null
  setGuard: (guard: EditGuard | null) => void
  /** Apply an edit as one undoable step. Returns false when the edit changed nothing (or the board is read-only).
   * `history: false` saves and syncs it without making it an undo step (a timer's start or pause). */
  apply: (op: (b: Board) => Board, opts?: { key?: string; history?: false }) => boolean
  /** Take in another tab's version (already merged): not a history step. */
  receive: (board: Board) => void
  undo: () => void
  redo: () => void
  /**
   * The first text of a card just added (its "add" is the last step, nothing changed it since):
   * the text joins that step, so one undo takes the whole card back and no undo leaves an empty
   * card; with no text, the card goes with its step, as if never added (nor redoable).
   * False, and nothing changes, when the card is not such a new card.
   */
  finishNewCard: (id: Id, text: string) => boolean
}

interface SelectionSlice {
  selectedCardIds: Id[]
  selectedLinkIds: Id[]
  cursor: Cursor | null
  editingCardId: Id | null
  select: (cardIds: Id[], linkIds?: Id[]) => void
  setCursor: (c: Cursor | null) => void
  setEditing: (id: Id | null) => void
}

interface ViewSlice {
  customerView: boolean
  assumptionsOnly: boolean
  /** Dim everything but the touchpoints (and moments of truth) whose latest score is below its target. */
  belowTarget: boolean
  presenting: boolean
  setView: (patch: Partial<Pick<ViewSlice, 'customerView' | 'assumptionsOnly' | 'belowTarget' | 'presenting'>>) => void
}

export type EditorState = DocSlice & SelectionSlice & ViewSlice

type Set = (fn: (s: Draft<EditorState>) => void) => void
type Get = () => EditorState

const docSlice = (set: Set, get: Get): DocSlice => ({
  board: null,
  past: [],
  future: [],
  readOnly: false,
  load: (board, opts) =>
    set((s) => {
      s.board = board as Draft<Board>
      s.readOnly = !!opts?.readOnly
      s.past = []
      s.future = []
      s.selectedCardIds = []
      s.selectedLinkIds = []
      s.cursor = null
      s.editingCardId = null
    }),
  setReadOnly: (readOnly) =>
    set((s) => {
      s.readOnly = readOnly
    }),
  guard: null,
  setGuard: (guard) =>
    set((s) => {
      s.guard = guard
    }),
  apply: (op, opts) => {
    const before = get().board
    if (!before || get().readOnly) return false
    const made = op(before)
    if (made === before) return false
    const guard = get().guard
    const after = guard ? guard(before, made) : made
    if (!after) return false
    const now = Date.now()
    if (opts?.history === false) {
      // like another tab's edit: undo (a three-way merge) keeps it, and the next edit starts a step of its own
      set((s) => {
        s.board = after as Draft<Board>
        const last = s.past[s.past.length - 1]
        if (last) delete last.key
        pruneSelection(s, after)
      })
      return true
    }
    set((s) => {
      s.board = after as Draft<Board>
      const last = s.past[s.past.length - 1]
      if (opts?.key && last && last.key === opts.key && now - last.at < COALESCE_MS) {
        last.after = after as Draft<Board>
        last.at = now
      } else {
        s.past.push({ before, after, key: opts?.key, at: now } as Draft<HistoryEntry>)
        if (s.past.length > HISTORY_LIMIT) s.past.splice(0, s.past.length - HISTORY_LIMIT)
      }
      s.future = []
      pruneSelection(s, after)
    })
    return true
  },
  receive: (board) =>
    set((s) => {
      s.board = board as Draft<Board>
      // The next edit must not coalesce into the step before: that step would then span
      // the other tab's change, and undoing it would revert their edit too.
      const last = s.past[s.past.length - 1]
      if (last) delete last.key
      pruneSelection(s, board)
    }),
  undo: () => {
    const { past, board, readOnly } = get()
    const entry = past[past.length - 1]
    if (!entry || !board || readOnly) return
    // Revert only this step, keeping whatever another tab changed since.
    const next = mergeBoards(entry.after, entry.before, board)
    set((s) => {
      s.past.pop()
      // the next edit starts a step of its own, even with the key of the step now on top
      const top = s.past[s.past.length - 1]
      if (top) top.key = undefined
      s.future.push({ ...entry, key: undefined } as Draft<HistoryEntry>)
      s.board = next as Draft<Board>
      pruneSelection(s, next)
    })
  },
  redo: () => {
    const { future, board, readOnly } = get()
    const entry = future[future.length - 1]
    if (!entry || !board || readOnly) return
    const next = mergeBoards(entry.before, entry.after, board)
    set((s) => {
      s.future.pop()
      s.past.push(entry as Draft<HistoryEntry>)
      s.board = next as Draft<Board>
      pruneSelection(s, next)
    })
  },
  finishNewCard: (id, text) => {
    const { past, board } = get()
    const entry = past[past.length - 1]
    const added = entry?.after.cards.find((c) => c.id === id)
    const now = board?.cards.find((c) => c.id === id)
    if (!entry || !board || !added || !now || entry.before.cards.some((c) => c.id === id)) return false
    if (added.text !== '' || JSON.stringify(now) !== JSON.stringify(added)) return false
    if (text.trim() === '') {
      const next = mergeBoards(entry.after, entry.before, board)
      set((s) => {
        s.past.pop()
        const top = s.past[s.past.length - 1]
        if (top) top.key = undefined
        s.board = next as Draft<Board>
        pruneSelection(s, next)
      })
      return true
    }
    const withText = (b: Board) => updateCard(b, id, { text })
    const next = withText(board)
    set((s) => {
      const top = s.past[s.past.length - 1]
      top.after = withText(entry.after) as Draft<Board>
      top.key = undefined
      s.board = next as Draft<Board>
    })
    return true
  },
})

/** Selection and cursor never point at something that no longer exists. */
function pruneSelection(s: Draft<EditorState>, board: Board): void {
  const cards = new Set(board.cards.map((c) => c.id))
  if (s.selectedCardIds.some((id) => !cards.has(id))) s.selectedCardIds = s.selectedCardIds.filter((id) => cards.has(id))
  const links = new Set(board.links.map((l) => l.id))
  if (s.selectedLinkIds.some((id) => !links.has(id))) s.selectedLinkIds = s.selectedLinkIds.filter((id) => links.has(id))
  if (s.editingCardId && !cards.has(s.editingCardId)) s.editingCardId = null
  const c = s.cursor
  if (c) {
    const stageOk = board.stages.some((x) => x.id === c.stageId)
    const laneOk = board.lanes.some((x) => x.id === c.laneId)
    if (!stageOk || !laneOk) s.cursor = null
    else if (c.cardId && !cards.has(c.cardId)) delete c.cardId
  }
}

const selectionSlice = (set: Set): SelectionSlice => ({
  selectedCardIds: [],
  selectedLinkIds: [],
  cursor: null,
  editingCardId: null,
  select: (cardIds, linkIds = []) =>
    set((s) => {
      s.selectedCardIds = cardIds
      s.selectedLinkIds = linkIds
    }),
  setCursor: (c) =>
    set((s) => {
      s.cursor = c
    }),
  setEditing: (id) =>
    set((s) => {
      s.editingCardId = id
    }),
})

const viewSlice = (set: Set): ViewSlice => ({
  customerView: false,
  assumptionsOnly: false,
  belowTarget: false,
  presenting: false,
  setView: (patch) =>
    set((s) => {
      Object.assign(s, patch)
    }),
})

export const createEditorStore = () =>
  create<EditorState>()(
    immer((set, get) => ({
      ...docSlice(set as Set, get),
      ...selectionSlice(set as Set),
      ...viewSlice(set as Set),
    })),
  )

export const useEditor = createEditorStore()
