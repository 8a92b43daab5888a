// The board's user actions in one registry, after Excalidraw's actions: the toolbar, the
// keyboard and the Keyboard shortcuts dialog all draw from it. Every shortcut is declared here
// (or by a feature with `registerAction`) and handled from here: the canvas and the board
// screen only pass their key presses in, each with its scope.
import { useEditor } from '../store/editorStore'
import { useWorkshopView } from '../store/workshopView'
import { withoutFaceDown } from '../domain/workshop/rounds'
import { kindOf } from '../domain/kinds'
import { lanesBelowVisibility } from '../domain/methods/templates'
import { addCard, addLane, addStage, deleteSelection, duplicateSelection, nudgeSelection } from './commands'
import { moveCursor, type Direction } from './cursor'
import { isShortcut } from './keys'

/**
 * Where a shortcut works: `board` anywhere on the board screen (not while typing in a field),
 * `canvas` while the board canvas has the focus, `cardEditor` while a card's text is edited,
 * `present` anywhere while the board is presented (then no `board` or `canvas` key works: nothing
 * is edited in front of the room).
 * The canvas is on the board screen: a `board` key works there too, so the two never share a key.
 */
export type ActionScope = 'board' | 'canvas' | 'cardEditor' | 'present'

export interface Action {
  id: string
  /** i18n key of the accessible name. */
  label: string
  /** The shortcut, written as `editor/keys` reads it ("Ctrl+Shift+Z", "Alt+ArrowLeft", "N", "?"). */
  shortcut?: string
  /** Other keys that do the same ("Ctrl+Y" for redo). */
  altShortcuts?: string[]
  /** Whether a key press is this action's; by default, one of its shortcuts exactly. */
  keyTest?: (e: KeyboardEvent) => boolean
  /** Default `board`. */
  scope?: ActionScope
  /** Heading it is listed under in the Keyboard shortcuts dialog (`shortcuts.group.<group>`); default `general`. */
  group?: string
  /** Whether it applies to this board at all (a toolbar button is not shown otherwise). */
  applies?: () => boolean
  /** Whether it can run now (a toolbar button is disabled otherwise). */
  enabled?: () => boolean
  perform: () => void
}

const st = () => useEditor.getState()
const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k

/** Move the keyboard cursor, selecting the card it lands on (lanes hidden by the customer view are skipped,
 * and a private round's notes still face down; during a dot vote nothing is selected: Enter places a dot). */
function cursorTo(dir: Direction): void {
  const s = st()
  if (!s.board) return
  const hidden = s.customerView ? lanesBelowVisibility(s.board) : undefined
  const next = moveCursor(withoutFaceDown(s.board), s.cursor, dir, hidden)
  s.setCursor(next)
  s.select(next?.cardId && !useWorkshopView.getState().pickCard ? [next.cardId] : [])
}

/** Move the selected cards (or the card under the cursor) one cell, as a drag would. */
function nudge(dStage: number, dLane: number): void {
  const s = st()
  if (!s.selectedCardIds.length && s.cursor?.cardId) s.select([s.cursor.cardId])
  nudgeSelection(dStage, dLane)
}

const arrow = (dir: Direction) => `Arrow${dir[0].toUpperCase()}${dir.slice(1)}`
const cursorAction = (dir: Direction): Action => ({
  id: `cursor.${dir}`,
  label: `shortcuts.action.cursor.${dir}`,
  shortcut: arrow(dir),
  keyTest: (e) => e.key === arrow(dir) && !e.altKey,
  scope: 'canvas',
  group: 'navigate',
  perform: () => cursorTo(dir),
})
const nudgeAction = (dir: Direction, dStage: number, dLane: number): Action => ({
  id: `nudge.${dir}`,
  label: `shortcuts.action.nudge.${dir}`,
  shortcut: `Alt+${arrow(dir)}`,
  keyTest: (e) => e.key === arrow(dir) && e.altKey,
  scope: 'canvas',
  group: 'cards',
  perform: () => nudge(dStage, dLane),
})

