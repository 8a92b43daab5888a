// The Keyboard shortcuts dialog: every action of the registry that has a shortcut, grouped,
// with its keys named as the interface's language prints them. Opened by "?" (an action of
// the registry like any other) and from the Help menu of the board toolbar.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { ACTIONS, registerAction, type Action, type ActionScope } from '../../editor/actions'
import { shortcutKeys } from '../../editor/keys'
import './shortcutStrings'
import './shortcuts.css'

type T = (key: string, options?: Record<string, unknown>) => string

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

function Keys({ text, t }: { text: string; t: T }) {
  const keys = shortcutKeys(text)
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => {
        const shown = t(`shortcuts.key.${k}`, { defaultValue: k })
        const name = t(`shortcuts.keyName.${k}`, { defaultValue: '' })
        return (
          <span key={i}>
            {i > 0 && <span aria-hidden>+</span>}
            <kbd>
              {name ? (
                <>
                  <span aria-hidden>{shown}</span>
                  <span className="sr-only">{name}</span>
                </>
              ) : (
                shown
              )}
            </kbd>
          </span>
        )
      })}
    </span>
  )
}

function Row({ a, t }: { a: Action; t: T }) {
  const scope: ActionScope = a.scope ?? 'board'
  const all = [a.shortcut!, ...(a.altShortcuts ?? [])]
  return (
    <tr data-action={a.id}>
      <th scope="row">{t(a.label)}</th>
      <td>
        {all.map((s, i) => (
          <span key={s}>
            {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
            <Keys text={s} t={t} />
          </span>
        ))}
      </td>
      <td className="shortcut-scope">{t(`shortcuts.scope.${scope}`)}</td>
    </tr>
  )
}

export function ShortcutsDialog() {
  const { t } = useTranslation()
  const open = useShortcutsDialog((s) => s.open)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close()
      else d.removeAttribute('open')
    }
  }, [open])
  useEffect(() => () => useShortcutsDialog.setState({ open: false }), []) // leaving the board closes it
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(e) => {
        e.preventDefault()
        closeShortcutsDialog()
      }}
    >
      {open && (
        <>
          <header className="shortcuts-head">
            <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
            <button type="button" className="icon-btn" aria-label={t('shortcuts.close')} onClick={closeShortcutsDialog}>
              ×
            </button>
          </header>
          <p className="muted small">{t('shortcuts.intro')}</p>
          {shortcutGroups().map(({ group, actions }) => (
            <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
              <h3 id={`shortcuts-${group}`}>{t(`shortcuts.group.${group}`, { defaultValue: group })}</h3>
              <table>
                <colgroup>
                  <col className="shortcut-col-action" />
                  <col className="shortcut-col-keys" />
                  <col />
                </colgroup>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t('shortcuts.column.action')}</th>
                    <th scope="col">{t('shortcuts.column.keys')}</th>
                    <th scope="col">{t('shortcuts.column.where')}</th>
                  </tr>
                </thead>
                <tbody>
                  {actions.map((a) => (
                    <Row key={a.id} a={a} t={t} />
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </dialog>
  )
}

/** The Help menu of the board toolbar: the Keyboard shortcuts dialog. */
export function HelpMenu() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  const button = useRef<HTMLButtonElement>(null)
  return (
    <div
      className="menu"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('shortcuts.help')}
      </button>
      {open && (
        <div className="menu-pop menu-right" role="menu" aria-label={t('shortcuts.help')}>
          <button
            role="menuitem"
            autoFocus
            onClick={() => {
              setOpen(false)
              button.current?.focus()
              openShortcutsDialog()
            }}
          >
            {t('shortcuts.title')} <kbd aria-hidden>?</kbd>
          </button>
        </div>
      )}
    </div>
  )
}
