// The "Export" menu of a board: each format registers an item here.
import { useEffect, useRef, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor } from '../../store/editorStore'
import type { Board } from '../../domain/types'
import { downloadBoardFile } from './boardFileExport'

export interface ExportItem {
  id: string
  /** i18n key of the menu item's name. */
  label: string
  /** Place in the menu, lowest first (default 50; the board file is 90). */
  order?: number
  run: (board: Board) => Promise<void> | void
}

const items: ExportItem[] = [{ id: 'json', label: 'export.json', order: 90, run: (b) => downloadBoardFile(b) }]
const hosts: ComponentType[] = []

export function registerExport(item: ExportItem): void {
  if (items.some((i) => i.id === item.id)) return
  items.push(item)
  items.sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
}

/** A component rendered beside the menu (e.g. a dialog an item opens). */
export function registerExportHost(host: ComponentType): void {
  if (!hosts.includes(host)) hosts.push(host)
}

export function ExportMenu() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  const run = async (item: ExportItem) => {
    const board = useEditor.getState().board
    if (!board) return
    setOpen(false)
    setBusy(true)
    setError(null)
    try {
      await item.run(board)
    } catch (e) {
      console.error(e)
      setError(t('export.failed', { message: (e as Error).message }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <div className="menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <button type="button" className="export-menu-button" aria-haspopup="menu" aria-expanded={open} aria-busy={busy} onClick={() => setOpen((o) => !o)}>
          {t('common.export')}
        </button>
        {open && (
          <div className="menu-pop menu-right" role="menu" aria-label={t('common.export')}>
            {items.map((i) => (
              <button key={i.id} role="menuitem" onClick={() => void run(i)}>
                {t(i.label)}
              </button>
            ))}
          </div>
        )}
        {error && (
          <div role="alert" className="toast toast-error">
            {error}
          </div>
        )}
      </div>
      {hosts.map((Host, i) => (
        <Host key={i} />
      ))}
    </>
  )
}
