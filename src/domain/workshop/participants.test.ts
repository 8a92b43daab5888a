import { describe, expect, it } from 'vitest'
import type { Board } from '../types'
import { addParticipant, joinWorkshop, participantsOf, removeParticipant } from './participants'

const board = (): Board => ({ id: 'b', title: 'W', kind: 'journey', stages: [], lanes: [], cards: [], links: [] })

describe('joining a live session', () => {
  it('adds the person under their own id, once', () => {
    const once = joinWorkshop(board(), { id: 'p1', name: ' Ana Lopez ' })
    expect(participantsOf(once)).toEqual([{ id: 'p1', name: 'Ana Lopez' }])
    // a reload or a reconnection joins again: nothing changes (the same board)
    expect(joinWorkshop(once, { id: 'p1', name: 'Ana Lopez' })).toBe(once)
    expect(joinWorkshop(once, { id: 'p1', name: 'Ana' })).toBe(once)
  })

  it('beside the participants the facilitator typed; a name already taken gets a number', () => {
    const b = addParticipant(board(), { id: 'pt_1', name: 'Ben' })
    const two = joinWorkshop(b, { id: 'p2', name: 'ben' })
    const three = joinWorkshop(two, { id: 'p3', name: 'Ben' })
    expect(participantsOf(three).map((p) => p.name)).toEqual(['Ben', 'ben (2)', 'Ben (3)'])
    expect(joinWorkshop(board(), { id: 'p4', name: '   ' }).workshop?.participants).toEqual([{ id: 'p4', name: '?' }])
  })

  it('a participant the facilitator removed comes back when they join again', () => {
    const b = removeParticipant(joinWorkshop(board(), { id: 'p1', name: 'Ana' }), 'p1')
    expect(participantsOf(joinWorkshop(b, { id: 'p1', name: 'Ana' }))).toEqual([{ id: 'p1', name: 'Ana' }])
  })
})
