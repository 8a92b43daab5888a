// The bar of a vote under way: the facilitator picks who is voting, then that person's clicks
// (or Enter on the keyboard cursor's card) place their dots; Delete or the × on their dot takes
// one back. Each dot is recorded as (participant, card).
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Id } from '../../domain/types'
import { initials, participantsOf } from '../../domain/workshop/participants'
import { dotError, dotsLeft, findVoting, openVoting, validDots } from '../../domain/workshop/voting'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { Symbol } from '../../ui/icons'
import { finishVoting, putDot, removeDot } from './edits'
import { OnSurface } from './surface'

const excerpt = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s)

export function VotingBar() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const voting = openVoting(board)
  const self = useWorkshopView((s) => s.self)
  const picked = useWorkshopView((s) => s.voterId)
  // a live session's participant votes as themselves
  const voterId = self ?? picked
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const votingId = voting?.id

  useEffect(() => {
    if (!votingId) return
    const pick = (cardId: Id, takeBack = false) => {
      const b = useEditor.getState().board
      const v = b && findVoting(b, votingId)
      if (!b || !v) return
      const voter = useWorkshopView.getState().self ?? useWorkshopView.getState().voterId
      const p = voter ? b.workshop?.participants?.find((x) => x.id === voter) : undefined
      if (!p) {
        setMessage({ text: t('workshop.voting.error.noVoter'), error: true })
        return
      }
      const card = b.cards.find((c) => c.id === cardId)
      const text = excerpt(card?.text || t('board.emptyCard'))
      if (takeBack) {
        if (removeDot(votingId, p.id, cardId)) setMessage({ text: t('workshop.voting.takenBack', { name: p.name, text }), error: false })
        return
      }
      const problem = dotError(b, v, p.id, cardId)
      if (problem) {
        setMessage({ text: t(`workshop.voting.error.${problem}`, { name: p.name }), error: true })
        return
      }
      if (putDot(votingId, p.id, cardId)) setMessage({ text: t('workshop.voting.placed', { name: p.name, text }), error: false })
    }
    useWorkshopView.setState({ pickCard: pick })
    useEditor.getState().select([])
    // cards are targets for dots now: no arrow handles, a pointer over them
    document.documentElement.classList.add('is-dot-voting')
    return () => {
      useWorkshopView.setState({ pickCard: null })
      document.documentElement.classList.remove('is-dot-voting')
    }
  }, [votingId, t])

  if (!voting) return null
  const participants = participantsOf(board).filter((p) => !self || p.id === self)
  const total = validDots(board, voting).length
  return (
    <OnSurface>
      <section className="workshop-bar voting-bar" aria-label={t('workshop.voting.current')}>
        <div className="workshop-bar-head">
          <strong>
            <Symbol name="vote" size={14} /> {t('workshop.voting.current')}
          </strong>
          <span className="muted">{voting.hideCounts ? t('workshop.voting.hidden') : t('workshop.voting.counting', { count: total })}</span>
          {!self && (
            <button type="button" className="primary" onClick={() => finishVoting(voting.id)}>
              {t('workshop.voting.end')}
            </button>
          )}
        </div>
        <div className="voter-row" role="group" aria-label={t('workshop.voting.voter')}>
          {participants.map((p) => {
            const left = dotsLeft(board, voting, p.id)
            return (
              <button
                key={p.id}
                type="button"
                className={`voter ${voterId === p.id ? 'is-on' : ''}`}
                aria-pressed={voterId === p.id}
                onClick={() => {
                  useWorkshopView.setState({ voterId: p.id })
                  setMessage(null)
                }}
              >
                <span className="voter-initials" aria-hidden>
                  {initials(p.name)}
                </span>
                <span className="voter-name">{p.name}</span>
                <span className="voter-left" aria-label={t('workshop.voting.left', { name: p.name, count: left })}>
                  {Array.from({ length: Math.min(voting.dotsPerParticipant, 10) }, (_, i) => (
                    <span key={i} className={i < left ? 'dot is-left' : 'dot'} aria-hidden />
                  ))}
                  <span aria-hidden> {left}</span>
                </span>
              </button>
            )
          })}
        </div>
        <p className="muted small">{voterId ? t('workshop.voting.hint') : t('workshop.voting.pickVoter')}</p>
        <p className={message?.error ? 'error-text bar-message' : 'bar-message'} role="status" aria-live="polite" data-testid="voting-message">
          {message?.text ?? ''}
        </p>
      </section>
    </OnSurface>
  )
}
