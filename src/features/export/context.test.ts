import { describe, expect, it } from 'vitest'
import type { Board, Persona } from '../../domain/types'
import { makeContext } from './exports'

const board: Board = {
  id: 'b',
  title: 'Invoice\u202Efdp.exe\u200B',
  kind: 'journey',
  stages: [{ id: 's1', name: 'Arrive' }],
  lanes: [{ id: 'l1', name: 'Actions', role: 'actions' }],
  cards: [],
  links: [],
}

describe('the export context', () => {
  it('gives exports the title and persona names without the characters that reorder or hide them, and leaves the board as it is', () => {
    const persona = { id: 'p', name: 'So\u2066phie\u2069 Martin' } as Persona
    const ctx = makeContext(board, { locale: 'en', personas: [persona] })
    expect(ctx.board.title).toBe('Invoicefdp.exe')
    expect(ctx.personas[0].name).toBe('Sophie Martin')
    expect(board.title).toBe('Invoice\u202Efdp.exe\u200B')
    expect(persona.name).toBe('So\u2066phie\u2069 Martin')
  })
})
