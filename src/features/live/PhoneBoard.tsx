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
import type { Card, CardTag, Id } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { useBoardSession } from '../board/useBoardSession'
import { PeopleList } from './PeopleList'
import { ownerOf } from '../../sync/permissions'
import { facilitatorOf, setFollow, useLive } from './liveState'

type NoteKind = 'irritant' | 'wow' | 'note'
const KINDS: { key: NoteKind; tag: CardTag; symbol: string }[] = [
  { key: 'irritant', tag: 'irritant', symbol: '▼' },
  { key: 'wow', tag: 'wow', symbol: '★' },
  { key: 'note', tag: 'idea', symbol: '✎' },
]

function MyNote({ card, stageName }: { card: Card; stageName: string }) {
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
  useEffect(() => {
    if (follow && facilitatorStage && board.stages.some((s) => s.id === facilitatorStage)) setStageId(facilitatorStage)
  }, [follow, facilitatorStage, board.stages])
  const stage = board.stages.find((s) => s.id === stageId) ?? board.stages[0]
  const hasStages = kindOf(board).hasStages && board.stages.length > 0
  const myId = useLive((s) => s.membership?.participantId ?? null)
  const mine = myId ? board.cards.filter((c) => ownerOf(c) === myId) : []
  const stageName = (id: Id) => board.stages.find((s) => s.id === id)?.name ?? ''

  const add = (e: FormEvent) => {
    e.preventDefault()
    const v = text.trim()
    if (!v) {
      setMessage({ text: t('live.phone.empty'), error: true })
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
        <form className="phone-add" onSubmit={add} noValidate>
          {hasStages && (
            <>
              <label htmlFor="phone-stage">{t('live.phone.stage')}</label>
              <select id="phone-stage" value={stage?.id ?? ''} onChange={(e) => (setStageId(e.currentTarget.value), setFollow(false))}>
                {board.stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {follow && facilitatorStage && <p className="live-hint">{t('live.phone.following', { stage: stageName(facilitatorStage) })}</p>}
            </>
          )}
          <fieldset className="phone-kinds">
            <legend>{t('live.phone.kind')}</legend>
            {KINDS.map((k) => (
              <label key={k.key} className={noteKind === k.key ? 'is-on' : ''}>
                <input type="radio" name="phone-kind" value={k.key} checked={noteKind === k.key} onChange={() => setNoteKind(k.key)} />
                <span aria-hidden>{k.symbol}</span> {t(`live.tag.${k.key}`)}
              </label>
            ))}
          </fieldset>
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
                <MyNote key={c.id} card={c} stageName={stageName(c.stageId)} />
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
