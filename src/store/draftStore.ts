// The text being typed in the open card editor or name box of the board (a draft), so that it
// can be saved while typed and given back after a closed tab or a killed browser. Editors set
// it as they are typed in and end it when the edit is committed or cancelled; the board
// session saves it; a draft read back on opening the board waits in `restored` until its box
// opens and takes it.
import { create } from 'zustand'
import { sameTarget, type DraftTarget, type TextDraft } from '../domain/drafts'

interface DraftState {
  /** The box open now and what is typed in it (null: none). Saved as a draft once it differs from `base`. */
  current: TextDraft | null
  /** A draft read back on opening the board, for its box to take when it opens. */
  restored: TextDraft | null
}

export const useDraft = create<DraftState>(() => ({ current: null, restored: null }))

/** The box editing `target` opened on `base` (the board's text then) and now holds `text`. */
export function typeDraft(target: DraftTarget, text: string, base: string): void {
  const cur = useDraft.getState().current
  if (cur && sameTarget(cur.target, target) && cur.text === text && cur.base === base) return
  useDraft.setState({ current: { target, text, base, at: Date.now() } })
}

/** The edit of `target` is committed or cancelled: its draft is over. */
export function endDraft(target: DraftTarget): void {
  const { current, restored } = useDraft.getState()
  if (sameTarget(current?.target, target)) useDraft.setState({ current: null })
  if (sameTarget(restored?.target, target)) useDraft.setState({ restored: null })
}

/** The box for `target` opens: the draft restored for it, if any (taken: given once). */
export function takeRestoredDraft(target: DraftTarget): TextDraft | null {
  const r = useDraft.getState().restored
  if (!r || !sameTarget(r.target, target)) return null
  useDraft.setState({ restored: null, current: r })
  return r
}
