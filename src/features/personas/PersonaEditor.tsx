// The form of one persona: every field, the photo upload, primary or secondary.
// Nothing is stored until Save; a refused photo or age changes nothing.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newId } from '../../domain/id'
import { createPersona, listFromText, listToText, parseAge, PERSONA_LIMITS, updatePersona } from '../../domain/personas'
import type { PersonaForm, PersonaFormField } from '../../domain/personaDrafts'
import type { Persona } from '../../domain/types'
import { PersonaAvatar } from './PersonaAvatar'
import { PHOTO_ACCEPT, PhotoError, resizePhoto } from './photo'

/** The form as typed (see domain/personaDrafts: it is also what a persona draft keeps). */
export type Draft = PersonaForm

export function draftOf(p: Persona | undefined): Draft {
  return {
    name: p?.name ?? '',
    role: p?.role ?? '',
    age: p?.age === undefined ? '' : String(p.age),
    summary: p?.summary ?? '',
    quote: p?.quote ?? '',
    goals: listToText(p?.goals),
    frustrations: listToText(p?.frustrations),
    behaviours: listToText(p?.behaviours),
    digital: p?.digital ?? '',
    primary: !!p?.primary,
    photo: p?.photo ?? '',
  }
}

export { sameForm as sameDraft } from '../../domain/personaDrafts'

export type DraftResult = { ok: true; persona: Persona } | { ok: false; field: 'name' | 'age'; message: string }

/** The persona a draft describes, or the first thing wrong with it. */
export function personaFromDraft(d: Draft, existing: Persona | undefined, t: (k: string, o?: Record<string, unknown>) => string): DraftResult {
  if (!d.name.trim()) return { ok: false, field: 'name', message: t('personas.nameRequired') }
  const age = parseAge(d.age)
  if (!age.ok) return { ok: false, field: 'age', message: t('personas.ageInvalid', { value: d.age.trim() }) }
  const fields = {
    name: d.name,
    role: d.role || undefined,
    age: age.age,
    summary: d.summary || undefined,
    quote: d.quote || undefined,
    goals: listFromText(d.goals),
    frustrations: listFromText(d.frustrations),
    behaviours: listFromText(d.behaviours),
    digital: d.digital || undefined,
    primary: d.primary || undefined,
    photo: d.photo || undefined,
  }
  return { ok: true, persona: existing ? updatePersona(existing, fields) : createPersona(newId('pe_'), fields) }
}

interface Props {
  persona: Persona | undefined
  draft: Draft
  /** `field`: the text field just typed in (none for the photo and the importance). */
  onChange: (d: Draft, field?: PersonaFormField) => void
  /** The field focused when the form opens (a form given back with a draft: the one last typed in). */
  focus?: PersonaFormField
  onSave: (p: Persona) => Promise<void>
  onCancel: () => void
}

