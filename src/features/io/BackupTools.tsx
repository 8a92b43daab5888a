// "Back up the workspace" and "Restore a backup" on the home screen. The outcome ("3 boards
// added, 2 already here, 1 kept as a copy") shows in a banner until it is closed.
import { useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { downloadText } from '../../ui/download'
// the backup's code (and the file format's validation library) comes when a backup is made or restored
const backup = () => import('./backup')
import { registerStrings } from '../../i18n'

registerStrings('io', {
  en: { backup: { checking: 'Checking the backup: board {{done}} of {{total}}…' } },
  fr: { backup: { checking: 'Vérification de la sauvegarde : tableau {{done}} sur {{total}}…' } },
})

type Outcome = { ok: boolean; message: string }

/** Save every board and persona of this browser in one file; returns the message for the user. */
export async function downloadWorkspaceBackup(t: (k: string, o?: Record<string, unknown>) => string): Promise<string> {
  const { readWorkspace, serializeWorkspace } = await backup()
  const ws = await readWorkspace()
  const day = new Date().toISOString().slice(0, 10)
  downloadText(`parcours-workspace-${day}.json`, serializeWorkspace(ws))
  return t('io.backup.saved', { boards: t('io.backup.boards', { count: ws.boards.length }), personas: t('io.backup.personas', { count: ws.personas.length }) })
}

export function BackupTools() {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [checked, setChecked] = useState<{ done: number; total: number } | null>(null)
  const input = useRef<HTMLInputElement>(null)

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true)
    setOutcome(null)
    try {
      setOutcome(await work())
    } catch (e) {
      setOutcome({ ok: false, message: t('io.backup.failed', { message: (e as Error).message }) })
    } finally {
      setBusy(false)
    }
  }
  const backUp = () => run(async () => ({ ok: true, message: await downloadWorkspaceBackup(t) }))
  const restore = (file: File) =>
    run(async () => {
      try {
        const { restoreBackupText } = await backup()
        return await restoreBackupText(await file.text(), (done, total) => setChecked({ done, total }))
      } finally {
        setChecked(null)
      }
    })

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void backUp()}>
        {t('io.backup.backUp')}
      </button>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {t('io.backup.restore')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={t('io.backup.restoreFile')}
        data-testid="restore-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void restore(file)
        }}
      />
      {busy && (
        <span className="muted small" role="status">
          {checked
            ? t('io.backup.checking', { done: checked.done.toLocaleString(i18n.language), total: checked.total.toLocaleString(i18n.language) })
            : t('io.backup.working')}
          {checked && <progress max={checked.total} value={checked.done} aria-label={t('io.backup.working')} />}
        </span>
      )}
      {outcome &&
        createPortal(
          <div className={`banner io-banner ${outcome.ok ? '' : 'banner-error'}`} role={outcome.ok ? 'status' : 'alert'} data-testid="backup-outcome">
            <span>{outcome.message}</span>
            <button className="icon-btn" aria-label={t('common.close')} onClick={() => setOutcome(null)}>
              ×
            </button>
          </div>,
          document.body,
        )}
    </>
  )
}
