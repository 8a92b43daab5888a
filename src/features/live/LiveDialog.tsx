// The live session's dialog: the Join link, its QR code, the Viewer link, who is in the room,
// Follow the facilitator and End session.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { endLive, setFollow, useLive } from './liveState'
import { PeopleList } from './PeopleList'

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
    // the QR library comes with the session's dialog, not with the app
    void import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(
        (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
        () => undefined, // no picture: the link is there to copy
      )
    return () => {
      live = false
    }
  }, [text])
  return src ? <img className="live-qr" src={src} alt={t('live.qr')} width={220} height={220} /> : null
}

export function LiveDialog({ open, onClose, error }: { open: boolean; onClose: () => void; error: string | null }) {
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
