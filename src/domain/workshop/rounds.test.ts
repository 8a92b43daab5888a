import { describe, expect, it } from 'vitest'
import { lane, makeBoard, stage } from '../../../test/boards'
import type { Board, Round } from '../types'
import { deleteCards } from '../operations'
import { addParticipant } from './participants'
import { fallbackLane, laneForAsk, newLaneIndex } from './lanes'
import {
  activeRound,
  addRoundLane,
  addRoundNote,
  endRound,
  faceDownCounts,
  noteError,
  revealRound,
  roundError,
  roundLog,
  setRoundLane,
  startRound,
  withoutFaceDown,
} from './rounds'
import { MINUTE, timerStatus } from './timer'

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0)

const target = (): Board =>
  makeBoard({
    kind: 'target',
    stages: [stage('s1', 'Book'), stage('s2', 'Arrive'), stage('s3', 'Be served')],
    lanes: [lane('li', 'irritants', 'Irritants'), lane('lm', 'musts', 'Musts'), lane('lp', 'pluses', 'Pluses')],
  })
const blueprint = (): Board =>
  makeBoard({
    kind: 'blueprint',
    stages: [stage('s1', 'Book'), stage('s2', 'Arrive')],
    lanes: [lane('ev', 'evidence'), lane('cu', 'customer', 'Customer actions'), lane('l1', 'line-interaction'), lane('fr', 'frontstage')],
  })
const round = (extra: Partial<Round> = {}): Round => ({ id: 'r1', ask: 'irritant', stageIds: ['s2'], startedAt: T0, ...extra })
const note = (id: string, text: string, extra: Partial<{ stageId: string; authorId: string; roundId: string }> = {}) => ({
  id,
  roundId: 'r1',
  stageId: 's2',
  text,
  ...extra,
})

describe('the lane a note belongs in', () => {
  it('is asked of the lane roles, best first', () => {
    expect(laneForAsk(target(), 'irritant')?.id).toBe('li')
    expect(laneForAsk(target(), 'wow')?.id).toBe('lp')
    expect(laneForAsk(target(), 'must')?.id).toBe('lm')
    const journey = makeBoard({ lanes: [lane('la', 'actions'), lane('pa', 'pains'), lane('op', 'opportunities')] })
    expect(laneForAsk(journey, 'irritant')?.id).toBe('pa')
    expect(laneForAsk(journey, 'wow')?.id).toBe('op')
    expect(laneForAsk(journey, 'question')).toBeUndefined()
  })

  it('a blueprint has none for irritants: the customer-actions lane is offered, and a new lane goes under it', () => {
    expect(laneForAsk(blueprint(), 'irritant')).toBeUndefined()
    expect(fallbackLane(blueprint(), 'irritant')?.id).toBe('cu')
    expect(newLaneIndex(blueprint(), 'irritant')).toBe(2)
  })
})

describe('the lane a note belongs in, from the board kind (laneForTag)', () => {
  it('follows the kind’s order of lanes: a must on an empathy map goes to its gains, a question on a journey map has no lane of notes to go to', () => {
    const empathy = makeBoard({ kind: 'empathy', lanes: [lane('sa', 'says'), lane('pa', 'pains'), lane('ga', 'gains')] })
    expect(laneForAsk(empathy, 'must')?.id).toBe('ga')
    expect(laneForAsk(empathy, 'irritant')?.id).toBe('pa')
    const journey = makeBoard({ kind: 'journey', lanes: [lane('ac', 'actions'), lane('th', 'thoughts')] })
    // the kind sends questions to the thoughts lane when there is no lane of notes: offered, not taken
    expect(laneForAsk(journey, 'question')).toBeUndefined()
    expect(fallbackLane(journey, 'question')?.id).toBe('th')
    expect(laneForAsk({ ...journey, lanes: [...journey.lanes, lane('no', 'notes')] }, 'question')?.id).toBe('no')
  })
})

