// The workshop panel beside the board: the timer, the participants, rounds and their log, dot
// voting and its rankings, and the workshop summary.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { ParticipantsSection } from './ParticipantsSection'
import { RoundSection } from './RoundSection'
import { TimerControls } from './Timer'
import { VotingSection } from './VotingSection'
import { BesideBoard } from './surface'

function SummarySection() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: 'pdf' | 'png') => {
    const board = useEditor.getState().board
    if (!board) return
    setBusy(true)
    setError(null)
    try {
      // the summary's image and PDF code (and the export pipeline it draws with) come when asked for
      await (await import('./summary')).downloadSummary(board, format)
    } catch (e) {
      console.error(e)
      setError(t('workshop.summary.failed', { message: (e as Error).message }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="workshop-section" aria-labelledby="ws-summary" aria-busy={busy}>
      <h3 id="ws-summary">{t('workshop.summary.title')}</h3>
      <p className="muted small">{t('workshop.summary.hint')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run('pdf')}>
          {t('workshop.summary.pdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('png')}>
          {t('workshop.summary.png')}
        </button>
      </div>
      {busy && (
        <p className="muted small" role="status">
          {t('workshop.summary.busy')}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

export function WorkshopPanel() {
  const { t } = useTranslation()
  const open = useWorkshopView((s) => s.panelOpen)
  const presenting = useEditor((s) => s.presenting)
  if (!open || presenting) return null
  return (
    <BesideBoard>
      <aside className="inspector workshop-panel" aria-label={t('workshop.panel')}>
        <header>
          <h2>{t('workshop.panel')}</h2>
          <button className="icon-btn" aria-label={t('workshop.closePanel')} onClick={() => useWorkshopView.setState({ panelOpen: false })}>
            ×
          </button>
        </header>
        <section className="workshop-section" aria-labelledby="ws-timer">
          <h3 id="ws-timer">{t('workshop.timer.title')}</h3>
          <TimerControls />
        </section>
        <ParticipantsSection />
        <RoundSection />
        <VotingSection />
        <SummarySection />
      </aside>
    </BesideBoard>
  )
}
