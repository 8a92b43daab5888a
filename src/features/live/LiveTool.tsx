// The live session in the board toolbar: "Start live session" (facilitator), then the session's
// state, who is in the room (initials), and the dialog with the Join link, its QR code, the
// Viewer link and "End session". Refused edits and the end of a session show as a notice.
import { useEffect, useState } from 'react'
import { lazyComponent } from '../../ui/lazyComponent'
import { UiIcon } from '../../ui/icons'
import { useTranslation } from 'react-i18next'
import { startLive, useLive } from './liveState'
import { PeopleList } from './PeopleList'

// the dialog with the links and the QR code comes when first opened, not with the app
const LiveDialog = lazyComponent(() => import('./LiveDialog').then((m) => m.LiveDialog))

const STATUS_SYMBOL: Record<string, string> = { connecting: '…', connected: '●', offline: '⚠', refused: '⊘', ended: '■' }

function LiveNotice() {
  const { t } = useTranslation()
  const refusal = useLive((s) => s.refusal)
  const ended = useLive((s) => s.ended)
  const status = useLive((s) => s.status)
  const [shown, setShown] = useState<string | null>(null)
  useEffect(() => {
    if (refusal) setShown(refusal.key)
  }, [refusal])
  useEffect(() => {
    if (ended) setShown(ended === 'byMe' ? 'live.ended' : 'live.endedByFacilitator')
  }, [ended])
  useEffect(() => {
    if (status === 'refused') setShown('live.refused')
  }, [status])
  if (!shown) return null
  return (
    <div className="live-notice" role="status">
      <span>{t(shown)}</span>
      <button type="button" className="ghost" aria-label={t('live.close')} onClick={() => setShown(null)}>
        <span aria-hidden>×</span>
      </button>
    </div>
  )
}

export function LiveTool() {
  const { t } = useTranslation()
  const m = useLive((s) => s.membership)
  const status = useLive((s) => s.status)
  const peers = useLive((s) => s.peers)
  const me = useLive((s) => s.me)
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => () => setOpen(false), [])
  const start = async () => {
    setBusy(true)
    setError(null)
    const r = await startLive(t('live.facilitatorName'))
    setBusy(false)
    if (r === 'noServer') setError(t('live.noServer'))
    setOpen(true)
  }
  return (
    <>
      {m ? (
        <span className="live-tool">
          {/* the session's state, said to screen readers as it changes; the button shows it */}
          <span className="sr-only" role="status">
            {t(`live.status.${status === 'idle' ? 'connecting' : status}`)}
          </span>
          <button
            type="button"
            className={`live-status is-${status}`}
            data-testid="live-status"
            aria-haspopup="dialog"
            title={t('live.sessionHint')}
            onClick={() => setOpen(true)}
          >
            <span className="sr-only">{t('live.session')}: </span>
            <span aria-hidden>{STATUS_SYMBOL[status] ?? '…'}</span> {t(`live.status.${status === 'idle' ? 'connecting' : status}`)}
          </button>
          <PeopleList peers={peers} me={me} />
        </span>
      ) : (
        <button type="button" className="live-start" title={t('live.startHint')} disabled={busy} onClick={() => void start()}>
          <UiIcon name="on" size={13} /> {busy ? t('live.starting') : t('live.start')}
        </button>
      )}
      {open && <LiveDialog open={open} onClose={() => setOpen(false)} error={error} />}
      <LiveNotice />
    </>
  )
}
