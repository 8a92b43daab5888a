// Two tabs (later two devices) running one workshop: every record merges on its own.
import { describe, expect, it } from 'vitest'
import { card, lane, makeBoard, stage } from '../../../test/boards'
import { mergeBoards } from '../merge'
import { deleteCards } from '../operations'
import { restoreBoard } from '../restore'
import type { Board, Dot } from '../types'
import { addParticipant } from './participants'
import { addRoundNote, endRound, revealRound, startRound } from './rounds'
import { setTimer } from './settings'
import { pauseTimer, startTimer } from './timer'
import { dotsLeft, openVoting, placeDot, ranking, startVoting, takeDotBack } from './voting'

const T0 = Date.UTC(2026, 10, 22, 11, 0, 0)

function base(): Board {
  let b = makeBoard({
    kind: 'target',
    stages: [stage('s1', 'Book'), stage('s2', 'Arrive')],
    lanes: [lane('li', 'irritants', 'Irritants')],
    cards: [card('i1', 's1', 'li', 'No slot', { tag: 'irritant' }), card('i2', 's2', 'li', 'Queue', { tag: 'irritant' })],
  })
  b = addParticipant(addParticipant(b, { id: 'ana', name: 'Ana' }), { id: 'ben', name: 'Ben' })
  return startVoting(b, { id: 'v1', dotsPerParticipant: 3, startedAt: T0 })
}
const dot = (id: string, participantId: string, cardId: string, at: number): Dot => ({ id, votingId: 'v1', participantId, cardId, at })

