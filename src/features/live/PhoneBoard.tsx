// A participant's board on a phone (360 × 740): made for thumbs. The stage (the facilitator's,
// while following), a big input to add an irritant, a wow idea or a note to it, and the notes
// this participant wrote, editable and deletable. Every change is a board edit through the
// editor store, so it is saved on this device first and travels to the room like any other.
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { newId } from '../../domain/id'
import { kindOf } from '../../domain/kinds'
import { laneForTag } from '../../domain/kinds/tags'
import * as ops from '../../domain/operations'
import type { Card, CardTag, Id, Voting } from '../../domain/types'
import { activeRound, isFaceDown, noteError, roundNotes, roundStages } from '../../domain/workshop/rounds'
import { dotError, dotsLeft, openVoting, validDots, votableCards } from '../../domain/workshop/voting'
import { useEditor } from '../../store/editorStore'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { useBoardSession } from '../board/useBoardSession'
import { addNote, putDot, removeDot } from '../workshop/edits'
import { roundStagesLabel } from '../workshop/labels'
import { AskSymbol } from '../workshop/RoundSection'
import { TimerReadout } from '../workshop/Timer'
import { PeopleList } from './PeopleList'
import { ownerOf } from '../../sync/permissions'
import { facilitatorOf, setFollow, useLive } from './liveState'

type NoteKind = 'irritant' | 'wow' | 'note'
const KINDS: { key: NoteKind; tag: CardTag; symbol: string }[] = [
  { key: 'irritant', tag: 'irritant', symbol: '▼' },
  { key: 'wow', tag: 'wow', symbol: '★' },
  { key: 'note', tag: 'idea', symbol: '✎' },
]

function MyNote({ card, stageName, faceDown }: { card: Card; stageName: string; faceDown: boolean }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(card.text)
  const k = KINDS.find((x) => x.tag === card.tag) ?? KINDS[2]
  if (editing)
    return (
      <li className="phone-note is-editing">
        <form
          onSubmit={(e) => {
            e.preventDefault()
            const v = text.trim()
            if (v && v !== card.text) useEditor.getState().apply((b) => ops.updateCard(b, card.id, { text: v }))
            setEditing(false)
          }}
        >
          <label className="sr-only" htmlFor={`edit-${card.id}`}>
            {t('live.phone.text')}
          </label>
          <textarea id={`edit-${card.id}`} value={text} rows={3} onChange={(e) => setText(e.currentTarget.value)} autoFocus />
          <div className="phone-note-actions">
            <button type="submit" className="primary">
              {t('live.phone.save')}
            </button>
            <button type="button" onClick={() => (setText(card.text), setEditing(false))}>
              {t('live.phone.cancel')}
            </button>
          </div>
        </form>
      </li>
    )
  return (
    <li className={`phone-note is-${k.key}`}>
      <span className="phone-note-kind">
        <span aria-hidden>{k.symbol}</span> {t(`live.tag.${k.key}`)} · {stageName}
        {faceDown && <span className="badge">{t('live.phone.faceDown')}</span>}
      </span>
      <span className="phone-note-text">{card.text}</span>
      <div className="phone-note-actions">
        <button type="button" aria-label={t('live.phone.editNamed', { text: card.text })} onClick={() => (setText(card.text), setEditing(true))}>
          {t('live.phone.edit')}
        </button>
        <button
          type="button"
          aria-label={t('live.phone.deleteNamed', { text: card.text })}
          onClick={() => useEditor.getState().apply((b) => ops.deleteCards(b, [card.id]))}
        >
          {t('live.phone.delete')}
        </button>
      </div>
    </li>
  )
}

