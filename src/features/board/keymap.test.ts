// @vitest-environment jsdom
// The one keymap, with every feature registered (as the app runs): each shortcut's key test
// matches the key it shows, no key does two things where both could apply, every action is
// named in both languages, and keys reach the right action from the right place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import '../register'
import { ACTIONS, handleShortcut, matchesKey, type Action, type ActionScope } from '../../editor/actions'
import { shortcutEvent, shortcutKeys } from '../../editor/keys'
import { i18n } from '../../i18n'
import { useEditor } from '../../store/editorStore'
import type { Board } from '../../domain/types'
import { shortcutGroups, shortcutLabel, useShortcutsDialog } from './shortcutsState'

const press = (text: string, extra: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { ...shortcutEvent(text), ...extra })
const shortcuts = (a: Action) => [a.shortcut, ...(a.altShortcuts ?? [])].filter((s): s is string => !!s)
const scope = (a: Action): ActionScope => a.scope ?? 'board'
/** Two scopes can both be live for one key press: the same scope, or the canvas (which is on the board screen); presenting, only the presentation's keys work. */
const overlap = (a: ActionScope, b: ActionScope) => a === b || (a !== 'cardEditor' && b !== 'cardEditor' && a !== 'present' && b !== 'present')

describe('the keymap', () => {
  const keyed = ACTIONS.filter((a) => a.shortcut)

  it('declares the canvas keys, the board keys and the help key in the registry', () => {
    const ids = keyed.map((a) => a.id)
    for (const id of ['undo', 'redo', 'duplicate', 'addCard', 'edit', 'delete', 'clearSelection', 'finishEditing', 'shortcuts']) expect(ids, id).toContain(id)
    for (const dir of ['left', 'right', 'up', 'down']) expect(ids).toEqual(expect.arrayContaining([`cursor.${dir}`, `nudge.${dir}`]))
  })

  it("each shortcut's key test matches the key it shows (and Ctrl is ⌘ on a Mac)", () => {
    for (const a of keyed)
      for (const s of shortcuts(a)) {
        expect(matchesKey(a, press(s)), `${a.id}: ${s}`).toBe(true)
        if (s.startsWith('Ctrl+')) expect(matchesKey(a, press(s, { ctrlKey: false, metaKey: true })), `${a.id}: ⌘ for ${s}`).toBe(true)
      }
  })

  it('no two actions that can both apply take the same key', () => {
    const clashes: string[] = []
    for (const a of keyed)
      for (const s of shortcuts(a))
        for (const b of ACTIONS)
          if (b !== a && overlap(scope(a), scope(b)) && matchesKey(b, press(s))) clashes.push(`${s}: ${a.id} (${scope(a)}) and ${b.id} (${scope(b)})`)
    expect(clashes).toEqual([])
  })

  it('a key with a modifier is not the key without it (Alt+← moves the card, ← moves the cursor)', () => {
    const byId = (id: string) => ACTIONS.find((a) => a.id === id)!
    expect(matchesKey(byId('cursor.left'), press('Alt+ArrowLeft'))).toBe(false)
    expect(matchesKey(byId('nudge.left'), press('ArrowLeft'))).toBe(false)
    expect(matchesKey(byId('addCard'), press('Ctrl+N'))).toBe(false)
    expect(matchesKey(byId('undo'), press('Ctrl+Shift+Z'))).toBe(false)
  })

  it('names every action, group, scope and key in English and French', () => {
    const missing: string[] = []
    for (const lng of ['en', 'fr']) {
      const has = (k: string) => i18n.exists(k, { lng }) || missing.push(`${lng}: ${k}`)
      for (const a of keyed) {
        has(a.label)
        has(`shortcuts.scope.${scope(a)}`)
        for (const s of shortcuts(a)) for (const k of shortcutKeys(s)) if (k.length > 1) has(`shortcuts.key.${k}`)
      }
      for (const { group } of shortcutGroups()) has(`shortcuts.group.${group}`)
    }
    expect(missing).toEqual([])
    expect(shortcutLabel('Ctrl+Shift+Z', i18n.getFixedT('fr'))).toBe('Ctrl+Maj+Z')
    expect(shortcutLabel('Delete', i18n.getFixedT('fr'))).toBe('Suppr')
    expect(shortcutLabel('Alt+ArrowLeft', i18n.getFixedT('en'))).toBe('Alt+←')
  })

  it('lists every shortcut once, history first', () => {
    const groups = shortcutGroups()
    expect(groups[0].group).toBe('history')
    expect(groups.flatMap((g) => g.actions.map((a) => a.id)).sort()).toEqual(keyed.map((a) => a.id).sort())
  })
})

