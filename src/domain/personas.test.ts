import { describe, expect, it } from 'vitest'
import type { Board, Persona } from './types'
import {
  addBoardPersona,
  boardPrimaryPersonaId,
  countBoardsUsing,
  createPersona,
  initials,
  listFromText,
  listToText,
  moveBoardPersona,
  normaliseBoardPersonaIds,
  normaliseList,
  normalisePersona,
  parseAge,
  PERSONA_LIMITS,
  removeBoardPersona,
  sortPersonas,
  updatePersona,
  withOnePrimary,
  withoutPersona,
  withPersonaAt,
} from './personas'

const board = (over: Partial<Board> = {}): Board => ({ id: 'b1', title: 'B', kind: 'journey', stages: [], lanes: [], cards: [], links: [], ...over })
const PNG = 'data:image/png;base64,iVBORw0KGgo='

describe('persona records', () => {
  it('trims every field, drops empty ones and bounds lengths', () => {
    const p = normalisePersona({
      id: 'p1',
      name: '  Amélie  ',
      role: ' ',
      summary: '\n Retired teacher \n',
      quote: 'x'.repeat(PERSONA_LIMITS.text + 50),
      goals: ['  Renew her card  ', '', 'Renew her card', 'Talk to a person'],
      frustrations: [],
      digital: '  ',
    })
    expect(p).toEqual({
      id: 'p1',
      name: 'Amélie',
      summary: 'Retired teacher',
      quote: 'x'.repeat(PERSONA_LIMITS.text),
      goals: ['Renew her card', 'Talk to a person'],
    })
  })

  it('keeps only a whole age from 0 to 130 and only image data URLs as photos', () => {
    expect(normalisePersona({ id: 'p', name: 'A', age: 42, photo: PNG })).toEqual({ id: 'p', name: 'A', age: 42, photo: PNG })
    expect(normalisePersona({ id: 'p', name: 'A', age: 42.5 }).age).toBeUndefined()
    expect(normalisePersona({ id: 'p', name: 'A', age: 131 }).age).toBeUndefined()
    expect(normalisePersona({ id: 'p', name: 'A', age: -1 }).age).toBeUndefined()
    expect(normalisePersona({ id: 'p', name: 'A', photo: 'https://example.com/a.png' }).photo).toBeUndefined()
    expect(normalisePersona({ id: 'p', name: 'A', photo: 'data:image/svg+xml;base64,PHN2Zz4=' }).photo).toBeUndefined()
    expect(normalisePersona({ id: 'p', name: 'A', photo: 'data:image/jpeg;base64,/9j/4AAQ' }).photo).toBe('data:image/jpeg;base64,/9j/4AAQ')
  })

  it('creates a persona with a fallback name and updates one field at a time', () => {
    const p = createPersona('p1', { name: ' ', role: 'Nurse' }, 'New persona')
    expect(p).toEqual({ id: 'p1', name: 'New persona', role: 'Nurse' })
    const q = updatePersona(p, { name: 'Léa', age: 30, role: undefined })
    expect(q).toEqual({ id: 'p1', name: 'Léa', age: 30 })
    // a blank name never replaces the one it had
    expect(updatePersona(q, { name: '  ' }).name).toBe('Léa')
    expect(updatePersona(q, { primary: true }).primary).toBe(true)
    expect(updatePersona({ ...q, primary: true }, { primary: false }).primary).toBeUndefined()
  })

  it('turns one-per-line text into a clean list and back', () => {
    expect(listFromText('- Renew her card\n\n• Avoid queues \r\n* Be called back')).toEqual(['Renew her card', 'Avoid queues', 'Be called back'])
    expect(normaliseList('a\nb\na')).toEqual(['a', 'b'])
    expect(normaliseList(['  ', 3, 'x  y'])).toEqual(['x y'])
    expect(normaliseList([])).toBeUndefined()
    expect(normaliseList(Array.from({ length: 50 }, (_, i) => `g${i}`))).toHaveLength(PERSONA_LIMITS.listItems)
    expect(listToText(['a', 'b'])).toBe('a\nb')
    expect(listToText(undefined)).toBe('')
  })

  it('parses an age typed in a form', () => {
    expect(parseAge('')).toEqual({ ok: true, age: undefined })
    expect(parseAge(' 42 ')).toEqual({ ok: true, age: 42 })
    expect(parseAge('0')).toEqual({ ok: true, age: 0 })
    expect(parseAge('130')).toEqual({ ok: true, age: 130 })
    expect(parseAge('131')).toEqual({ ok: false })
    expect(parseAge('4.5')).toEqual({ ok: false })
    expect(parseAge('-3')).toEqual({ ok: false })
    expect(parseAge('forty')).toEqual({ ok: false })
  })

  it('gives initials for a persona without a photo', () => {
    expect(initials('Amélie Tremblay')).toBe('AT')
    expect(initials('  élodie ')).toBe('É')
    expect(initials('Jean Paul Sartre')).toBe('JS')
    expect(initials('')).toBe('?')
  })
})