describe('rounds', () => {
  it('a round starts on its stages (in board order) and starts the timer with its duration', () => {
    const b = startRound(target(), round({ stageIds: ['s3', 's1', 'gone'], durationMs: 5 * MINUTE }))
    expect(activeRound(b)?.stageIds).toEqual(['s1', 's3'])
    expect(b.workshop!.timer).toEqual({ durationMs: 5 * MINUTE, endsAt: T0 + 5 * MINUTE })
    expect(timerStatus(b.workshop!.timer, T0 + 1000)).toBe('running')
  })

  it('refuses a round with no stage', () => {
    expect(roundError(target(), round({ stageIds: [] }))).toBe('noStages')
    const b = target()
    expect(startRound(b, round({ stageIds: ['nowhere'] }))).toBe(b)
  })

  it('a note lands with the round’s tag, in its stage, in the lane that fits, after the cell’s cards', () => {
    let b = startRound(target(), round())
    b = addParticipant(b, { id: 'pa', name: 'Ana' })
    b = addRoundNote(b, note('n1', '  No slot before six weeks ', { authorId: 'pa' }))
    b = addRoundNote(b, note('n2', 'Queue outside'))
    const notes = b.cards.filter((c) => c.roundId === 'r1')
    expect(notes).toEqual([
      { id: 'n1', stageId: 's2', laneId: 'li', text: 'No slot before six weeks', tag: 'irritant', roundId: 'r1', authorId: 'pa' },
      { id: 'n2', stageId: 's2', laneId: 'li', text: 'Queue outside', tag: 'irritant', roundId: 'r1' },
    ])
  })

  it('refuses an empty note, a stage outside the round, an ended round — and changes nothing', () => {
    const b = startRound(target(), round())
    expect(noteError(b, note('x', '   '))).toBe('empty')
    expect(noteError(b, note('x', 'a', { stageId: 's1' }))).toBe('stageNotInRound')
    expect(addRoundNote(b, note('x', 'a', { stageId: 's1' }))).toBe(b)
    const ended = endRound(b, 'r1', T0 + MINUTE)
    expect(noteError(ended, note('x', 'a'))).toBe('roundEnded')
  })

  it('on a blueprint a note needs a lane: the facilitator adds an Irritants lane, or picks the customer-actions lane', () => {
    const b = startRound(blueprint(), round())
    expect(noteError(b, note('n1', 'Long queue'))).toBe('noLane')
    const added = addRoundNote(addRoundLane(b, 'r1', lane('new', 'irritants', 'Irritants'), newLaneIndex(b, 'irritant')), note('n1', 'Long queue'))
    expect(added.lanes.map((l) => l.id)).toEqual(['ev', 'cu', 'new', 'l1', 'fr'])
    expect(added.cards[0]).toMatchObject({ laneId: 'new', tag: 'irritant' })
    const picked = addRoundNote(setRoundLane(b, 'r1', 'cu'), note('n1', 'Long queue'))
    expect(picked.cards[0]).toMatchObject({ laneId: 'cu', tag: 'irritant' })
  })

  it('private notes stay face down, counted per stage, until the round is revealed', () => {
    let b = startRound(target(), round({ private: true, stageIds: ['s1', 's2'] }))
    b = addRoundNote(b, note('n1', 'a'))
    b = addRoundNote(b, note('n2', 'b'))
    b = addRoundNote(b, note('n3', 'c', { stageId: 's1' }))
    expect(Object.fromEntries(faceDownCounts(b))).toEqual({ s2: 2, s1: 1 })
    expect(withoutFaceDown(b).cards).toEqual([])
    b = revealRound(b, 'r1', T0 + MINUTE)
    expect(faceDownCounts(b).size).toBe(0)
    expect(withoutFaceDown(b)).toBe(b)
  })

  it('ending a round keeps its log line and stops the timer; starting another ends the one under way', () => {
    let b = startRound(target(), round({ durationMs: 3 * MINUTE }))
    b = addRoundNote(b, note('n1', 'a'))
    b = addRoundNote(b, note('n2', 'b'))
    b = endRound(b, 'r1', T0 + 2 * MINUTE)
    expect(activeRound(b)).toBeUndefined()
    expect(timerStatus(b.workshop!.timer, T0 + 2 * MINUTE)).toBe('idle')
    b = startRound(b, { id: 'r2', ask: 'wow', stageIds: ['s1', 's2', 's3'], startedAt: T0 + 3 * MINUTE })
    b = startRound(b, { id: 'r3', ask: 'must', stageIds: ['s1'], startedAt: T0 + 4 * MINUTE })
    // a deleted note does not change the log of an ended round
    b = deleteCards(b, ['n1'])
    const log = roundLog(b, T0 + 5 * MINUTE)
    expect(log.map((l) => [l.ask, l.stageNames.join('+'), l.notes, l.ranMs / MINUTE, l.active])).toEqual([
      ['irritant', 'Arrive', 2, 2, false],
      ['wow', 'Book+Arrive+Be served', 0, 1, false],
      ['must', 'Book', 0, 1, true],
    ])
    expect(activeRound(b)?.id).toBe('r3')
  })
})
