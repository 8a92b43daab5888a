import { describe, expect, it } from 'vitest'
import { card, lane, makeBoard, stage } from '../../../test/boards'
import type { Board, Dot, Voting } from '../types'
import { deleteCards } from '../operations'
import { addParticipant, initials, participantNameError, removeParticipant, renameParticipant } from './participants'
import { addRoundNote, startRound } from './rounds'
import { dotError, dotsLeft, endVoting, openVoting, placeDot, ranking, startVoting, takeDotBack, validDots, votableCards, votingError } from './voting'

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0)

function board(): Board {
  let b = makeBoard({
    kind: 'target',
    stages: [stage('s1', 'Book'), stage('s2', 'Arrive')],
    lanes: [lane('li', 'irritants', 'Irritants'), lane('lp', 'pluses', 'Pluses')],
    cards: [
      card('i1', 's1', 'li', 'No slot', { tag: 'irritant' }),
      card('i2', 's2', 'li', 'Queue', { tag: 'irritant', votes: 7 }),
      card('i3', 's2', 'li', 'Forms', { tag: 'irritant' }),
      card('w1', 's1', 'lp', 'SMS when ready', { tag: 'wow' }),
    ],
  })
  for (const [id, name] of [
    ['ana', 'Ana'],
    ['ben', 'Ben'],
    ['cy', 'Cy'],
  ])
    b = addParticipant(b, { id, name })
  return b
}
const voting = (extra: Partial<Voting> = {}): Voting => ({ id: 'v1', dotsPerParticipant: 3, startedAt: T0, ...extra })
let n = 0
const dot = (participantId: string, cardId: string, at = T0 + ++n): Dot => ({ id: `d${n}`, votingId: 'v1', participantId, cardId, at })
const vote = (b: Board, ...pairs: [string, string][]) => pairs.reduce((x, [p, c]) => placeDot(x, dot(p, c)), b)

describe('participants', () => {
  it('are named once (case aside), renamed, removed', () => {
    let b = board()
    expect(participantNameError(b, ' ana ')).toBe('duplicate')
    expect(participantNameError(b, '  ')).toBe('empty')
    expect(addParticipant(b, { id: 'x', name: 'ANA' })).toBe(b)
    b = renameParticipant(b, 'ana', 'Anaïs')
    expect(b.workshop!.participants!.map((p) => p.name)).toEqual(['Anaïs', 'Ben', 'Cy'])
    b = removeParticipant(b, 'ben')
    expect(b.workshop!.participants!.map((p) => p.id)).toEqual(['ana', 'cy'])
  })

  it('show as initials', () => {
    expect(initials('Marie Tremblay')).toBe('MT')
    expect(initials('jean-luc picard')).toBe('JP')
    expect(initials('Ana')).toBe('AN')
  })
})

