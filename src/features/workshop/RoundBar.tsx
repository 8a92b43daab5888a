// The quick-entry bar of a round under way: a note per line — type, Enter, and the card lands
// with the round's tag in the round's stage, in the lane that fits, ready for the next one at
// once; Tab moves to the round's next stage. Notes can be typed for a named participant.
// When the board has no lane for these notes (a blueprint has no irritants lane), the first
// note asks the facilitator: add one, or use the customer-actions lane.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newId } from '../../domain/id'
import type { Id, Lane } from '../../domain/types'
import { ASK_NEW_LANE_ROLE, fallbackLane, newLaneIndex } from '../../domain/workshop/lanes'
import { participantsOf } from '../../domain/workshop/participants'
import { activeRound, noteError, roundLane, roundStages } from '../../domain/workshop/rounds'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { addNote } from './edits'
import { AskSymbol, CurrentRound } from './RoundSection'
import { TimerReadout } from './Timer'
import { boardT } from './boardLanguage'
import { OnSurface } from './surface'

export function RoundBar() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const round = activeRound(board)
  const stageId = useWorkshopView((s) => s.noteStageId)
  const self = useWorkshopView((s) => s.self)
  const picked = useWorkshopView((s) => s.noteAuthorId)
  // a live session's participant writes as themselves
  const authorId = self ?? picked
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [askLane, setAskLane] = useState(false)
  const input = useRef<HTMLTextAreaElement>(null)
  const roundId = round?.id

  const stages = round ? roundStages(board, round) : []
  const index = Math.max(
    0,
    stages.findIndex((s) => s.id === stageId),
  )
  const stage = stages[index]
  // the bar's stage is always one of the round's
  useEffect(() => {
    if (round && stages.length && !stages.some((s) => s.id === stageId)) useWorkshopView.setState({ noteStageId: stages[0].id })
  })
  useEffect(() => {
    setAskLane(false)
    setMessage(null)
  }, [roundId])

  if (!round || !stage) return null
  const participants = participantsOf(board)
  const what = t(`workshop.askOne.${round.ask}`)
  const goTo = (i: number) => useWorkshopView.setState({ noteStageId: stages[(i + stages.length) % stages.length].id })

  const submit = (lane?: { add: Lane; index: number } | { use: Id }) => {
    const n = { roundId: round.id, stageId: stage.id, text, authorId: authorId ?? undefined }
    const problem = noteError(board, n)
    if (problem === 'noLane' && !lane) {
      setAskLane(true)
      return
    }
    if (problem && problem !== 'noLane') {
      setMessage({ text: t(`workshop.bar.error.${problem}`), error: true })
      return
    }
    if (!addNote(n, lane)) return
    setText('')
    setAskLane(false)
    const faceDown = round.private && round.revealedAt === undefined
    setMessage({
      text: faceDown ? t('workshop.bar.addedFaceDown', { stage: stage.name }) : t('workshop.bar.added', { stage: stage.name, text: n.text.trim() }),
      error: false,
    })
    input.current?.focus()
  }

  const fallback = fallbackLane(board, round.ask)
  const newRole = ASK_NEW_LANE_ROLE[round.ask]
  // a new lane is named in the board's language, like the rest of what it holds
  const newLaneName = boardT(board)(`role.${newRole}`)
  const needsLane = !roundLane(board, round)

  return (
    <OnSurface>
      <section className="workshop-bar round-bar" aria-label={t('workshop.bar.label')}>
        <div className="workshop-bar-head">
          <CurrentRound compact />
          <TimerReadout hideIdle />
        </div>
        <div className="round-bar-entry">
          <div className="round-bar-stage" role="group" aria-label={t('workshop.bar.stagePick')}>
            <button type="button" className="icon-btn" aria-label={t('workshop.bar.prevStage')} disabled={stages.length < 2} onClick={() => goTo(index - 1)}>
              ◀
            </button>
            <span className="round-bar-stage-name" data-testid="round-bar-stage">
              {t('workshop.bar.stage', { n: board.stages.indexOf(stage) + 1, count: board.stages.length, name: stage.name })}
            </span>
            <button type="button" className="icon-btn" aria-label={t('workshop.bar.nextStage')} disabled={stages.length < 2} onClick={() => goTo(index + 1)}>
              ▶
            </button>
          </div>
          {participants.length > 0 && !self && (
            <label className="round-bar-author">
              {t('workshop.bar.author')}
              <select value={authorId ?? ''} onChange={(e) => useWorkshopView.setState({ noteAuthorId: e.target.value || null })}>
                <option value="">{t('workshop.bar.nobody')}</option>
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="round-bar-field">
            <AskSymbol ask={round.ask} size={22} />
            <textarea
              ref={input}
              rows={1}
              className="round-bar-input"
              aria-label={t('workshop.bar.note', { what, n: board.stages.indexOf(stage) + 1, stage: stage.name })}
              aria-describedby="round-bar-hint"
              placeholder={t('workshop.bar.placeholder')}
              value={text}
              onChange={(e) => setText(e.target.value.replace(/\n/g, ' '))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault()
                  submit()
                } else if (e.key === 'Tab' && stages.length > 1) {
                  // Tab walks the round's stages; past the last (or before the first) it leaves the bar
                  const next = index + (e.shiftKey ? -1 : 1)
                  if (next >= 0 && next < stages.length) {
                    e.preventDefault()
                    goTo(next)
                  }
                } else if (e.key === 'Escape') {
                  e.preventDefault()
                  ;(e.target as HTMLElement).blur()
                }
              }}
            />
          </span>
        </div>
        {askLane && needsLane && (
          <div className="lane-choice" role="group" aria-label={t('workshop.bar.noLane', { what: t(`workshop.ask.${round.ask}`).toLocaleLowerCase() })}>
            <span>{t('workshop.bar.noLane', { what: t(`workshop.ask.${round.ask}`).toLocaleLowerCase() })}</span>
            <button
              type="button"
              className="primary"
              onClick={() => submit({ add: { id: newId('l_'), name: newLaneName, role: newRole }, index: newLaneIndex(board, round.ask) })}
            >
              {t('workshop.bar.addLane', { name: newLaneName })}
            </button>
            {fallback && (
              <button type="button" onClick={() => submit({ use: fallback.id })}>
                {t('workshop.bar.useLane', { name: fallback.name })}
              </button>
            )}
          </div>
        )}
        <p id="round-bar-hint" className="muted small">
          {t('workshop.bar.hint')}
        </p>
        <p className={message?.error ? 'error-text bar-message' : 'bar-message'} role="status" aria-live="polite" data-testid="round-message">
          {message?.text ?? ''}
        </p>
      </section>
    </OnSurface>
  )
}