describe('one primary persona in the library', () => {
  const lib: Persona[] = [
    { id: 'a', name: 'Alice', primary: true },
    { id: 'b', name: 'Bruno' },
    { id: 'c', name: 'Chloé' },
  ]

  it('saving a secondary persona writes only that persona', () => {
    expect(withOnePrimary(lib, { id: 'b', name: 'Bruno', role: 'Clerk' })).toEqual([{ id: 'b', name: 'Bruno', role: 'Clerk' }])
  })

  it('saving a primary persona makes the previous primary secondary', () => {
    expect(withOnePrimary(lib, { id: 'c', name: 'Chloé', primary: true })).toEqual([
      { id: 'c', name: 'Chloé', primary: true },
      { id: 'a', name: 'Alice' },
    ])
  })

  it('re-saving the primary persona changes nobody else', () => {
    expect(withOnePrimary(lib, { id: 'a', name: 'Alice B.', primary: true })).toEqual([{ id: 'a', name: 'Alice B.', primary: true }])
  })

  it('lists the primary persona first, then by name whatever the accents and case', () => {
    const sorted = sortPersonas(
      [
        { id: '1', name: 'zoé' },
        { id: '2', name: 'Émile' },
        { id: '3', name: 'Yves', primary: true },
        { id: '4', name: 'adam' },
      ],
      'fr',
    )
    expect(sorted.map((p) => p.name)).toEqual(['Yves', 'adam', 'Émile', 'zoé'])
  })
})

describe('the personas of a board', () => {
  it('target and empathy maps are drawn for exactly one persona', () => {
    expect(normaliseBoardPersonaIds('target', ['a', 'b'])).toEqual(['a'])
    expect(normaliseBoardPersonaIds('empathy', ['a', 'a'])).toEqual(['a'])
    expect(normaliseBoardPersonaIds('journey', ['a', 'b', 'a', ''])).toEqual(['a', 'b'])
    expect(addBoardPersona('target', ['a'], 'b')).toEqual(['b'])
    expect(addBoardPersona('empathy', [], 'b', true)).toEqual(['b'])
  })

  it('journey maps and blueprints take several, the library primary first', () => {
    expect(addBoardPersona('journey', ['a'], 'b')).toEqual(['a', 'b'])
    expect(addBoardPersona('blueprint', ['a', 'b'], 'p', true)).toEqual(['p', 'a', 'b'])
    expect(addBoardPersona('journey', ['a', 'b'], 'a')).toEqual(['a', 'b'])
  })

  it('reorders and removes; the first is the board primary', () => {
    const ids = ['a', 'b', 'c']
    expect(moveBoardPersona(ids, 'c', -1)).toEqual(['a', 'c', 'b'])
    expect(moveBoardPersona(ids, 'b', -1)).toEqual(['b', 'a', 'c'])
    expect(moveBoardPersona(ids, 'a', -1)).toEqual(ids)
    expect(moveBoardPersona(ids, 'c', 1)).toEqual(ids)
    expect(moveBoardPersona(ids, 'x', 1)).toEqual(ids)
    expect(removeBoardPersona(ids, 'b')).toEqual(['a', 'c'])
    expect(boardPrimaryPersonaId({ personaIds: ['b', 'a'] })).toBe('b')
    expect(boardPrimaryPersonaId({})).toBeUndefined()
  })

  it('counts the boards drawn for a persona', () => {
    expect(countBoardsUsing([{ personaIds: ['a'] }, { personaIds: ['b', 'a'] }, {}, { personaIds: ['b'] }], 'a')).toBe(2)
  })

  it('deleting a persona removes it from a board, and undoing puts it back in its place', () => {
    const b = board({ personaIds: ['a', 'b', 'c'], emotions: [{ stageId: 's', value: 1, personaId: 'b' }] })
    const without = withoutPersona(b, 'b')
    expect(without.personaIds).toEqual(['a', 'c'])
    expect(without.emotions).toEqual(b.emotions) // the team's data stays
    expect(withPersonaAt(without, 'b', 1).personaIds).toEqual(['a', 'b', 'c'])
    expect(withPersonaAt(without, 'b', 99).personaIds).toEqual(['a', 'c', 'b'])
    expect(withPersonaAt(b, 'b', 0)).toBe(b)
    const last = withoutPersona(board({ personaIds: ['a'] }), 'a')
    expect('personaIds' in last).toBe(false)
    const untouched = board({ personaIds: ['x'] })
    expect(withoutPersona(untouched, 'a')).toBe(untouched)
  })
})