/** A vote under way: the cards that can get dots, this participant's dots left, a dot or a take-back per card. */
function PhoneVote({ voting, me }: { voting: Voting; me: Id }) {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null)
  const cards = votableCards(board, voting)
  const mine = new Map<Id, number>()
  for (const d of validDots(board, voting)) if (d.participantId === me) mine.set(d.cardId, (mine.get(d.cardId) ?? 0) + 1)
  const left = dotsLeft(board, voting, me)
  const myName = board.workshop?.participants?.find((p) => p.id === me)?.name ?? ''
  const excerpt = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s)
  return (
    <section className="phone-vote" aria-labelledby="phone-vote-title">
      <h2 id="phone-vote-title">{t('live.phone.vote')}</h2>
      <p className="phone-dots-left" data-testid="phone-dots-left">
        <span aria-hidden>{'●'.repeat(Math.min(left, 10))}</span> {t('live.phone.dotsLeft', { count: left })}
      </p>
      {cards.length === 0 ? (
        <p className="live-hint">{t('live.phone.noVotable')}</p>
      ) : (
        <ul>
          {cards.map((c) => {
            const n = mine.get(c.id) ?? 0
            const text = excerpt(c.text || t('board.emptyCard'))
            return (
              <li key={c.id} className={n ? 'phone-votable has-mine' : 'phone-votable'}>
                <span className="phone-note-text">{c.text}</span>
                {n > 0 && <span className="phone-my-dots">{t('live.phone.myDots', { count: n })}</span>}
                <div className="phone-note-actions">
                  <button
                    type="button"
                    className="primary"
                    aria-label={t('live.phone.dotNamed', { text: c.text })}
                    onClick={() => {
                      const problem = dotError(useEditor.getState().board!, voting, me, c.id)
                      if (problem) setMessage({ text: t(`workshop.voting.error.${problem}`, { name: myName }), error: true })
                      else if (putDot(voting.id, me, c.id)) setMessage({ text: t('live.phone.placed', { text }) })
                    }}
                  >
                    <span aria-hidden>●</span> {t('live.phone.dot')}
                  </button>
                  {n > 0 && (
                    <button
                      type="button"
                      aria-label={t('live.phone.takeBackNamed', { text: c.text })}
                      onClick={() => removeDot(voting.id, me, c.id) && setMessage({ text: t('live.phone.takenBack', { text }) })}
                    >
                      {t('live.phone.takeBack')}
                    </button>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'live-hint'}>
          {message.text}
        </p>
      )}
    </section>
  )
}

function PhoneParticipant() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const status = useLive((s) => s.status)
  const peers = useLive((s) => s.peers)
  const me = useLive((s) => s.me)
  const follow = useLive((s) => s.follow)
  const refusal = useLive((s) => s.refusal)
  const facilitatorStage = facilitatorOf(peers)?.stageId ?? null
  const [stageId, setStageId] = useState<Id>(() => board.stages[0]?.id ?? '')
  const [noteKind, setNoteKind] = useState<NoteKind>('irritant')
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null)
  const round = activeRound(board)
  // during a round, its stages; else the board's
  const stages = round ? roundStages(board, round) : board.stages
  useEffect(() => {
    if (follow && facilitatorStage && stages.some((s) => s.id === facilitatorStage)) setStageId(facilitatorStage)
  }, [follow, facilitatorStage, stages])
  const stage = stages.find((s) => s.id === stageId) ?? stages[0]
  const hasStages = kindOf(board).hasStages && board.stages.length > 0
  const myId = useLive((s) => s.membership?.participantId ?? null)
  const mine = myId ? board.cards.filter((c) => ownerOf(c) === myId) : []
  const stageName = (id: Id) => board.stages.find((s) => s.id === id)?.name ?? ''
  const voting = openVoting(board)
  const faceDown = !!round?.private && round.revealedAt === undefined

  const add = (e: FormEvent) => {
    e.preventDefault()
    const v = text.trim()
    if (!v) {
      setMessage({ text: t('live.phone.empty'), error: true })
      return
    }
    if (round && stage) {
      // a note of the round: its tag, its lane, face down while the round is private
      const n = { roundId: round.id, stageId: stage.id, text: v, authorId: myId ?? undefined }
      const problem = noteError(board, n)
      if (problem) {
        setMessage({ text: t(`workshop.bar.error.${problem}`), error: true })
        return
      }
      if (addNote(n)) {
        setText('')
        setMessage({ text: faceDown ? t('workshop.bar.addedFaceDown', { stage: stage.name }) : t('live.phone.added', { stage: stage.name }) })
      }
      return
    }
    const k = KINDS.find((x) => x.key === noteKind)!
    const lane = laneForTag(board, k.tag)
    if (!lane) return
    const card: Card = {
      id: newId('c_'),
      stageId: stage?.id ?? board.stages[0]?.id ?? '',
      laneId: lane.id,
      text: v,
      ...(k.key === 'note' ? {} : { tag: k.tag }),
    }
    if (useEditor.getState().apply((b) => ops.addCard(b, card))) {
      setText('')
      setMessage({ text: t('live.phone.added', { stage: stage?.name ?? '' }) })
    }
  }

  return (
    <div className="phone-board">
      <header className="phone-header">
        <h1>{board.title}</h1>
        <span className={`live-status is-${status}`} role="status" data-testid="live-status">
          {t(`live.status.${status === 'idle' ? 'connecting' : status}`)}
        </span>
        <LanguageSelect compact />
      </header>
      <PeopleList peers={peers} me={me} />
      {refusal && (
        <p className="live-notice-inline" role="status">
          {t(refusal.key)}
        </p>
      )}
      <main className="phone-main">
        {voting && myId && <PhoneVote voting={voting} me={myId} />}
        {round && (
          <section className="phone-round" aria-labelledby="phone-round-title">
            <h2 id="phone-round-title" className="sr-only">
              {t('live.phone.round')}
            </h2>
            <p className="phone-round-what">
              <AskSymbol ask={round.ask} size={20} /> <strong>{t(`workshop.ask.${round.ask}`)}</strong>
              <span>· {roundStagesLabel(board, round, t)}</span>
              {round.private && <span className="badge">{t('workshop.round.privateBadge')}</span>}
            </p>
            <TimerReadout hideIdle />
            {faceDown && <p className="live-hint">{t('live.phone.faceDownHint')}</p>}
            {!faceDown && roundNotes(board, round.id).length > 0 && (
              <>
                <h3>{t('live.phone.roundNotes')}</h3>
                <ul className="phone-round-notes">
                  {roundNotes(board, round.id).map((c) => (
                    <li key={c.id}>
                      {c.text} <span className="muted">· {stageName(c.stageId)}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        <form className="phone-add" onSubmit={add} noValidate>
          {hasStages && (
            <>
              <label htmlFor="phone-stage">{t('live.phone.stage')}</label>
              <select id="phone-stage" value={stage?.id ?? ''} onChange={(e) => (setStageId(e.currentTarget.value), setFollow(false))}>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {follow && facilitatorStage && <p className="live-hint">{t('live.phone.following', { stage: stageName(facilitatorStage) })}</p>}
            </>
          )}
          {!round && (
            <fieldset className="phone-kinds">
              <legend>{t('live.phone.kind')}</legend>
              {KINDS.map((k) => (
                <label key={k.key} className={noteKind === k.key ? 'is-on' : ''}>
                  <input type="radio" name="phone-kind" value={k.key} checked={noteKind === k.key} onChange={() => setNoteKind(k.key)} />
                  <span aria-hidden>{k.symbol}</span> {t(`live.tag.${k.key}`)}
                </label>
              ))}
            </fieldset>
          )}
          <label htmlFor="phone-text">{t('live.phone.text')}</label>
          <textarea id="phone-text" rows={3} value={text} maxLength={500} onChange={(e) => setText(e.currentTarget.value)} />
          <button type="submit" className="primary phone-submit">
            {t('live.phone.add')}
          </button>
          {message && (
            <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'live-hint'}>
              {message.text}
            </p>
          )}
        </form>
        <section className="phone-mine" aria-labelledby="phone-mine-title">
          <h2 id="phone-mine-title">{t('live.phone.mine')}</h2>
          {mine.length === 0 ? (
            <p className="live-hint">{t('live.phone.none')}</p>
          ) : (
            <ul>
              {mine.map((c) => (
                <MyNote key={c.id} card={c} stageName={stageName(c.stageId)} faceDown={isFaceDown(board, c)} />
              ))}
            </ul>
          )}
        </section>
        <label className="live-follow">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.currentTarget.checked)} /> {t('live.follow')}
        </label>
      </main>
    </div>
  )
}

/** The board route on a phone, for a participant of a live session. */
export function PhoneBoard({ id }: { id: Id }) {
  const { t } = useTranslation()
  const state = useBoardSession(id)
  const board = useEditor((s) => s.board)
  if (state.status === 'missing')
    return (
      <main className="centered">
        <p role="alert">{t('board.notFound')}</p>
      </main>
    )
  if (state.status === 'unreadable')
    return (
      <main className="centered">
        <p role="alert">{t('board.unreadable')}</p>
        <button onClick={() => location.reload()}>{t('boundary.retry')}</button>
      </main>
    )
  if (state.status === 'loading' || !board)
    return (
      <main className="centered" aria-busy="true">
        {t('board.loading')}
      </main>
    )
  return <PhoneParticipant />
}
