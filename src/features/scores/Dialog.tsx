// A modal dialog: focus moves into it when it opens and back where it was when it closes;
// Escape closes it; Tab stays inside.
import { useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'

export function Dialog({
  title,
  onClose,
  children,
  wide,
  className,
}: {
  title: string
  onClose: () => void
  children: React.ReactNode
  wide?: boolean
  className?: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>('h2')
    first?.focus()
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [])
  // Escape closes it even when the focus was lost to the page (a form that was just removed)
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || ref.current?.contains(e.target as Node)) return
      if (document.activeElement && document.activeElement !== document.body) return
      e.preventDefault()
      close.current()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation() // the board's shortcuts stay out of the dialog
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
    if (e.key === 'Tab' && ref.current) {
      const focusable = [...ref.current.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
        (el) => !el.hasAttribute('disabled') && el.offsetParent !== null,
      )
      if (!focusable.length) return
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first.focus()
      }
    }
  }
  return createPortal(
    <div className="dialog-backdrop scores-backdrop" onKeyDown={onKeyDown}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={id} className={`dialog scores-dialog ${wide ? 'is-wide' : ''} ${className ?? ''}`}>
        <header className="scores-dialog-head">
          <h2 id={id} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" className="icon-btn" aria-label={t('scores.close')} onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>,
    document.body,
  )
}
