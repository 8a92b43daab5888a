import { describe, expect, it } from 'vitest'
import type { Persona } from '../../domain/types'
import { draftOf, personaFromDraft, sameDraft } from './PersonaEditor'

const t = (k: string, o?: Record<string, unknown>) => (o ? `${k} ${JSON.stringify(o)}` : k)
const PNG = 'data:image/png;base64,iVBORw0KGgo='

const full: Persona = {
  id: 'p1',
  name: 'Amélie',
  role: 'Retired teacher',
  age: 67,
  summary: 'Lives alone',
  quote: 'A person who knows my file',
  goals: ['Renew her card', 'Avoid queues'],
  frustrations: ['Expired forms'],
  behaviours: ['Calls first'],
  digital: 'Tablet, no smartphone',
  primary: true,
  photo: PNG,
}

describe('the persona form', () => {
  it('a persona survives the round trip through the form unchanged', () => {
    const r = personaFromDraft(draftOf(full), full, t)
    expect(r).toEqual({ ok: true, persona: full })
  })

  it('an empty form is clean until something is typed', () => {
    const d = draftOf(undefined)
    expect(sameDraft(d, draftOf(undefined))).toBe(true)
    expect(sameDraft(d, { ...d, name: 'x' })).toBe(false)
  })

  it('asks for a name and refuses a bad age, naming the value', () => {
    expect(personaFromDraft({ ...draftOf(undefined), name: '  ' }, undefined, t)).toEqual({ ok: false, field: 'name', message: 'personas.nameRequired' })
    expect(personaFromDraft({ ...draftOf(full), age: '200' }, full, t)).toEqual({ ok: false, field: 'age', message: 'personas.ageInvalid {"value":"200"}' })
  })

  it('a new persona gets a fresh id; emptied fields are removed', () => {
    const r = personaFromDraft({ ...draftOf(undefined), name: 'Léa', goals: 'a\n\nb', age: '' }, undefined, t)
    expect(r.ok && r.persona).toMatchObject({ name: 'Léa', goals: ['a', 'b'] })
    expect(r.ok && r.persona.id).toMatch(/^pe_/)
    const cleared = personaFromDraft({ ...draftOf(full), role: '', goals: '', photo: '', primary: false, age: '' }, full, t)
    expect(cleared.ok && cleared.persona).toEqual({
      id: 'p1',
      name: 'Amélie',
      summary: 'Lives alone',
      quote: 'A person who knows my file',
      frustrations: ['Expired forms'],
      behaviours: ['Calls first'],
      digital: 'Tablet, no smartphone',
    })
  })
})
