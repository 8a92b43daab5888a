// The board's user actions in one registry: toolbar buttons, keyboard shortcuts and menus
// all draw from it (label, shortcut, whether it applies now, what it does).
import { useEditor } from '../../store/editorStore'
import { addCard, addLane, addStage, deleteSelection, duplicateSelection } from './commands'

export interface Action {
  id: string
  /** i18n key of the accessible name. */
  label: string
  /** Shortcut shown in the tooltip. */
  shortcut?: string
  keyTest?: (e: KeyboardEvent) => boolean
  enabled?: () => boolean
  perform: () => void
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k

export const ACTIONS: Action[] = [
  {
    id: 'undo',
    label: 'common.undo',
    shortcut: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: () => useEditor.getState().past.length > 0,
    perform: () => useEditor.getState().undo(),
  },
  {
    id: 'redo',
    label: 'common.redo',
    shortcut: 'Ctrl+Shift+Z',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: () => useEditor.getState().future.length > 0,
    perform: () => useEditor.getState().redo(),
  },
  { id: 'addStage', label: 'board.addStage', perform: () => void addStage() },
  { id: 'addLane', label: 'board.addLane', perform: () => void addLane() },
  { id: 'addCard', label: 'board.addCard', shortcut: 'N', perform: () => void addCard() },
  {
    id: 'duplicate',
    label: 'board.duplicate',
    shortcut: 'Ctrl+D',
    keyTest: (e) => mod(e) && key(e, 'd'),
    enabled: () => useEditor.getState().selectedCardIds.length > 0,
    perform: duplicateSelection,
  },
  {
    id: 'delete',
    label: 'board.delete',
    shortcut: 'Delete',
    enabled: () => useEditor.getState().selectedCardIds.length + useEditor.getState().selectedLinkIds.length > 0,
    perform: () => void deleteSelection(),
  },
]

export const action = (id: string): Action => ACTIONS.find((a) => a.id === id)!

/** Features add their own actions (and shortcuts) here, once, when they are registered. */
export function registerAction(a: Action): void {
  const i = ACTIONS.findIndex((x) => x.id === a.id)
  if (i >= 0) ACTIONS[i] = a
  else ACTIONS.push(a)
}

/** Global shortcuts, except while typing in a field (where the field's own undo applies). */
export function handleShortcut(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null
  if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return false
  for (const a of ACTIONS) {
    if (a.keyTest?.(e) && (a.enabled?.() ?? true)) {
      e.preventDefault()
      a.perform()
      return true
    }
  }
  return false
}