describe('handling a key press', () => {
  const board: Board = {
    id: 'b',
    title: 'Keys',
    kind: 'journey',
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    lanes: [{ id: 'l1', name: 'Actions', role: 'actions' }],
    cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'First' }],
    links: [],
  }
  let canvas: HTMLElement
  const fire = (el: Element, text: string, handle: (e: KeyboardEvent) => void) => {
    const e = press(text)
    el.addEventListener('keydown', handle as EventListener, { once: true })
    el.dispatchEvent(e)
    return e
  }
  beforeEach(() => {
    useEditor.getState().load(board)
    canvas = document.createElement('div')
    canvas.tabIndex = 0
    document.body.append(canvas)
  })
  afterEach(() => {
    canvas.remove()
    useShortcutsDialog.setState({ open: false })
  })

  it('runs a canvas key on the canvas, once, and tells the board screen it is handled', () => {
    const e = fire(canvas, 'ArrowRight', (ev) => handleShortcut(ev, 'canvas'))
    expect(useEditor.getState().cursor).toMatchObject({ stageId: 's1', laneId: 'l1', cardId: 'c1' })
    expect(e.defaultPrevented).toBe(true)
    // the board screen's listener sees it next and leaves it alone
    expect(handleShortcut(e, 'board')).toBe(false)
    fire(canvas, 'ArrowRight', (ev) => handleShortcut(ev, 'canvas'))
    expect(useEditor.getState().cursor).toMatchObject({ stageId: 's2' })
  })

  it('a canvas key does nothing outside the canvas; a board key works anywhere but in a field or a dialog', () => {
    expect(fire(document.body, 'N', (ev) => handleShortcut(ev, 'board')).defaultPrevented).toBe(false)
    expect(useEditor.getState().board!.cards).toHaveLength(1)

    fire(document.body, '?', (ev) => handleShortcut(ev, 'board'))
    expect(useShortcutsDialog.getState().open).toBe(true)
    useShortcutsDialog.setState({ open: false })

    const input = document.createElement('input')
    canvas.append(input)
    fire(input, '?', (ev) => handleShortcut(ev, 'board'))
    fire(input, 'N', (ev) => handleShortcut(ev, 'canvas'))
    expect(useShortcutsDialog.getState().open).toBe(false)
    expect(useEditor.getState().board!.cards).toHaveLength(1)

    const dialog = document.createElement('dialog')
    dialog.setAttribute('open', '')
    const inside = document.createElement('button')
    dialog.append(inside)
    document.body.append(dialog)
    fire(inside, '?', (ev) => handleShortcut(ev, 'board'))
    expect(useShortcutsDialog.getState().open).toBe(false)
    dialog.remove()
  })

  it('N adds a card at the cursor and starts editing it; Delete removes the card under the cursor; Ctrl+Z brings it back', () => {
    useEditor.getState().setCursor({ stageId: 's2', laneId: 'l1' })
    fire(canvas, 'N', (ev) => handleShortcut(ev, 'canvas'))
    const s = useEditor.getState()
    const added = s.board!.cards.find((c) => c.stageId === 's2')!
    expect(added).toBeDefined()
    expect(s.editingCardId).toBe(added.id)
    useEditor.getState().setEditing(null)
    useEditor.getState().select([])
    useEditor.getState().setCursor({ stageId: 's1', laneId: 'l1', cardId: 'c1' })
    fire(canvas, 'Delete', (ev) => handleShortcut(ev, 'canvas'))
    expect(useEditor.getState().board!.cards.map((c) => c.id)).toEqual([added.id])
    fire(document.body, 'Ctrl+Z', (ev) => handleShortcut(ev, 'board'))
    expect(
      useEditor
        .getState()
        .board!.cards.map((c) => c.id)
        .sort(),
    ).toEqual(['c1', added.id].sort())
  })

  it('a control inside the canvas keeps its own keys (Enter on a menu button opens the menu, adds no card)', () => {
    const button = document.createElement('button')
    canvas.append(button)
    useEditor.getState().setCursor({ stageId: 's2', laneId: 'l1' })
    expect(fire(button, 'Enter', (ev) => handleShortcut(ev, 'canvas')).defaultPrevented).toBe(false)
    expect(useEditor.getState().board!.cards).toHaveLength(1)
  })

  it('an action that does not apply to this board is not run (no stage added to an empathy map)', () => {
    useEditor.getState().load({ ...board, kind: 'empathy' })
    const addStage = ACTIONS.find((a) => a.id === 'addStage')!
    expect(addStage.applies!()).toBe(false)
    useEditor.getState().load(board)
    expect(addStage.applies!()).toBe(true)
  })
})