describe('dot voting', () => {
  it('starts with dots per participant and the cards that can be voted on', () => {
    const b = startVoting(board(), voting({ tags: ['irritant'] }))
    const v = openVoting(b)!
    expect(v).toEqual({ id: 'v1', dotsPerParticipant: 3, startedAt: T0, tags: ['irritant'] })
    expect(votableCards(b, v).map((c) => c.id)).toEqual(['i1', 'i2', 'i3'])
    expect(votingError(b, voting({ id: 'v2' }))).toBe('alreadyOpen')
    expect(votingError(board(), voting({ dotsPerParticipant: 0 }))).toBe('dots')
    expect(votingError(makeBoard({ stages: [stage('s1')], lanes: [lane('l')], cards: [card('c', 's1', 'l')] }), voting())).toBe('noParticipants')
  })

  it('records each dot as (participant, card); nobody spends more than their dots', () => {
    let b = startVoting(board(), voting())
    b = vote(b, ['ana', 'i1'], ['ana', 'i2'], ['ana', 'w1'])
    const v = openVoting(b)!
    expect(dotsLeft(b, v, 'ana')).toBe(0)
    expect(dotError(b, v, 'ana', 'i3')).toBe('noDotsLeft')
    const before = b
    expect(vote(b, ['ana', 'i3'])).toBe(before)
    expect(b.workshop!.dots!.map((d) => [d.participantId, d.cardId])).toEqual([
      ['ana', 'i1'],
      ['ana', 'i2'],
      ['ana', 'w1'],
    ])
  })

  it('one dot per card and person unless several are allowed', () => {
    let b = startVoting(board(), voting())
    b = vote(b, ['ben', 'i2'])
    expect(dotError(b, openVoting(b)!, 'ben', 'i2')).toBe('alreadyOnCard')
    let m = startVoting(board(), voting({ multiplePerCard: true }))
    m = vote(m, ['ben', 'i2'], ['ben', 'i2'], ['ben', 'i2'])
    expect(validDots(m, openVoting(m)!)).toHaveLength(3)
  })

  it('only votable cards, and only known participants, get dots', () => {
    const b = startVoting(board(), voting({ tags: ['wow'] }))
    const v = openVoting(b)!
    expect(dotError(b, v, 'ana', 'i1')).toBe('notVotable')
    expect(dotError(b, v, 'zoe', 'w1')).toBe('unknownParticipant')
  })

  it('a participant takes a dot back and can spend it again', () => {
    let b = startVoting(board(), voting())
    b = vote(b, ['cy', 'i1'], ['cy', 'i2'], ['cy', 'i3'])
    b = takeDotBack(b, 'v1', 'cy', 'i2')
    expect(dotsLeft(b, openVoting(b)!, 'cy')).toBe(1)
    expect(b.workshop!.dots!.map((d) => d.cardId)).toEqual(['i1', 'i3'])
    b = vote(b, ['cy', 'w1'])
    expect(dotsLeft(b, openVoting(b)!, 'cy')).toBe(0)
    // nothing to take back: unchanged
    expect(takeDotBack(b, 'v1', 'ana', 'i1')).toBe(b)
  })

  it('ranks cards by dots, ties together in reading order', () => {
    let b = startVoting(board(), voting())
    b = vote(b, ['ana', 'i2'], ['ana', 'i3'], ['ana', 'w1'], ['ben', 'i2'], ['ben', 'i3'], ['ben', 'i1'], ['cy', 'i2'], ['cy', 'w1'], ['cy', 'i1'])
    const rows = ranking(b, openVoting(b)!)
    expect(rows.map((r) => [r.rank, r.card.id, r.dots, r.tied])).toEqual([
      [1, 'i2', 3, false],
      [2, 'i1', 2, true], // stage 1 before stage 2
      [2, 'w1', 2, true],
      [2, 'i3', 2, true],
    ])
  })

  it('ending the vote saves the dots as the votable cards’ votes', () => {
    let b = startVoting(board(), voting({ tags: ['irritant'] }))
    b = vote(b, ['ana', 'i1'], ['ben', 'i1'], ['cy', 'i3'])
    b = endVoting(b, 'v1', T0 + 60_000)
    expect(openVoting(b)).toBeUndefined()
    expect(Object.fromEntries(b.cards.map((c) => [c.id, c.votes]))).toEqual({ i1: 2, i2: undefined, i3: 1, w1: undefined })
    expect(b.cards.find((c) => c.id === 'i2')).not.toHaveProperty('votes')
    // an ended vote takes no dot and gives none back
    expect(placeDot(b, dot('ana', 'i2'))).toBe(b)
    expect(takeDotBack(b, 'v1', 'ana', 'i1')).toBe(b)
    expect(ranking(b, b.workshop!.votings![0]).map((r) => r.card.id)).toEqual(['i1', 'i3'])
  })

  it('a vote on the current round’s notes leaves face-down notes out', () => {
    let b = startRound(board(), { id: 'r1', ask: 'wow', stageIds: ['s1'], startedAt: T0, private: true })
    b = addRoundNote(b, { id: 'n1', roundId: 'r1', stageId: 's1', text: 'Call back' })
    expect(votingError(b, voting({ roundId: 'r1' }))).toBe('noCards')
  })

  it('a deleted card takes its dots with it; a removed participant’s dots leave an open vote', () => {
    let b = startVoting(board(), voting())
    b = vote(b, ['ana', 'i1'], ['ben', 'i1'], ['ben', 'i2'])
    b = deleteCards(b, ['i1'])
    expect(b.workshop!.dots!.map((d) => d.cardId)).toEqual(['i2'])
    b = removeParticipant(b, 'ben')
    expect(b.workshop!.dots ?? []).toEqual([])
  })

  it('overspending from two tabs at once: only the earliest dots count', () => {
    let b = startVoting(board(), voting({ dotsPerParticipant: 2 }))
    // as a merge of two tabs could leave it: three dots of Ana's, written side by side
    b = { ...b, workshop: { ...b.workshop, dots: [dot('ana', 'i3', T0 + 30), dot('ana', 'i1', T0 + 10), dot('ana', 'i2', T0 + 20)] } }
    expect(validDots(b, openVoting(b)!).map((d) => d.cardId)).toEqual(['i1', 'i2'])
    expect(dotsLeft(b, openVoting(b)!, 'ana')).toBe(0)
  })
})
