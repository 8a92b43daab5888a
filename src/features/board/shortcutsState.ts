// The Keyboard shortcuts dialog's state and its lists' order, shared by the dialog
// (./ShortcutsDialog) and what it lists (./ShortcutsList, loaded once a board is drawn).
import { create } from 'zustand'
import { ACTIONS, registerAction, type Action } from '../../editor/actions'
import { shortcutKeys } from '../../editor/keys'
import './shortcutStrings'

export type T = (key: string, options?: Record<string, unknown>) => string

export const useShortcutsDialog = create<{ open: boolean }>(() => ({ open: false }))
let returnFocus: HTMLElement | null = null

export function openShortcutsDialog(): void {
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null
  useShortcutsDialog.setState({ open: true })
}

export function closeShortcutsDialog(): void {
  useShortcutsDialog.setState({ open: false })
  const to = returnFocus
  returnFocus = null
  if (to?.isConnected) to.focus()
}

registerAction({
  id: 'shortcuts',
  label: 'shortcuts.action.open',
  shortcut: '?',
  keyTest: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey,
  group: 'help',
  perform: openShortcutsDialog,
})

/** A shortcut as text, in the interface's language ("Ctrl+Maj+Z"): for tooltips. */
export const shortcutLabel = (text: string, t: T): string =>
  shortcutKeys(text)
    .map((k) => t(`shortcuts.key.${k}`, { defaultValue: k }))
    .join('+')

/** Groups in the order the dialog lists them; a feature's own group comes after these. */
const GROUP_ORDER = ['history', 'cards', 'navigate', 'board', 'view', 'help', 'general']

export function shortcutGroups(actions: readonly Action[] = ACTIONS): { group: string; actions: Action[] }[] {
  const groups = new Map<string, Action[]>()
  for (const a of actions) {
    if (!a.shortcut) continue
    const g = a.group ?? 'general'
    groups.set(g, [...(groups.get(g) ?? []), a])
  }
  const rank = (g: string) => (GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length)
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([group, list]) => ({ group, actions: list }))
}
