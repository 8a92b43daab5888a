// The persona form being filled in and not yet saved (a persona draft), kept so that a closed
// tab or a killed browser gives it back. Pure: the form's fields, whether a stored draft is
// sound, and the form a reopened persona shows (the stored persona, with what was typed on top).
import type { Id } from './types'

/** The persona form, as typed (lists one item per line; the age as typed). */
export interface PersonaForm {
  name: string
  role: string
  age: string
  summary: string
  quote: string
  goals: string
  frustrations: string
  behaviours: string
  digital: string
  primary: boolean
  photo: string
}

export type PersonaFormField = keyof PersonaForm

export const PERSONA_FORM_FIELDS: readonly PersonaFormField[] = [
  'name',
  'role',
  'age',
  'summary',
  'quote',
  'goals',
  'frustrations',
  'behaviours',
  'digital',
  'primary',
  'photo',
]

/** The typed text fields (a draft reopens focused on one of them). */
export const PERSONA_TEXT_FIELDS: readonly PersonaFormField[] = PERSONA_FORM_FIELDS.filter((f) => f !== 'primary' && f !== 'photo')

export interface PersonaDraft {
  /** The persona edited; null: a new one. */
  personaId: Id | null
  /** The form as typed. */
  form: PersonaForm
  /** The form as it opened (the stored persona then): what was typed is what differs from it. */
  base: PersonaForm
  /** The text field last typed in (it gets the focus when the form comes back). */
  field: PersonaFormField
  /** When it was typed (ms since 1970). */
  at: number
}

/** The storage key of a persona's draft ('new' for a persona not saved yet). */
export const personaDraftKey = (personaId: Id | null): string => personaId ?? 'new'

export const sameForm = (a: PersonaForm, b: PersonaForm): boolean => PERSONA_FORM_FIELDS.every((k) => a[k] === b[k])

/** The fields the draft changed since its form opened. */
export const typedFields = (d: Pick<PersonaDraft, 'form' | 'base'>): PersonaFormField[] => PERSONA_FORM_FIELDS.filter((k) => d.form[k] !== d.base[k])

/**
 * The form a persona opens with when a draft was left for it: the persona as stored now
 * (`current`), with the fields the draft changed put back on top (a field changed elsewhere
 * meanwhile and not typed in here keeps its new value). null when the draft adds nothing to
 * `current` (it was saved before the tab went away): the draft is then to be deleted.
 */
export function resumeForm(current: PersonaForm, draft: PersonaDraft): PersonaForm | null {
  const typed = typedFields(draft)
  if (typed.every((k) => current[k] === draft.form[k])) return null
  const out = { ...current }
  for (const k of typed) (out as Record<PersonaFormField, string | boolean>)[k] = draft.form[k]
  return out
}

/** The field a resumed form is focused on: the one last typed in, if it still differs; else the first typed one. */
export function resumeFocus(current: PersonaForm, draft: PersonaDraft): PersonaFormField {
  const differs = (k: PersonaFormField) => PERSONA_TEXT_FIELDS.includes(k) && current[k] !== draft.form[k]
  if (differs(draft.field)) return draft.field
  return typedFields(draft).find(differs) ?? 'name'
}

const MAX_FIELD = 4_000_000 // a photo as a data URL is the longest field (resized, well under this)

function soundForm(raw: unknown): PersonaForm | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const r = raw as Record<string, unknown>
  const out: Record<string, string | boolean> = {}
  for (const k of PERSONA_FORM_FIELDS) {
    const v = r[k]
    if (k === 'primary' ? typeof v !== 'boolean' : typeof v !== 'string' || v.length > MAX_FIELD) return null
    out[k] = v as string | boolean
  }
  return out as unknown as PersonaForm
}

/** A persona draft read back from storage, when it is sound (anything else: null). */
export function soundPersonaDraft(raw: unknown): PersonaDraft | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const d = raw as Record<string, unknown>
  const personaId = d.personaId
  if (personaId !== null && (typeof personaId !== 'string' || !personaId)) return null
  const form = soundForm(d.form)
  const base = soundForm(d.base)
  if (!form || !base || typeof d.at !== 'number' || !Number.isFinite(d.at)) return null
  const field = PERSONA_TEXT_FIELDS.includes(d.field as PersonaFormField) ? (d.field as PersonaFormField) : 'name'
  return { personaId, form, base, field, at: d.at }
}