export const ACTIONS: Action[] = [
  {
    id: 'undo',
    label: 'common.undo',
    shortcut: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 'z'),
    group: 'history',
    enabled: () => st().past.length > 0,
    perform: () => st().undo(),
  },
  {
    id: 'redo',
    label: 'common.redo',
    shortcut: 'Ctrl+Shift+Z',
    altShortcuts: ['Ctrl+Y'],
    keyTest: (e) => mod(e) && !e.altKey && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    group: 'history',
    enabled: () => st().future.length > 0,
    perform: () => st().redo(),
  },
  {
    id: 'addStage',
    label: 'board.addStage',
    group: 'board',
    applies: () => !!st().board && kindOf(st().board!).hasStages,
    perform: () => void addStage(),
  },
  { id: 'addLane', label: 'board.addLane', group: 'board', perform: () => void addLane() },
  {
    id: 'addCard',
    label: 'board.addCard',
    shortcut: 'N',
    keyTest: (e) => key(e, 'n') && !mod(e) && !e.altKey,
    scope: 'canvas',
    group: 'cards',
    perform: () => void addCard(),
  },
  {
    id: 'edit',
    label: 'shortcuts.action.edit',
    shortcut: 'Enter',
    keyTest: (e) => e.key === 'Enter' && !mod(e) && !e.altKey,
    scope: 'canvas',
    group: 'cards',
    perform: () => {
      const s = st()
      if (!s.board) return
      const c = s.cursor ?? moveCursor(withoutFaceDown(s.board), null, 'right')
      if (!c) return
      // during a dot vote, Enter on a card places the voting participant's dot
      const pick = useWorkshopView.getState().pickCard
      if (pick) return c.cardId ? pick(c.cardId) : s.setCursor(c)
      if (c.cardId) s.setEditing(c.cardId)
      else addCard({ stageId: c.stageId, laneId: c.laneId })
    },
  },
  {
    id: 'finishEditing',
    label: 'shortcuts.action.finishEditing',
    shortcut: 'Escape',
    altShortcuts: ['Ctrl+Enter'],
    keyTest: (e) => e.key === 'Escape' || (e.key === 'Enter' && mod(e)),
    scope: 'cardEditor',
    group: 'cards',
    // the card editor saves its text when it loses the focus
    perform: () => (document.activeElement as HTMLElement | null)?.blur(),
  },
  {
    id: 'duplicate',
    label: 'board.duplicate',
    shortcut: 'Ctrl+D',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 'd'),
    group: 'cards',
    enabled: () => st().selectedCardIds.length > 0,
    perform: duplicateSelection,
  },
  {
    id: 'delete',
    label: 'board.delete',
    shortcut: 'Delete',
    altShortcuts: ['Backspace'],
    keyTest: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !mod(e) && !e.altKey,
    scope: 'canvas',
    group: 'cards',
    perform: () => {
      const s = st()
      // during a dot vote, Delete takes back one of the voting participant's dots on the card
      const pick = useWorkshopView.getState().pickCard
      if (pick) return void (s.cursor?.cardId && pick(s.cursor.cardId, true))
      if (!s.selectedCardIds.length && !s.selectedLinkIds.length && s.cursor?.cardId) s.select([s.cursor.cardId])
      deleteSelection()
    },
  },
  nudgeAction('left', -1, 0),
  nudgeAction('right', 1, 0),
  nudgeAction('up', 0, -1),
  nudgeAction('down', 0, 1),
  cursorAction('left'),
  cursorAction('right'),
  cursorAction('up'),
  cursorAction('down'),
  {
    id: 'clearSelection',
    label: 'shortcuts.action.clearSelection',
    shortcut: 'Escape',
    keyTest: (e) => e.key === 'Escape',
    scope: 'canvas',
    group: 'navigate',
    perform: () => {
      const s = st()
      s.select([])
      if (s.cursor?.cardId) s.setCursor({ stageId: s.cursor.stageId, laneId: s.cursor.laneId })
    },
  },
]

export const action = (id: string): Action => ACTIONS.find((a) => a.id === id)!

/** Features add their own actions (and shortcuts) here, once, when they are registered. */
export function registerAction(a: Action): void {
  const i = ACTIONS.findIndex((x) => x.id === a.id)
  if (i >= 0) ACTIONS[i] = a
  else ACTIONS.push(a)
}

/** The key presses an action answers: its own test, or its shortcuts exactly. */
export function matchesKey(a: Action, e: KeyboardEvent): boolean {
  if (a.keyTest) return a.keyTest(e)
  return [a.shortcut, ...(a.altShortcuts ?? [])].some((s) => !!s && isShortcut(e, s))
}

const TYPING = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]'
// On the canvas, a focused control inside a node (a menu, a "⋯" button) keeps its own keys.
const CONTROLS = `${TYPING}, button, a[href], [role="menu"], .menu-pop`

/**
 * Run the action a key press is for, in `scope`: the first whose key test passes and that is
 * enabled. Keys typed in a field stay the field's (its own undo, its own Enter), keys in an open
 * dialog stay the dialog's, and a key already handled (by the canvas) is not handled again.
 */
export function handleShortcut(e: KeyboardEvent, scope: ActionScope = 'board'): boolean {
  if (e.defaultPrevented) return false
  // presenting: the board screen's keys are the presentation's, the canvas has none
  if (st().presenting) {
    if (scope === 'canvas') return false
    if (scope === 'board') scope = 'present'
  }
  const target = e.target as HTMLElement | null
  if ((scope === 'board' || scope === 'present') && target?.closest?.(`${TYPING}, dialog[open], [aria-modal="true"]`)) return false
  if (scope === 'canvas' && target?.closest?.(CONTROLS)) return false
  for (const a of ACTIONS) {
    if ((a.scope ?? 'board') !== scope || !matchesKey(a, e)) continue
    if (a.applies && !a.applies()) continue
    if (!(a.enabled?.() ?? true)) continue
    e.preventDefault()
    a.perform()
    return true
  }
  return false
}
