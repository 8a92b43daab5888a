// "A new version is ready — Reload": shown when a new version of the app is installed.
import { useTranslation } from 'react-i18next'
import { useSaveState } from '../persistence/session'
import { applyUpdate, dismissUpdate, useAppUpdate } from './serviceWorker'
import './updateStrings'
import './updateNotice.css'

export function UpdateNotice() {
  const { t } = useTranslation()
  const { ready, reloading } = useAppUpdate()
  const status = useSaveState((s) => s.status)
  if (!ready) return null
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span aria-hidden="true">⟳</span>
      {!reloading ? (
        <>
          <span>{t('update.ready')}</span>
          <button type="button" className="primary" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        </>
      ) : (
        <span>{status === 'error' ? t('update.unsaved') : t('update.saving')}</span>
      )}
    </div>
  )
}
