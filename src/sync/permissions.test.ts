import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard, deleteCards, duplicateCards, renameBoard, renameStage, updateCard } from '../domain/operations'
import { restoreBoard } from '../domain/restore'
import { joinWorkshop } from '../domain/workshop/participants'
import type { Board } from '../domain/types'
import { createEditorStore } from '../store/editorStore'
import { mayEdit, ownerOf, participantRefusal, signNewCards } from './permissions'
import { readBoard, writeBoard } from './yboard'

const board = (): Board => ({
  id: 'b',
  title: 'Workshop',
  kind: 'journey',
  stages: [{ id: 's1', name: 'Arrive' }],
  lanes: [{ id: 'l1', name: 'Irritants', role: 'irritants' }],
  cards: [
    { id: 'mine', stageId: 's1', laneId: 'l1', text: 'slow queue', authorId: 'me' },
    { id: 'theirs', stageId: 's1', laneId: 'l1', text: 'no signs', authorId: 'someone' },
    { id: 'facilitators', stageId: 's1', laneId: 'l1', text: 'seeded' },
  ],
  links: [],
})
const newCard = { id: 'new', stageId: 's1', laneId: 'l1', text: 'wow' }

describe('live permissions', () => {
  it('a participant adds cards, and changes or deletes their own', () => {
    const b = board()
    expect(participantRefusal(b, addCard(b, { ...newCard, authorId: 'me' }), 'me')).toBeNull()
    expect(participantRefusal(b, updateCard(b, 'mine', { text: 'slower queue' }), 'me')).toBeNull()
    expect(participantRefusal(b, deleteCards(b, ['mine']), 'me')).toBeNull()
  })

  it("a participant may not change or delete another's card, nor the board itself", () => {
    const b = board()
    expect(participantRefusal(b, updateCard(b, 'theirs', { text: 'changed' }), 'me')).toBe('notYours')
    expect(participantRefusal(b, deleteCards(b, ['facilitators']), 'me')).toBe('notYours')
    expect(participantRefusal(b, deleteCards(b, ['mine', 'theirs']), 'me')).toBe('notYours')
    expect(participantRefusal(b, renameBoard(b, 'Mine now'), 'me')).toBe('board')
    expect(participantRefusal(b, renameStage(b, 's1', 'Leave'), 'me')).toBe('board')
  })

  it('who wrote a card is the card’s own authorId: it can be neither taken nor given away', () => {
    const b = board()
    expect(ownerOf(b.cards[0])).toBe('me')
    expect(ownerOf(b.cards[2])).toBeUndefined()
    expect(participantRefusal(b, updateCard(b, 'theirs', { authorId: 'me' }), 'me')).toBe('notYours')
    expect(participantRefusal(b, updateCard(b, 'facilitators', { authorId: 'me' }), 'me')).toBe('notYours')
    expect(participantRefusal(b, updateCard(b, 'mine', { authorId: 'someone' }), 'me')).toBe('notYours')
    // a card added under another's name (or none) is refused…
    expect(participantRefusal(b, addCard(b, { ...newCard, authorId: 'someone' }), 'me')).toBe('notYours')
    expect(participantRefusal(b, addCard(b, newCard), 'me')).toBe('notYours')
  })

  it('…so what a participant adds is signed with their id first, a duplicate of another’s card too', () => {
    const b = board()
    const added = signNewCards(b, addCard(b, newCard), 'me')
    expect(added.cards.find((c) => c.id === 'new')?.authorId).toBe('me')
    expect(participantRefusal(b, added, 'me')).toBeNull()
    const dup = duplicateCards(b, ['theirs'], ['copy'], () => 'link')
    const signed = signNewCards(b, dup, 'me')
    expect(signed.cards.find((c) => c.id === 'copy')?.authorId).toBe('me')
    expect(signed.cards.find((c) => c.id === 'theirs')?.authorId).toBe('someone')
    expect(participantRefusal(b, signed, 'me')).toBeNull()
    // nothing new: the same board, untouched
    const edit = updateCard(b, 'mine', { text: 'x' })
    expect(signNewCards(b, edit, 'me')).toBe(edit)
  })

  it('the facilitator may do everything; a viewer nothing', () => {
    const b = board()
    const renamed = renameBoard(b, 'Renamed')
    expect(mayEdit('facilitator', b, renamed, 'f')).toBe(true)
    expect(mayEdit('facilitator', b, deleteCards(b, ['theirs']), 'f')).toBe(true)
    expect(mayEdit('facilitator', b, updateCard(b, 'theirs', { text: 'tidied' }), 'f')).toBe(true)
    expect(mayEdit('viewer', b, addCard(b, { ...newCard, authorId: 'v' }), 'v')).toBe(false)
    expect(mayEdit('participant', b, renamed, 'me')).toBe(false)
  })
})

