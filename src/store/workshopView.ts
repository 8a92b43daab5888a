// What one screen shows of a workshop — not board data: who is voting on this screen, which
// stage the presentation is on, the high-contrast and mute switches, what panel is open. (In a
// live session each device has its own; presence and "follow the facilitator" belong to the
// sync engine's awareness, not to the board.)
import { create } from 'zustand'
import type { Id } from '../domain/types'

export type PresentFocus = { at: 'board' } | { at: 'stage'; stageId: Id } | { at: 'phase'; phaseId: Id }

export interface WorkshopViewState {
  /** The participant whose clicks place dots on this screen. */
  voterId: Id | null
  /**
   * A live session's participant: this device is theirs, so its notes and dots are theirs (no
   * picking who votes or writes) and the facilitator's controls are not offered. Null elsewhere.
   */
  self: Id | null
  /** What the presentation shows. */
  focus: PresentFocus
  /** How far down a stage taller than the screen is scrolled (board px). */
  scroll: number
  highContrast: boolean
  muted: boolean
  panelOpen: boolean
  /** The voting whose ranking is shown. */
  rankingId: Id | null
  /** The quick-entry bar's stage and author. */
  noteStageId: Id | null
  noteAuthorId: Id | null
  /**
   * While set, a click on a card (or Enter on the keyboard cursor's card) "picks" it instead of
   * selecting it — dot voting; Delete on the cursor's card takes one back. The canvas calls it
   * and selects nothing.
   */
  pickCard: ((cardId: Id, takeBack?: boolean) => void) | null
}

const MUTE_KEY = 'parcours:workshop-muted'
function savedMute(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1'
  } catch {
    return false
  }
}

export const useWorkshopView = create<WorkshopViewState>(() => ({
  voterId: null,
  self: null,
  focus: { at: 'board' },
  scroll: 0,
  highContrast: false,
  muted: savedMute(),
  panelOpen: false,
  rankingId: null,
  noteStageId: null,
  noteAuthorId: null,
  pickCard: null,
}))

export function setMuted(muted: boolean): void {
  useWorkshopView.setState({ muted })
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0')
  } catch {
    /* the switch lasts for this tab */
  }
}
