// The participants of the board's workshops: named once, kept with the board.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { participantNameError, participantsOf } from '../../domain/workshop/participants'
import { useEditor } from '../../store/editorStore'
import { InlineInput } from '../../canvas/nodes'
import { deleteParticipant, newParticipant, renameParticipantTo, setNotesAnonymous } from './edits'

export function ParticipantsSection() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)!
  const participants = participantsOf(board)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const add = () => {
    const problem = participantNameError(board, name)
    if (problem) {
      setError(t(`workshop.participants.error.${problem}`, { name: name.trim() }))
      return
    }
    newParticipant(name)
    setName('')
    setError(null)
  }
  return (
    <section className="workshop-section" aria-labelledby="ws-participants">
      <h3 id="ws-participants">{t('workshop.participants.title')}</h3>
      <p className="muted small">{t('workshop.participants.hint')}</p>
      {participants.length ? (
        <ul className="participant-list">
          {participants.map((p) => (
            <li key={p.id}>
              <InlineInput
                value={p.name}
                label={t('workshop.participants.rename', { name: p.name })}
                onCommit={(v) => {
                  const problem = participantNameError(board, v, p.id)
                  if (problem) setError(t(`workshop.participants.error.${problem}`, { name: v.trim() }))
                  else {
                    setError(null)
                    renameParticipantTo(p.id, v)
                  }
                }}
              />
              <button
                type="button"
                className="icon-btn"
                aria-label={t('workshop.participants.remove', { name: p.name })}
                title={t('workshop.participants.remove', { name: p.name })}
                onClick={() => deleteParticipant(p.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('workshop.participants.none')}</p>
      )}
      <div className="inline-form">
        <input
          aria-label={t('workshop.participants.new')}
          placeholder={t('workshop.participants.new')}
          value={name}
          aria-invalid={!!error}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('workshop.participants.add')}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={!!board.workshop?.anonymous} onChange={(e) => setNotesAnonymous(e.target.checked)} />
        {t('workshop.participants.anonymous')}
      </label>
    </section>
  )
}
