// Rounds in the workshop panel: start one (what, where, how long, private or not), the one under
// way (reveal, end), and the round log.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROUND_ASKS, type RoundAsk } from '../../domain/types'
import { activeRound, roundError, roundLog } from '../../domain/workshop/rounds'
import { parseDuration } from '../../domain/workshop/timer'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { Symbol } from '../../ui/icons'
import { ASK_TAG } from '../../domain/workshop/lanes'
import { TAG_COLORS } from '../../ui/icons'
import { beginRound, finishRound, reveal } from './edits'
import { durationLabel, roundStagesLabel } from './labels'
import { useNow } from './Timer'

export function AskSymbol({ ask, size = 16 }: { ask: RoundAsk; size?: number }) {
  const tag = ASK_TAG[ask]
  return tag ? <Symbol name={tag} color={TAG_COLORS[tag]} size={size} /> : null
}

function StartRoundForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const cursorStage = useEditor((s) => s.cursor?.stageId)
  const [ask, setAsk] = useState<RoundAsk>('irritant')
  const [stageIds, setStageIds] = useState<string[]>(
    () => [cursorStage && board.stages.some((s) => s.id === cursorStage) ? cursorStage : board.stages[0]?.id].filter(Boolean) as string[],
  )
  const [duration, setDuration] = useState('5')
  const [isPrivate, setPrivate] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const all = board.stages.length > 0 && board.stages.every((s) => stageIds.includes(s.id))
  const toggle = (id: string, on: boolean) => setStageIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))
  const start = () => {
    let durationMs: number | undefined
    if (duration.trim()) {
      const d = parseDuration(duration)
      if ('error' in d) {
        setError(t(`workshop.timer.error.${d.error}`, { text: duration }))
        return
      }
      durationMs = d.ms
    }
    const problem = roundError(board, { ask, stageIds, durationMs })
    if (problem) {
      setError(t(`workshop.round.error.${problem}`))
      return
    }
    if (beginRound({ ask, stageIds, durationMs, private: isPrivate })) {
      onDone()
      // the quick-entry bar takes the keyboard at once
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.round-bar-input')?.focus())
    }
  }
  return (
    <form
      className="workshop-form"
      aria-label={t('workshop.round.start')}
      onSubmit={(e) => {
        e.preventDefault()
        start()
      }}
    >
      <fieldset className="radio-row">
        <legend>{t('workshop.round.what')}</legend>
        {ROUND_ASKS.map((a) => (
          <label key={a} className={`chip ${ask === a ? 'is-on' : ''}`}>
            <input type="radio" name="round-ask" checked={ask === a} onChange={() => setAsk(a)} />
            <AskSymbol ask={a} />
            {t(`workshop.ask.${a}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="stage-checks">
        <legend>{t('workshop.round.where')}</legend>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setStageIds(e.target.checked ? board.stages.map((s) => s.id) : [])} />
          {t('workshop.round.allStages')}
        </label>
        {board.stages.map((s, i) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={stageIds.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            {i + 1}. {s.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('workshop.round.howLong')}
        <input value={duration} onChange={(e) => setDuration(e.target.value)} placeholder={t('workshop.round.noTimer')} />
      </label>
      <label className="check">
        <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />
        {t('workshop.round.private')}
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('workshop.round.begin')}
        </button>
        <button type="button" onClick={onDone}>
          {t('workshop.round.cancel')}
        </button>
      </div>
    </form>
  )
}

/** The round under way: what it asks, where, and its Reveal / End round buttons. */
export function CurrentRound({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const round = activeRound(board)
  // revealing and ending are the facilitator's (a live session's participant has not them)
  const participant = useWorkshopView((s) => s.self !== null)
  if (!round) return null
  const hidden = round.private && round.revealedAt === undefined
  return (
    <div className={compact ? 'current-round is-compact' : 'current-round'}>
      <span className="current-round-what">
        <AskSymbol ask={round.ask} size={compact ? 18 : 16} /> <strong>{t(`workshop.ask.${round.ask}`)}</strong> · {roundStagesLabel(board, round, t)}
        {round.private && <span className="badge">{t('workshop.round.privateBadge')}</span>}
      </span>
      {!participant && (
        <span className="button-row">
          {hidden && (
            <button type="button" title={t('workshop.round.revealHint')} onClick={() => reveal(round.id)}>
              {t('workshop.round.reveal')}
            </button>
          )}
          <button type="button" onClick={() => finishRound(round.id)}>
            {t('workshop.round.end')}
          </button>
        </span>
      )}
    </div>
  )
}

export function RoundLog() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const now = useNow(!!activeRound(board), 1000)
  const log = roundLog(board, now)
  if (!log.length) return <p className="muted small">{t('workshop.round.logEmpty')}</p>
  return (
    <ol className="round-log">
      {log.map((l) => (
        <li key={l.round.id}>
          <AskSymbol ask={l.ask} />{' '}
          {t('workshop.round.logLine', {
            what: t(`workshop.ask.${l.ask}`),
            stages: roundStagesLabel(board, l.round, t),
            duration: durationLabel(l.durationMs),
            count: l.notes,
          })}
          {' · '}
          {l.active ? t('workshop.round.underWay') : t('workshop.round.ran', { time: durationLabel(l.ranMs) })}
          {l.round.private && l.round.revealedAt === undefined && (
            <>
              {' · '}
              {t('workshop.round.logPrivate')}{' '}
              {!l.active && (
                <button type="button" onClick={() => reveal(l.round.id)}>
                  {t('workshop.round.reveal')}
                </button>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  )
}

export function RoundSection() {
  const { t } = useTranslation()
  const active = useEditor((s) => !!(s.board && activeRound(s.board)))
  const [starting, setStarting] = useState(false)
  return (
    <section className="workshop-section" aria-labelledby="ws-rounds">
      <h3 id="ws-rounds">{t('workshop.round.title')}</h3>
      {active && <CurrentRound />}
      {starting ? (
        <StartRoundForm onDone={() => setStarting(false)} />
      ) : (
        <button type="button" className={active ? '' : 'primary'} onClick={() => setStarting(true)}>
          {t('workshop.round.start')}
        </button>
      )}
      <h4>{t('workshop.round.log')}</h4>
      <RoundLog />
    </section>
  )
}
