// The Keyboard shortcuts dialog: every action of the registry that has a shortcut, grouped,
// with its keys named as the interface's language prints them. Opened by "?" (an action of
// the registry like any other) and from the Help menu of the board toolbar.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import './shortcuts.css'
import { lazyComponent } from '../../ui/lazyComponent'
import { closeShortcutsDialog, openShortcutsDialog, useShortcutsDialog } from './shortcutsState'

const ShortcutsList = lazyComponent(() => import('./ShortcutsList').then((m) => m.ShortcutsList))

export function ShortcutsDialog() {
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
  // its list's code comes once the board is drawn, not with the app's first load
  useEffect(() => void ShortcutsList.preload().catch(() => undefined), [])
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
      {open && <ShortcutsList />}
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
