// The live session in the board toolbar: "Start live session" (facilitator), then the session's
// state, who is in the room (initials), and the dialog with the Join link, its QR code, the
// Viewer link and "End session". Refused edits and the end of a session show as a notice.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import { endLive, initials, setFollow, startLive, useLive } from './liveState'
import type { Presence } from '../../sync/liveSession'

const STATUS_SYMBOL: Record<string, string> = { connecting: '…', connected: '●', offline: '⚠', refused: '⊘', ended: '■' }

export function PeopleList({ peers, me }: { peers: Presence[]; me: number | null }) {
  const { t } = useTranslation()
  const names = peers.map((p) => (p.client === me ? t('live.you', { name: p.name }) : p.name))
  return (
    <ul className="live-people" aria-label={t('live.people', { names: names.join(', ') })}>
      {peers.map((p) => (
        <li
          key={p.client}
          className={`live-person is-${p.role}`}
          style={{ background: p.color }}
          title={`${p.client === me ? t('live.you', { name: p.name }) : p.name} — ${t(`live.role.${p.role}`)}`}
        >
          <span aria-hidden>{initials(p.name)}</span>
          <span className="sr-only">
            {p.client === me ? t('live.you', { name: p.name }) : p.name} ({t(`live.role.${p.role}`)})
          </span>
        </li>
      ))}
    </ul>
  )
}

function CopyField({ label, hint, value, id }: { label: string; hint: string; value: string; id: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const ref = useRef<HTMLInputElement>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
    } catch {
      // no async clipboard over plain http on a LAN address: select the text for Ctrl+C
      ref.current?.select()
      document.execCommand?.('copy')
    }
    setCopied(true)
  }
  return (
    <div className="live-link">
      <label htmlFor={id}>{label}</label>
      <div className="live-link-row">
        <input id={id} ref={ref} className="mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} aria-describedby={`${id}-hint`} />
        <button type="button" onClick={() => void copy()}>
          {copied ? t('live.copied') : t('live.copy')}
        </button>
      </div>
      <p id={`${id}-hint`} className="live-hint">
        {hint}
      </p>
    </div>
  )
}

function Qr({ text }: { text: string }) {
  const { t } = useTranslation()
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
    )
    return () => {
      live = false
    }
  }, [text])
  return src ? <img className="live-qr" src={src} alt={t('live.qr')} width={220} height={220} /> : null
}

function LiveDialog({ open, onClose, error }: { open: boolean; onClose: () => void; error: string | null }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const m = useLive((s) => s.membership)
  const peers = useLive((s) => s.peers)
  const me = useLive((s) => s.me)
  const follow = useLive((s) => s.follow)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal?.()
    else if (!open && d.open) d.close?.()
  }, [open])
  const lanOnly = m?.links && /^https?:\/\/(localhost|127\.)/.test(m.links.participant)
  return (
    <dialog
      ref={ref}
      className="live-dialog"
      aria-labelledby="live-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <div className="live-dialog-body">
          <h2 id="live-title">{t('live.dialogTitle')}</h2>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          {m?.links && (
            <div className="live-links">
              <Qr text={m.links.participant} />
              <div className="live-links-text">
                <CopyField id="live-join-link" label={t('live.joinLink')} hint={t('live.joinLinkHint')} value={m.links.participant} />
                <CopyField id="live-viewer-link" label={t('live.viewerLink')} hint={t('live.viewerLinkHint')} value={m.links.viewer} />
                {lanOnly && <p className="live-hint">{t('live.localOnly')}</p>}
              </div>
            </div>
          )}
          {m && (
            <>
              <p className="live-count">{t('live.peopleCount', { count: peers.length })}</p>
              <PeopleList peers={peers} me={me} />
            </>
          )}
          {m && m.role !== 'facilitator' && (
            <label className="live-follow">
              <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.currentTarget.checked)} /> {t('live.follow')}
            </label>
          )}
          <div className="live-dialog-actions">
            {m?.role === 'facilitator' && (
              <button
                type="button"
                className="danger"
                onClick={() => {
                  if (!confirm(t('live.endConfirm'))) return
                  void endLive().then(onClose)
                }}
              >
                <span aria-hidden>■</span> {t('live.end')}
              </button>
            )}
            <button type="button" className="primary" onClick={onClose}>
              {t('live.close')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  )
}

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
          <span aria-hidden>◉</span> {busy ? t('live.starting') : t('live.start')}
        </button>
      )}
      <LiveDialog open={open} onClose={() => setOpen(false)} error={error} />
      <LiveNotice />
    </>
  )
}