export function PersonaEditor({ persona, draft, onChange, focus = 'name', onSave, onCancel }: Props) {
  const { t } = useTranslation()
  const uid = useId()
  const [error, setError] = useState<{ field: 'name' | 'age' | 'photo' | 'save'; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const nameRef = useRef<HTMLInputElement>(null)
  const ageRef = useRef<HTMLInputElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => onChange({ ...draft, [k]: v }, typeof v === 'string' && k !== 'photo' ? k : undefined)

  // Focus on the name, or on the field a draft was given back for (the caret after its text).
  useEffect(() => {
    const el = formRef.current?.elements.namedItem(focus)
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return nameRef.current?.focus()
    el.focus()
    if (focus !== 'name') el.setSelectionRange(el.value.length, el.value.length)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the form opens
  }, [])

  const pickPhoto = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = '' // choosing the same file again must fire again
    if (!file) return
    setBusy(true)
    try {
      const photo = await resizePhoto(file)
      onChange({ ...draft, photo })
      setError((e) => (e?.field === 'photo' ? null : e))
    } catch (err) {
      const problem = err instanceof PhotoError ? err.problem : 'decode'
      setError({ field: 'photo', message: t(`personas.photoError.${problem}`) })
    } finally {
      setBusy(false)
    }
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const r = personaFromDraft(draft, persona, t)
    if (!r.ok) {
      setError({ field: r.field, message: r.message })
      ;(r.field === 'name' ? nameRef : ageRef).current?.focus()
      return
    }
    try {
      await onSave(r.persona)
    } catch (err) {
      setError({ field: 'save', message: t('personas.storageError', { message: (err as Error)?.message ?? String(err) }) })
    }
  }

  const errorId = `${uid}-error`
  const invalid = (f: 'name' | 'age') => (error?.field === f ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})
  const shown = { id: persona?.id ?? 'new', name: draft.name.trim() || '?', photo: draft.photo || undefined }
  const list = (k: 'goals' | 'frustrations' | 'behaviours') => (
    <label className="field">
      <span>
        {t(`personas.${k}`)} <span className="muted small">({t('personas.onePerLine')})</span>
      </span>
      <textarea
        name={k}
        rows={3}
        value={draft[k]}
        maxLength={PERSONA_LIMITS.listItems * (PERSONA_LIMITS.listItem + 1)}
        onChange={(e) => set(k, e.target.value)}
      />
    </label>
  )

  return (
    <form
      ref={formRef}
      className="persona-editor"
      onSubmit={submit}
      aria-label={persona ? t('personas.editTitle', { name: persona.name }) : t('personas.newPersonaTitle')}
      noValidate
    >
      <div className="persona-editor-grid">
        <div className="persona-editor-side">
          <div className="persona-photo-block">
            <PersonaAvatar persona={shown} size={144} />
            <label className={`button-like ${busy ? 'is-busy' : ''}`}>
              <input
                type="file"
                className="visually-hidden-file"
                accept={PHOTO_ACCEPT}
                aria-label={t('personas.photo')}
                aria-describedby={`${uid}-photo-hint`}
                disabled={busy}
                onChange={(e) => void pickPhoto(e.currentTarget)}
              />
              {busy ? t('personas.photoBusy') : draft.photo ? t('personas.changePhoto') : t('personas.choosePhoto')}
            </label>
            {draft.photo && (
              <button type="button" className="ghost danger" onClick={() => set('photo', '')}>
                {t('personas.removePhoto')}
              </button>
            )}
            <p className="muted small" id={`${uid}-photo-hint`}>
              {t('personas.photoHint')}
            </p>
            {error?.field === 'photo' && (
              <p className="error-text" role="alert">
                {error.message}
              </p>
            )}
          </div>
          <label className="field">
            {t('personas.name')}
            <input
              ref={nameRef}
              name="name"
              value={draft.name}
              maxLength={PERSONA_LIMITS.name}
              required
              onChange={(e) => set('name', e.target.value)}
              {...invalid('name')}
            />
          </label>
          <label className="field">
            {t('personas.role')}
            <input name="role" value={draft.role} maxLength={PERSONA_LIMITS.name} onChange={(e) => set('role', e.target.value)} />
          </label>
          <label className="field persona-age">
            {t('personas.age')}
            <input
              ref={ageRef}
              name="age"
              value={draft.age}
              inputMode="numeric"
              maxLength={3}
              onChange={(e) => set('age', e.target.value)}
              {...invalid('age')}
            />
          </label>
          <fieldset className="radio-row">
            <legend>{t('personas.importance')}</legend>
            <label className={`chip ${draft.primary ? 'is-on' : ''}`}>
              <input type="radio" name={`${uid}-importance`} checked={draft.primary} onChange={() => set('primary', true)} />
              {t('personas.primary')}
            </label>
            <label className={`chip ${!draft.primary ? 'is-on' : ''}`}>
              <input type="radio" name={`${uid}-importance`} checked={!draft.primary} onChange={() => set('primary', false)} />
              {t('personas.secondary')}
            </label>
          </fieldset>
          <p className="muted small">{t('personas.primaryHint')}</p>
        </div>
        <div className="persona-editor-main">
          <label className="field">
            <span>
              {t('personas.quote')} <span className="muted small">({t('personas.quoteHint')})</span>
            </span>
            <input name="quote" value={draft.quote} maxLength={PERSONA_LIMITS.text} onChange={(e) => set('quote', e.target.value)} />
          </label>
          <label className="field">
            <span>
              {t('personas.situation')} <span className="muted small">({t('personas.situationHint')})</span>
            </span>
            <textarea name="summary" rows={3} value={draft.summary} maxLength={PERSONA_LIMITS.text} onChange={(e) => set('summary', e.target.value)} />
          </label>
          {list('goals')}
          {list('frustrations')}
          {list('behaviours')}
          <label className="field">
            {t('personas.digital')}
            <textarea name="digital" rows={2} value={draft.digital} maxLength={PERSONA_LIMITS.text} onChange={(e) => set('digital', e.target.value)} />
          </label>
        </div>
      </div>
      {error && error.field !== 'photo' && (
        <p className="error-text" role="alert" id={errorId}>
          {error.message}
        </p>
      )}
      <div className="button-row persona-editor-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('personas.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('personas.cancel')}
        </button>
      </div>
    </form>
  )
}