describe('merging a workshop', () => {
  it('two tabs voting at the same moment keep both dots (a vote is never lost)', () => {
    const b = base()
    const mine = placeDot(b, dot('d1', 'ana', 'i1', T0 + 5))
    const theirs = placeDot(b, dot('d2', 'ben', 'i1', T0 + 5))
    const merged = mergeBoards(b, mine, theirs)
    expect(merged.workshop!.dots!.map((d) => d.id).sort()).toEqual(['d1', 'd2'])
    expect(ranking(merged, openVoting(merged)!)).toMatchObject([{ card: { id: 'i1' }, dots: 2 }])
    // and the other way round
    expect(
      mergeBoards(b, theirs, mine)
        .workshop!.dots!.map((d) => d.id)
        .sort(),
    ).toEqual(['d1', 'd2'])
  })

  it('a dot taken back in one tab goes, while the other tab’s new dot stays', () => {
    const b = placeDot(base(), dot('d1', 'ana', 'i1', T0 + 1))
    const mine = takeDotBack(b, 'v1', 'ana', 'i1')
    const theirs = placeDot(b, dot('d2', 'ana', 'i2', T0 + 2))
    const merged = mergeBoards(b, mine, theirs)
    expect(merged.workshop!.dots!.map((d) => d.id)).toEqual(['d2'])
  })

  it('the same participant overspending from two tabs: the earliest dots count', () => {
    let b = base()
    b = placeDot(placeDot(b, dot('d1', 'ana', 'i1', T0 + 1)), dot('d2', 'ana', 'i2', T0 + 2))
    const mine = placeDot(
      { ...b, workshop: { ...b.workshop, votings: [{ ...b.workshop!.votings![0], multiplePerCard: true }] } },
      dot('d3', 'ana', 'i1', T0 + 3),
    )
    const theirs = placeDot(
      { ...b, workshop: { ...b.workshop, votings: [{ ...b.workshop!.votings![0], multiplePerCard: true }] } },
      dot('d4', 'ana', 'i2', T0 + 4),
    )
    const merged = mergeBoards(b, mine, theirs)
    expect(merged.workshop!.dots).toHaveLength(4)
    expect(dotsLeft(merged, openVoting(merged)!, 'ana')).toBe(0)
    expect(ranking(merged, openVoting(merged)!).map((r) => [r.card.id, r.dots])).toEqual([
      ['i1', 2],
      ['i2', 1],
    ])
  })

  it('a card deleted in one tab takes the dots the other tab put on it', () => {
    const b = base()
    const merged = mergeBoards(b, deleteCards(b, ['i1']), placeDot(b, dot('d1', 'ben', 'i1', T0 + 1)))
    expect(merged.cards.map((c) => c.id)).toEqual(['i2'])
    expect(merged.workshop!.dots ?? []).toEqual([])
  })

  it('one tab ends a round while another reveals it: both happen; notes from both tabs stay', () => {
    let b = startRound(base(), { id: 'r1', ask: 'irritant', stageIds: ['s1'], startedAt: T0, private: true })
    const mine = endRound(addRoundNote(b, { id: 'n1', roundId: 'r1', stageId: 's1', text: 'mine' }), 'r1', T0 + 60_000)
    const theirs = revealRound(addRoundNote(b, { id: 'n2', roundId: 'r1', stageId: 's1', text: 'theirs' }), 'r1', T0 + 50_000)
    const merged = mergeBoards(b, mine, theirs)
    expect(merged.workshop!.rounds![0]).toMatchObject({ endedAt: T0 + 60_000, revealedAt: T0 + 50_000 })
    expect(
      merged.cards
        .filter((c) => c.roundId === 'r1')
        .map((c) => c.text)
        .sort(),
    ).toEqual(['mine', 'theirs'])
  })

  it('participants added in two tabs are all kept; the timer is one value', () => {
    const b = base()
    const mine = setTimer(addParticipant(b, { id: 'cy', name: 'Cy' }), pauseTimer(startTimer(undefined, T0, 60_000), T0 + 1000))
    const theirs = addParticipant(b, { id: 'dee', name: 'Dee' })
    const merged = mergeBoards(b, mine, theirs)
    expect(merged.workshop!.participants!.map((p) => p.id)).toEqual(['ana', 'ben', 'cy', 'dee'])
    expect(merged.workshop!.timer).toEqual({ durationMs: 60_000, remainingMs: 59_000 })
  })

  it('survives a trip through storage: restore keeps every workshop record', () => {
    let b = startRound(base(), { id: 'r1', ask: 'wow', stageIds: ['s2'], startedAt: T0, durationMs: 180_000, private: true })
    b = addRoundNote(b, { id: 'n1', roundId: 'r1', stageId: 's2', text: 'Call back', authorId: 'ana' })
    b = placeDot(b, dot('d1', 'ben', 'i2', T0 + 9))
    const { board, warnings } = restoreBoard(JSON.parse(JSON.stringify(b)))
    expect(warnings).toEqual([])
    expect(board).toEqual(b)
  })

  it('restore drops what points nowhere and says so', () => {
    const b = base()
    const raw = JSON.parse(JSON.stringify(b))
    raw.workshop.dots = [dot('d1', 'ana', 'gone', T0), dot('d2', 'ana', 'i1', T0), { id: 'd3' }, dot('d4', 'ana', 'i1', T0)]
    raw.workshop.dots[3].votingId = 'nope'
    raw.workshop.rounds = [
      { id: 'r1', ask: 'shout', stageIds: [], startedAt: T0 },
      { id: 'r2', ask: 'irritant', stageIds: ['s1', 'gone'], startedAt: T0 },
    ]
    raw.workshop.timer = { durationMs: -5 }
    raw.cards[0].roundId = 'r2'
    const { board, warnings } = restoreBoard(raw)
    expect(board.workshop!.dots!.map((d) => d.id)).toEqual(['d2'])
    expect(board.workshop!.rounds).toEqual([{ id: 'r2', ask: 'irritant', stageIds: ['s1'], startedAt: T0 }])
    expect(board.workshop!.timer).toBeUndefined()
    expect(board.cards[0].roundId).toBe('r2')
    expect(warnings).toContainEqual({ code: 'workshopRepaired', count: 6 })
  })
})
