// Entering and leaving the presentation, and walking through it. Presenting is this screen's
// view, not board data: nothing here is saved or an undo step.
import { useEditor } from '../../store/editorStore'
import { useWorkshopView, type PresentFocus } from '../../store/workshopView'
import { stepPhase, stepStage } from './presentView'

export const isPresenting = () => useEditor.getState().presenting

export function enterPresent(): void {
  const st = useEditor.getState()
  if (!st.board || st.presenting) return
  st.select([])
  st.setEditing(null)
  useWorkshopView.setState({ focus: { at: 'board' }, scroll: 0 })
  st.setView({ presenting: true })
  // Full screen where the browser allows it; otherwise the board fills the window and Escape leaves.
  const root = document.documentElement
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') void root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {})
}

export function leavePresent(): void {
  if (!isPresenting()) return
  useEditor.getState().setView({ presenting: false })
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => {})
}

export const togglePresent = () => (isPresenting() ? leavePresent() : enterPresent())

function focusOn(next: PresentFocus) {
  useWorkshopView.setState({ focus: next, scroll: 0 })
}

export function presentStep(delta: 1 | -1): void {
  const b = useEditor.getState().board
  if (b) focusOn(stepStage(b, useWorkshopView.getState().focus, delta))
}
export function presentPhase(delta: 1 | -1 | 0): void {
  const b = useEditor.getState().board
  if (b) focusOn(stepPhase(b, useWorkshopView.getState().focus, delta))
}
export const presentWhole = () => focusOn({ at: 'board' })
export function presentLast(): void {
  const b = useEditor.getState().board
  const last = b?.stages[b.stages.length - 1]
  if (last) focusOn({ at: 'stage', stageId: last.id })
}
let scrollStep = 300
/** How far one press scrolls (board px): set by the presentation from what fits on screen. */
export const setScrollStep = (px: number) => (scrollStep = Math.max(50, px))

/** Scroll a stage taller than the screen by most of a screen (the view clamps it). */
export function presentScroll(delta: 1 | -1): void {
  const { scroll, focus } = useWorkshopView.getState()
  if (focus.at !== 'stage') return
  useWorkshopView.setState({ scroll: Math.max(0, scroll + delta * scrollStep) })
}
