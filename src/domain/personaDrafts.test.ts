import { describe, expect, it } from 'vitest'
import { resumeFocus, resumeForm, soundPersonaDraft, typedFields, type PersonaDraft, type PersonaForm } from './personaDrafts'

const form = (over: Partial<PersonaForm> = {}): PersonaForm => ({
  name: 'Amélie',
  role: 'Retired teacher',
  age: '67',
  summary: '',
  quote: '',
  goals: 'Renew her card',
  frustrations: '',
  behaviours: '',
  digital: '',
  primary: false,
  photo: '',
  ...over,
})
const draft = (typed: Partial<PersonaForm>, field: PersonaDraft['field'] = 'quote', base = form()): PersonaDraft => ({
  personaId: 'p1',
  form: { ...base, ...typed },
  base,
  field,
  at: 1000,
})

describe('persona drafts', () => {
  it('the form comes back as typed, on the persona as stored now', () => {
    const d = draft({ quote: 'A person who knows my file', goals: 'Renew her card\nAvoid queues' })
    expect(typedFields(d)).toEqual(['quote', 'goals'])
    expect(resumeForm(form(), d)).toEqual(form({ quote: 'A person who knows my file', goals: 'Renew her card\nAvoid queues' }))
    // a field changed elsewhere meanwhile, and not typed in here, keeps its new value
    expect(resumeForm(form({ role: 'Volunteer' }), d)).toEqual(
      form({ role: 'Volunteer', quote: 'A person who knows my file', goals: 'Renew her card\nAvoid queues' }),
    )
  })

  it('a draft the persona already holds (saved before the tab went away) gives nothing back', () => {
    const d = draft({ quote: 'Saved' })
    expect(resumeForm(form({ quote: 'Saved' }), d)).toBeNull()
    expect(resumeForm(form(), draft({}))).toBeNull()
  })

  it('focuses the field last typed in, or else the first one still different', () => {
    const d = draft({ quote: 'Q', digital: 'Tablet' }, 'digital')
    expect(resumeFocus(form(), d)).toBe('digital')
    expect(resumeFocus(form({ digital: 'Tablet' }), d)).toBe('quote')
    expect(resumeFocus(form(), draft({ photo: 'data:image/png;base64,AA==' }, 'name'))).toBe('name')
  })

  it('a stored draft is read back only when sound', () => {
    const d = draft({ quote: 'Q' })
    expect(soundPersonaDraft(JSON.parse(JSON.stringify(d)))).toEqual(d)
    expect(soundPersonaDraft({ ...d, personaId: null })).toEqual({ ...d, personaId: null })
    expect(soundPersonaDraft({ ...d, field: 'primary' })!.field).toBe('name') // a text field only
    for (const bad of [
      null,
      'x',
      [],
      { ...d, personaId: 3 },
      { ...d, personaId: '' },
      { ...d, at: 'now' },
      { ...d, at: Infinity },
      { ...d, form: { ...d.form, name: 4 } },
      { ...d, form: { ...d.form, primary: 'yes' } },
      { ...d, base: undefined },
      { ...d, form: { ...d.form, quote: 'x'.repeat(5_000_000) } },
      { target: { box: 'card', id: 'c1' }, text: 'a board draft', base: '', at: 1 },
    ])
      expect(soundPersonaDraft(bad)).toBeNull()
  })
})
