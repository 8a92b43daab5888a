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

describe('live permissions in a workshop', () => {
  const withWorkshop = (b: Board, workshop: Record<string, unknown>): Board => ({ ...b, workshop }) as Board
  const ws = {
    participants: [{ id: 'someone', name: 'S' }],
    votings: [{ id: 'v', dotsPerParticipant: 3, startedAt: 1 }],
    dots: [{ id: 'd0', votingId: 'v', participantId: 'someone', cardId: 'theirs', at: 1 }],
  }
  const myDot = { id: 'd1', votingId: 'v', participantId: 'me', cardId: 'theirs', at: 2 }

  it('a participant joins, and puts and takes back their own dots', () => {
    const b = withWorkshop(board(), ws)
    const joined = withWorkshop(b, { ...ws, participants: [...ws.participants, { id: 'me', name: 'Me' }] })
    expect(participantRefusal(b, joined, 'me', ownerOf)).toBeNull()
    const voted = withWorkshop(joined, { ...ws, participants: [...ws.participants, { id: 'me', name: 'Me' }], dots: [...ws.dots, myDot] })
    expect(participantRefusal(joined, voted, 'me', ownerOf)).toBeNull()
    expect(participantRefusal(voted, joined, 'me', ownerOf)).toBeNull()
  })

  it("but not another's dot, nor a voting or a round", () => {
    const b = withWorkshop(board(), ws)
    expect(participantRefusal(b, withWorkshop(b, { ...ws, dots: [] }), 'me', ownerOf)).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, dots: [...ws.dots, { ...myDot, participantId: 'someone' }] }), 'me', ownerOf)).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, votings: [] }), 'me', ownerOf)).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, participants: [{ id: 'someone', name: 'Renamed' }] }), 'me', ownerOf)).toBe('board')
  })
})
