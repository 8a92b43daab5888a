// Dot voting in the workshop panel: start a vote (dots each, which cards, one or several dots per
// card, counts hidden or not), the vote under way, and the past votes with their rankings.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CardTag, Voting } from '../../domain/types'
import { activeRound } from '../../domain/workshop/rounds'
import { DEFAULT_DOTS, VOTABLE_TAGS, openVoting, validDots, votingError, votingsOf } from '../../domain/workshop/voting'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { Symbol, TAG_COLORS } from '../../ui/icons'
import { beginVoting, finishVoting } from './edits'
import { roundStagesLabel, timeOfDay } from './labels'

type Scope = 'all' | 'tags' | 'round'

function StartVotingForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const board = useEditor((s) => s.board)!
  const rounds = board.workshop?.rounds ?? []
  const current = activeRound(board) ?? rounds[rounds.length - 1]
  const [dots, setDots] = useState(String(DEFAULT_DOTS))
  const [scope, setScope] = useState<Scope>('all')
  const [tags, setTags] = useState<CardTag[]>(['irritant'])
  const [roundId, setRoundId] = useState(current?.id ?? '')
  const [multiple, setMultiple] = useState(false)
  const [hide, setHide] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = () => {
    const n = Number(dots)
    const v: Omit<Voting, 'id' | 'startedAt'> = { dotsPerParticipant: Number.isFinite(n) ? n : NaN }
    if (scope === 'tags') v.tags = tags
    if (scope === 'round' && roundId) v.roundId = roundId
    if (multiple) v.multiplePerCard = true
    if (hide) v.hideCounts = true
    const problem = votingError(board, v)
    if (problem) {
      setError(t(`workshop.voting.error.${problem}`))
      return
    }
    if (beginVoting(v)) {
      const first = board.workshop?.participants?.[0]
      useWorkshopView.setState({ voterId: first?.id ?? null })
      onDone()
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.voting-bar [aria-pressed="true"]')?.focus())
    }
  }
  return (
    <form
      className="workshop-form"
      aria-label={t('workshop.voting.start')}
      onSubmit={(e) => {
        e.preventDefault()
        start()
      }}
    >
      <label className="field">
        {t('workshop.voting.dots')}
        <input type="number" min={1} max={50} value={dots} onChange={(e) => setDots(e.target.value)} />
      </label>
      <fieldset className="stage-checks">
        <legend>{t('workshop.voting.which')}</legend>
        <label className="check">
          <input type="radio" name="vote-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('workshop.voting.all')}
        </label>
        <label className="check">
          <input type="radio" name="vote-scope" checked={scope === 'tags'} onChange={() => setScope('tags')} />
          {t('workshop.voting.tags')}
        </label>
        {scope === 'tags' && (
          <div className="radio-row indent">
            {VOTABLE_TAGS.map((tag) => (
              <label key={tag} className={`chip ${tags.includes(tag) ? 'is-on' : ''}`}>
                <input
                  type="checkbox"
                  className="cover"
                  checked={tags.includes(tag)}
                  onChange={(e) => setTags((x) => (e.target.checked ? [...x, tag] : x.filter((y) => y !== tag)))}
                />
                <Symbol name={tag} color={TAG_COLORS[tag]} /> {t(`tag.${tag}`)}
              </label>
            ))}
          </div>
        )}
        {rounds.length > 0 && (
          <label className="check">
            <input type="radio" name="vote-scope" checked={scope === 'round'} onChange={() => setScope('round')} />
            {t('workshop.voting.round')}
          </label>
        )}
        {scope === 'round' && (
          <label className="field indent">
            {t('workshop.voting.roundPick')}
            <select value={roundId} onChange={(e) => setRoundId(e.target.value)}>
              {rounds.map((r, i) => (
                <option key={r.id} value={r.id}>
                  {i + 1}. {t(`workshop.ask.${r.ask}`)} · {roundStagesLabel(board, r, t)} · {timeOfDay(r.startedAt, i18n.language)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={multiple} onChange={(e) => setMultiple(e.target.checked)} />
        {t('workshop.voting.multiple')}
      </label>
      <label className="check">
        <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} />
        {t('workshop.voting.hideCounts')}
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('workshop.voting.begin')}
        </button>
        <button type="button" onClick={onDone}>
          {t('workshop.round.cancel')}
        </button>
      </div>
    </form>
  )
}

export function VotingSection() {
  const { t, i18n } = useTranslation()
  const board = useEditor((s) => s.board)!
  const open = openVoting(board)
  const [starting, setStarting] = useState(false)
  const past = votingsOf(board).filter((v) => v.endedAt !== undefined)
  return (
    <section className="workshop-section" aria-labelledby="ws-voting">
      <h3 id="ws-voting">{t('workshop.voting.title')}</h3>
      {open ? (
        <div className="current-round">
          <span>
            <strong>{t('workshop.voting.current')}</strong> ·{' '}
            {open.hideCounts ? t('workshop.voting.hidden') : t('workshop.voting.counting', { count: validDots(board, open).length })}
          </span>
          <button type="button" onClick={() => finishVoting(open.id)}>
            {t('workshop.voting.end')}
          </button>
        </div>
      ) : starting ? (
        <StartVotingForm onDone={() => setStarting(false)} />
      ) : (
        <button type="button" onClick={() => setStarting(true)}>
          {t('workshop.voting.start')}
        </button>
      )}
      {past.length > 0 && (
        <ul className="voting-list">
          {past.map((v) => (
            <li key={v.id}>
              {t('workshop.voting.sessionLine', { time: timeOfDay(v.startedAt, i18n.language), count: validDots(board, v).length })}{' '}
              <button type="button" onClick={() => useWorkshopView.setState({ rankingId: v.id })}>
                {t('workshop.voting.showRanking')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