describe('ownership travels with the card', () => {
  const through = (doc: Y.Doc) => restoreBoard(readBoard(doc), { id: 'b' }).board

  it('the same on every device, after a reload, and after offline edits merge', () => {
    const start = board()
    const a = new Y.Doc()
    a.transact(() => writeBoard(a, null, start))
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    // both devices offline: "me" adds a note on a, "someone" edits theirs on b
    const onA = signNewCards(start, addCard(start, newCard), 'me')
    a.transact(() => writeBoard(a, start, onA))
    const onB = updateCard(start, 'theirs', { text: 'no signs at all' })
    b.transact(() => writeBoard(b, start, onB))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
    const [ba, bb] = [through(a), through(b)]
    expect(ba).toEqual(bb)
    // …and as a reloaded device reads it back from its storage (a copy of the document)
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(b))
    const br = through(reloaded)
    for (const x of [ba, bb, br]) {
      expect(x.cards.find((c) => c.id === 'new')?.authorId).toBe('me')
      expect(participantRefusal(x, updateCard(x, 'new', { text: 'wow!' }), 'me')).toBeNull()
      expect(participantRefusal(x, updateCard(x, 'new', { text: 'hijacked' }), 'someone')).toBe('notYours')
      expect(participantRefusal(x, deleteCards(x, ['theirs']), 'someone')).toBeNull()
    }
  })
})

describe('undo in a live session', () => {
  const participantStore = (me: string) => {
    const s = createEditorStore()
    s.getState().load(board())
    s.getState().setGuard((before, made) => {
      const after = signNewCards(before, made, me)
      return participantRefusal(before, after, me) === null ? after : null
    })
    return s
  }

  it('a participant’s edit is kept signed; a refused one changes nothing and is no undo step', () => {
    const s = participantStore('me')
    expect(s.getState().apply((b) => addCard(b, newCard))).toBe(true)
    expect(s.getState().board!.cards.find((c) => c.id === 'new')?.authorId).toBe('me')
    const before = s.getState().board
    expect(s.getState().apply((b) => updateCard(b, 'theirs', { text: 'changed' }))).toBe(false)
    expect(s.getState().board).toBe(before)
    expect(s.getState().past).toHaveLength(1)
  })

  it('undo undoes this device’s own edits only: a participant’s note received meanwhile stays', () => {
    const fac = createEditorStore()
    fac.getState().load(board())
    fac.getState().apply((b) => addCard(b, { id: 'f1', stageId: 's1', laneId: 'l1', text: 'by the facilitator' }))
    // a participant's note arrives from the room (not an undo step here)
    const theirs = signNewCards(fac.getState().board!, addCard(fac.getState().board!, { id: 'p1', stageId: 's1', laneId: 'l1', text: 'from a phone' }), 'ana')
    fac.getState().receive(theirs)
    fac.getState().undo()
    expect(fac.getState().board!.cards.map((c) => c.id)).toEqual(['mine', 'theirs', 'facilitators', 'p1'])
    expect(fac.getState().past).toHaveLength(0)
  })

  it('the facilitator undoes a participant’s change by changing it back, and can undo that too', () => {
    const fac = createEditorStore()
    fac.getState().load(board())
    // "someone" rewrote their note; the facilitator puts the old text back, then deletes it
    fac.getState().receive(updateCard(board(), 'theirs', { text: 'rude words' }))
    expect(fac.getState().apply((b) => updateCard(b, 'theirs', { text: 'no signs' }))).toBe(true)
    expect(fac.getState().apply((b) => deleteCards(b, ['theirs']))).toBe(true)
    expect(fac.getState().board!.cards.some((c) => c.id === 'theirs')).toBe(false)
    fac.getState().undo()
    const back = fac.getState().board!.cards.find((c) => c.id === 'theirs')
    expect(back?.text).toBe('no signs')
    expect(back?.authorId).toBe('someone') // still theirs: they may go on editing it
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
    expect(participantRefusal(b, joined, 'me')).toBeNull()
    const voted = withWorkshop(joined, { ...ws, participants: [...ws.participants, { id: 'me', name: 'Me' }], dots: [...ws.dots, myDot] })
    expect(participantRefusal(joined, voted, 'me')).toBeNull()
    expect(participantRefusal(voted, joined, 'me')).toBeNull()
  })

  it('joining a board that had no workshop yet is allowed too, and only under their own id', () => {
    const b = board()
    expect(participantRefusal(b, joinWorkshop(b, { id: 'me', name: 'Me' }), 'me')).toBeNull()
    expect(participantRefusal(b, joinWorkshop(b, { id: 'someone', name: 'S' }), 'me')).toBe('board')
  })

  it("but not another's dot, nor a voting or a round", () => {
    const b = withWorkshop(board(), ws)
    expect(participantRefusal(b, withWorkshop(b, { ...ws, dots: [] }), 'me')).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, dots: [...ws.dots, { ...myDot, participantId: 'someone' }] }), 'me')).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, votings: [] }), 'me')).toBe('board')
    expect(participantRefusal(b, withWorkshop(b, { ...ws, participants: [{ id: 'someone', name: 'Renamed' }] }), 'me')).toBe('board')
  })
})
