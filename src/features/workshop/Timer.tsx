// The workshop timer on screen: its readout (toolbar, panel, a large one in a corner while
// presenting), its controls, and the watcher that chimes, flashes and tells screen readers when
// it ends. The time left is always computed from the stored end time.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatTimeLeft,
  parseDuration,
  timeLeft,
  timerStatus,
  TIMER_PRESETS_MIN,
  TIMER_WARNING_MS,
  MINUTE,
  type TimerStatus,
} from '../../domain/workshop/timer'
import { useEditor } from '../../store/editorStore'
import { setMuted, useWorkshopView } from '../../store/workshopView'
import { Symbol } from '../../ui/icons'
import { playChime } from './chime'
import { timerAddMinute, timerPause, timerReset, timerResume, timerStart } from './edits'

/** The current time: read when `active` or `key` changes (a timer started, resumed, given +1 min), then every `everyMs` while `active`. */
export function useNow(active: boolean, everyMs = 250, key?: unknown): number {
  const [now, setNow] = useState(Date.now)
  useLayoutEffect(() => {
    const tick = () => setNow(Date.now())
    tick()
    if (!active) return
    const id = setInterval(tick, everyMs)
    return () => clearInterval(id)
  }, [active, everyMs, key])
  return now
}

export function useTimerState() {
  const timer = useEditor((s) => s.board?.workshop?.timer)
  const running = timer?.endsAt !== undefined
  const now = useNow(running, 250, timer)
  const status: TimerStatus = timerStatus(timer, now)
  const left = timeLeft(timer, now)
  return { timer, status, left, warning: status === 'running' && left <= TIMER_WARNING_MS }
}

/** The countdown: minutes and seconds, a symbol and a word for the last seconds and the end (never colour alone). */
export function TimerReadout({ size = 'small', hideIdle = false }: { size?: 'small' | 'large'; hideIdle?: boolean }) {
  const { t } = useTranslation()
  const { timer, status, left, warning } = useTimerState()
  if (!timer || (hideIdle && status === 'idle')) return null
  const time = formatTimeLeft(left)
  const cls = ['timer-readout', `is-${size}`, `is-${status}`, warning ? 'is-warning' : ''].join(' ')
  return (
    <div className={cls} data-testid={size === 'large' ? 'present-timer' : 'timer-readout'} aria-label={t('workshop.timer.timer', { time })} role="group">
      <Symbol name={status === 'ended' ? 'critical' : warning ? 'wait' : 'duration'} size={size === 'large' ? 40 : 18} />
      <span className="timer-time" aria-hidden>
        {time}
      </span>
      {status === 'ended' && <span className="timer-note">{t('workshop.timer.ended')}</span>}
      {status === 'paused' && <span className="timer-note">{t('workshop.timer.pause')}</span>}
      {warning && <span className="sr-only">{t('workshop.timer.lastSeconds')}</span>}
    </div>
  )
}

/** Presets, a typed duration, start / pause / +1 min / reset, and the sound switch. */
export function TimerControls() {
  const { t } = useTranslation()
  const { status } = useTimerState()
  const muted = useWorkshopView((s) => s.muted)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const startTyped = () => {
    const r = parseDuration(typed)
    if ('error' in r) {
      setError(t(`workshop.timer.error.${r.error}`, { text: typed }))
      return
    }
    setError(null)
    timerStart(r.ms)
  }
  return (
    <div className="timer-controls">
      <TimerReadout />
      <div className="button-row" role="group" aria-label={t('workshop.timer.title')}>
        {TIMER_PRESETS_MIN.map((n) => (
          <button key={n} type="button" title={t('workshop.timer.presetHint', { n })} onClick={() => timerStart(n * MINUTE)}>
            {t('workshop.timer.preset', { n })}
          </button>
        ))}
      </div>
      <div className="timer-typed">
        <label className="field">
          {t('workshop.timer.duration')}
          <input
            value={typed}
            placeholder={t('workshop.timer.durationHint')}
            aria-invalid={!!error}
            aria-describedby={error ? 'timer-error' : undefined}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                startTyped()
              }
            }}
          />
        </label>
        <button type="button" onClick={startTyped}>
          {t('workshop.timer.start')}
        </button>
      </div>
      {error && (
        <p id="timer-error" className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {status === 'running' ? (
          <button type="button" onClick={timerPause}>
            {t('workshop.timer.pause')}
          </button>
        ) : (
          <button type="button" onClick={timerResume} disabled={status === 'ended'}>
            {status === 'paused' ? t('workshop.timer.resume') : t('workshop.timer.start')}
          </button>
        )}
        <button type="button" title={t('workshop.timer.plusMinuteHint')} onClick={timerAddMinute}>
          {t('workshop.timer.plusMinute')}
        </button>
        <button type="button" onClick={timerReset}>
          {t('workshop.timer.reset')}
        </button>
        <label className="check">
          <input type="checkbox" checked={!muted} onChange={(e) => setMuted(!e.target.checked)} />
          {t('workshop.timer.sound')}
        </label>
      </div>
    </div>
  )
}

/**
 * Watches the timer wherever it is shown: when it reaches zero on this screen, a short chime
 * (unless muted), a visual flash and a polite announcement. A timer that had already ended when
 * the board was opened is shown as ended, without chiming again.
 */
export function TimerWatcher() {
  const { t } = useTranslation()
  const { status, timer } = useTimerState()
  const previous = useRef<TimerStatus | null>(null)
  const [flash, setFlash] = useState(0)
  const [announce, setAnnounce] = useState('')
  useEffect(() => {
    const before = previous.current
    previous.current = status
    if (status === 'ended' && before === 'running') {
      if (!useWorkshopView.getState().muted) playChime()
      setFlash((n) => n + 1)
      setAnnounce(t('workshop.timer.endedAnnounce'))
    }
    if (status !== 'ended') setAnnounce('')
  }, [status, timer?.endsAt, t])
  useEffect(() => {
    if (!flash) return
    const id = setTimeout(() => setFlash(0), 2500)
    return () => clearTimeout(id)
  }, [flash])
  return (
    <>
      <div className="sr-only" role="status" aria-live="polite" data-testid="timer-announcer">
        {announce}
      </div>
      {flash ? <div key={flash} className="timer-flash" data-testid="timer-flash" aria-hidden /> : null}
    </>
  )
}
