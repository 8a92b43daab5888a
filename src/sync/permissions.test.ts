import { describe, expect, it } from 'vitest'
import { addCard, deleteCards, renameBoard, renameStage, updateCard } from '../domain/operations'
import type { Board } from '../domain/types'
import { mayEdit, participantRefusal } from './permissions'

const board = (): Board => ({
  id: 'b',
  title: 'Workshop',
  kind: 'journey',
  stages: [{ id: 's1', name: 'Arrive' }],
  lanes: [{ id: 'l1', name: 'Irritants', role: 'irritants' }],
  cards: [
    { id: 'mine', stageId: 's1', laneId: 'l1', text: 'slow queue' },
    { id: 'theirs', stageId: 's1', laneId: 'l1', text: 'no signs' },
    { id: 'facilitators', stageId: 's1', laneId: 'l1', text: 'seeded' },
  ],
  links: [],
})
const owners: Record<string, string> = { mine: 'me', theirs: 'someone' }
const ownerOf = (id: string) => owners[id]

describe('live permissions', () => {
  it('a participant adds cards, and changes or deletes their own', () => {
    const b = board()
    expect(participantRefusal(b, addCard(b, { id: 'new', stageId: 's1', laneId: 'l1', text: 'wow' }), 'me', ownerOf)).toBeNull()
    expect(participantRefusal(b, updateCard(b, 'mine', { text: 'slower queue' }), 'me', ownerOf)).toBeNull()
    expect(participantRefusal(b, deleteCards(b, ['mine']), 'me', ownerOf)).toBeNull()
  })

  it("a participant may not change or delete another's card, nor the board itself", () => {
    const b = board()
    expect(participantRefusal(b, updateCard(b, 'theirs', { text: 'changed' }), 'me', ownerOf)).toBe('notYours')
    expect(participantRefusal(b, deleteCards(b, ['facilitators']), 'me', ownerOf)).toBe('notYours')
    expect(participantRefusal(b, deleteCards(b, ['mine', 'theirs']), 'me', ownerOf)).toBe('notYours')
    expect(participantRefusal(b, renameBoard(b, 'Mine now'), 'me', ownerOf)).toBe('board')
    expect(participantRefusal(b, renameStage(b, 's1', 'Leave'), 'me', ownerOf)).toBe('board')
  })

  it('the facilitator may do everything; a viewer nothing', () => {
    const b = board()
    const renamed = renameBoard(b, 'Renamed')
    expect(mayEdit('facilitator', b, renamed, 'f', ownerOf)).toBe(true)
    expect(mayEdit('facilitator', b, deleteCards(b, ['theirs']), 'f', ownerOf)).toBe(true)
    expect(mayEdit('viewer', b, addCard(b, { id: 'v', stageId: 's1', laneId: 'l1', text: 'x' }), 'v', ownerOf)).toBe(false)
    expect(mayEdit('participant', b, renamed, 'me', ownerOf)).toBe(false)
  })
})
