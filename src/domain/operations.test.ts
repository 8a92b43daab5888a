import { describe, expect, it } from 'vitest'
import * as ops from './operations'
import type { Board } from './types'
import { card, cellIds, invariantErrors, isCardless, journey, lane, link, makeBoard, randomBoard, randomEdit, stage } from '../../test/boards'
import { rng, seeds } from '../../test/random'

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)
const phaseOf = (b: Board, stageId: string) => b.phases?.find((p) => p.stageIds.includes(stageId))?.id

describe('board', () => {
  it('renames the board and leaves the rest as it was', () => {
    const b = journey()
    const next = ops.renameBoard(b, 'Renewing a subscription')
    expect(next.title).toBe('Renewing a subscription')
    expect({ ...next, title: b.title }).toEqual(b)
    expect(b.title).toBe('Buying a train ticket') // the original is not mutated
  })

  it('sets and removes optional board fields', () => {
    const b = journey()
    const set = ops.setBoardField(b, 'situation', 'At the station, late')
    expect(set.situation).toBe('At the station, late')
    const cleared = ops.setBoardField(set, 'situation', undefined)
    expect('situation' in cleared).toBe(false)
    expect(cleared).toEqual(b)
    expect(ops.setBoardField(b, 'fmeaThreshold', 80).fmeaThreshold).toBe(80)
    expect(ops.setBoardField(b, 'personaIds', ['x', 'y']).personaIds).toEqual(['x', 'y'])
  })
})

describe('stages', () => {
  it('adds a stage at an index, or at the end without one or with one out of range', () => {
    const b = journey()
    expect(ids(ops.addStage(b, stage('n'), 1).stages)).toEqual(['s1', 'n', 's2', 's3'])
    expect(ids(ops.addStage(b, stage('n')).stages)).toEqual(['s1', 's2', 's3', 'n'])
    expect(ids(ops.addStage(b, stage('n'), 99).stages)).toEqual(['s1', 's2', 's3', 'n'])
    expect(ids(ops.addStage(b, stage('n'), -1).stages)).toEqual(['s1', 's2', 's3', 'n'])
    expect(ids(ops.addStage(b, stage('n'), 0).stages)).toEqual(['n', 's1', 's2', 's3'])
  })

  it('a stage inserted between two stages of a phase joins that phase', () => {
    const next = ops.addStage(journey(), stage('n'), 1) // between s1 and s2, both in p1
    expect(phaseOf(next, 'n')).toBe('p1')
    expect(next.phases).toHaveLength(1)
  })

  it('a stage inserted between stages in no phase stays in none', () => {
    const b = makeBoard({
      stages: [stage('s1'), stage('s2'), stage('s3'), stage('s4')],
      phases: [{ id: 'p1', name: 'Before', stageIds: ['s1'] }],
    })
    expect(phaseOf(ops.addStage(b, stage('n'), 3), 'n')).toBeUndefined()
    expect(ops.addStage(b, stage('n'), 3).phases).toEqual(b.phases)
  })

  it('a stage given a phase goes into that phase, wherever it is inserted', () => {
    const b = ops.addPhase(journey(), { id: 'p2', name: 'After' })
    const next = ops.addStage(b, stage('n'), 0, 'p2')
    expect(phaseOf(next, 'n')).toBe('p2')
    expect(next.phases!.find((p) => p.id === 'p1')!.stageIds).toEqual(['s1', 's2'])
  })

  it('updates, renames and marks a stage; undefined removes a field', () => {
    const b = journey()
    const next = ops.updateStage(b, 's2', { name: 'Pick', description: 'Seat and class' })
    expect(next.stages[1]).toEqual({ id: 's2', name: 'Pick', description: 'Seat and class' })
    expect(ops.updateStage(next, 's2', { description: undefined }).stages[1]).toEqual({ id: 's2', name: 'Pick' })
    expect(ops.renameStage(b, 's3', 'Ride').stages[2].name).toBe('Ride')
    const marked = ops.setStageMoment(b, 's1', 'negative')
    expect(marked.stages[0].moment).toBe('negative')
    expect(ops.setStageMoment(marked, 's1', undefined).stages[0]).toEqual(b.stages[0])
  })

  it('editing a stage that does not exist changes nothing', () => {
    const b = journey()
    expect(ops.updateStage(b, 'nope', { name: 'x' })).toBe(b)
    expect(ops.moveStage(b, 'nope', 0)).toBe(b)
  })

  it('moves a stage to an index (clamped to the ends), and its cards with it', () => {
    const b = journey()
    expect(ids(ops.moveStage(b, 's1', 2).stages)).toEqual(['s2', 's3', 's1'])
    expect(ids(ops.moveStage(b, 's3', 0).stages)).toEqual(['s3', 's1', 's2'])
    expect(ids(ops.moveStage(b, 's1', 50).stages)).toEqual(['s2', 's3', 's1'])
    expect(ids(ops.moveStage(b, 's3', -5).stages)).toEqual(['s3', 's1', 's2'])
    const moved = ops.moveStage(b, 's1', 2)
    expect(cellIds(moved, 's1', 'la')).toEqual(['c1', 'c2'])
    expect(moved.cards).toBe(b.cards)
  })

  it('deleting a stage drops its cards, their links, its emotion points and its place in phases', () => {
    const next = ops.deleteStage(journey(), 's1')
    expect(ids(next.stages)).toEqual(['s2', 's3'])
    expect(ids(next.cards)).toEqual(['c3', 'c5'])
    expect(ids(next.links)).toEqual(['k2']) // k1 came from c1
    expect(next.emotions).toEqual([{ stageId: 's2', value: -2 }])
    expect(next.phases).toEqual([{ id: 'p1', name: 'Before', stageIds: ['s2'] }])
    expect(invariantErrors(next)).toEqual([])
  })

  it('deleting the last stage leaves an empty, sound board', () => {
    let b = journey()
    for (const s of ['s1', 's2', 's3']) b = ops.deleteStage(b, s)
    expect(b.stages).toEqual([])
    expect(b.cards).toEqual([])
    expect(b.links).toEqual([])
    expect(b.emotions).toEqual([])
    expect(invariantErrors(b)).toEqual([])
  })
})

describe('phases', () => {
  it('adds a phase, taking its stages out of any other phase', () => {
    const next = ops.addPhase(journey(), { id: 'p2', name: 'During', stageIds: ['s2', 's3'] })
    expect(next.phases).toEqual([
      { id: 'p1', name: 'Before', stageIds: ['s1'] },
      { id: 'p2', name: 'During', stageIds: ['s2', 's3'] },
    ])
  })

  it('adds the first phase of a board that had none', () => {
    const b = makeBoard({ stages: [stage('s1')] })
    expect(ops.addPhase(b, { id: 'p', name: 'All' }).phases).toEqual([{ id: 'p', name: 'All', stageIds: [] }])
  })

  it('renames and deletes a phase; its stages stay on the board', () => {
    const b = journey()
    expect(ops.renamePhase(b, 'p1', 'Preparation').phases![0].name).toBe('Preparation')
    expect(ops.renamePhase(b, 'nope', 'x')).toBe(b)
    const deleted = ops.deletePhase(b, 'p1')
    expect(deleted.phases).toEqual([])
    expect(deleted.stages).toBe(b.stages)
    expect(deleted.cards).toBe(b.cards)
  })

  it('puts a stage in one phase at most, or in none', () => {
    const b = ops.addPhase(journey(), { id: 'p2', name: 'During', stageIds: ['s3'] })
    const moved = ops.setStagePhase(b, 's1', 'p2')
    expect(moved.phases).toEqual([
      { id: 'p1', name: 'Before', stageIds: ['s2'] },
      { id: 'p2', name: 'During', stageIds: ['s3', 's1'] },
    ])
    const none = ops.setStagePhase(moved, 's1', null)
    expect(none.phases!.flatMap((p) => p.stageIds)).not.toContain('s1')
    expect(invariantErrors(none)).toEqual([])
  })
})

describe('lanes', () => {
  it('adds a lane at an index or at the end', () => {
    const b = journey()
    expect(ids(ops.addLane(b, lane('n'), 0).lanes)).toEqual(['n', 'la', 'lt', 'lv', 'le', 'lb'])
    expect(ids(ops.addLane(b, lane('n')).lanes)).toEqual(['la', 'lt', 'lv', 'le', 'lb', 'n'])
    expect(ids(ops.addLane(b, lane('n'), 2).lanes)).toEqual(['la', 'lt', 'n', 'lv', 'le', 'lb'])
  })

  it('renames and moves a lane', () => {
    const b = journey()
    expect(ops.renameLane(b, 'lt', 'Channels').lanes[1]).toEqual({ id: 'lt', name: 'Channels', role: 'touchpoints' })
    expect(ids(ops.moveLane(b, 'lb', 0).lanes)).toEqual(['lb', 'la', 'lt', 'lv', 'le'])
    expect(ids(ops.moveLane(b, 'la', 4).lanes)).toEqual(['lt', 'lv', 'le', 'lb', 'la'])
    expect(ops.moveLane(b, 'nope', 1)).toBe(b)
  })

  it('changes the role of a lane between roles that hold cards', () => {
    const next = ops.setLaneRole(journey(), 'la', 'thoughts')
    expect(next.lanes[0].role).toBe('thoughts')
    expect(cellIds(next, 's1', 'la')).toEqual(['c1', 'c2'])
  })

  it('a lane with cards cannot become a line or the emotion curve; an empty one can', () => {
    const b = journey()
    expect(ops.setLaneRole(b, 'la', 'line-interaction')).toBe(b)
    expect(ops.setLaneRole(b, 'la', 'emotions')).toBe(b)
    const empty = ops.deleteCards(b, ['c4'])
    expect(ops.setLaneRole(empty, 'lt', 'line-internal').lanes[1].role).toBe('line-internal')
  })

  it('deleting a lane drops its cards and the links that touched them', () => {
    const next = ops.deleteLane(journey(), 'lb')
    expect(ids(next.lanes)).toEqual(['la', 'lt', 'lv', 'le'])
    expect(ids(next.cards)).toEqual(['c1', 'c2', 'c3', 'c4'])
    expect(ids(next.links)).toEqual(['k1'])
    expect(next.emotions).toEqual(journey().emotions) // emotion points belong to stages
    expect(invariantErrors(next)).toEqual([])
  })
})

describe('cards', () => {
  it('lists the cards of a cell in board order', () => {
    expect(cellIds(journey(), 's1', 'la')).toEqual(['c1', 'c2'])
    expect(cellIds(journey(), 's2', 'lt')).toEqual([])
  })

  it('adds a card at the end of its cell, or at an index within it', () => {
    const b = journey()
    expect(cellIds(ops.addCard(b, card('n', 's1', 'la')), 's1', 'la')).toEqual(['c1', 'c2', 'n'])
    expect(cellIds(ops.addCard(b, card('n', 's1', 'la'), 0), 's1', 'la')).toEqual(['n', 'c1', 'c2'])
    expect(cellIds(ops.addCard(b, card('n', 's1', 'la'), 1), 's1', 'la')).toEqual(['c1', 'n', 'c2'])
    expect(cellIds(ops.addCard(b, card('n', 's1', 'la'), 9), 's1', 'la')).toEqual(['c1', 'c2', 'n'])
    expect(cellIds(ops.addCard(b, card('n', 's2', 'lt'), 3), 's2', 'lt')).toEqual(['n'])
    // other cells are untouched
    const added = ops.addCard(b, card('n', 's1', 'la'), 0)
    expect(added.cards.filter((c) => c.id !== 'n')).toEqual(b.cards)
  })

  it('a line, the emotion curve, or a missing stage or lane refuses a card', () => {
    const b = journey()
    expect(ops.addCard(b, card('n', 's1', 'lv'))).toBe(b)
    expect(ops.addCard(b, card('n', 's1', 'le'))).toBe(b)
    expect(ops.addCard(b, card('n', 'gone', 'la'))).toBe(b)
    expect(ops.addCard(b, card('n', 's1', 'gone'))).toBe(b)
  })

  it('updates fields of several cards; undefined, false and empty optional fields are removed', () => {
    const b = journey()
    const next = ops.updateCards(b, ['c1', 'c3'], { tag: 'irritant', evidence: 'assumption' })
    expect(next.cards.find((c) => c.id === 'c1')).toEqual({ ...b.cards[0], tag: 'irritant', evidence: 'assumption' })
    expect(next.cards.find((c) => c.id === 'c3')).toEqual({ ...b.cards[2], tag: 'irritant', evidence: 'assumption' })
    expect(next.cards.find((c) => c.id === 'c2')).toBe(b.cards[1])
    const cleared = ops.updateCards(next, ['c1'], { tag: undefined, evidence: undefined })
    expect(cleared.cards[0]).toEqual(b.cards[0])
    expect(ops.updateCard(b, 'c5', { failPoint: false }).cards[4]).toEqual(card('c5', 's3', 'lb', 'Seat reservation service'))
    expect(ops.updateCard(b, 'c2', { color: '' }).cards[1]).not.toHaveProperty('color')
    expect(ops.updateCard(b, 'c2', { votes: 0 }).cards[1].votes).toBe(0)
  })

  it('a card whose text is cleared keeps an empty text', () => {
    const next = ops.updateCard(journey(), 'c1', { text: '' })
    expect(next.cards[0]).toEqual(card('c1', 's1', 'la', ''))
    expect(invariantErrors(next)).toEqual([])
  })

  it('moves cards into another cell at an index, keeping their order', () => {
    const b = ops.addCard(journey(), card('c6', 's2', 'la'))
    // c2 comes before c1 in the ids given, but they move in their board order
    const next = ops.moveCards(b, ['c2', 'c1'], 's2', 'la', 1)
    expect(cellIds(next, 's2', 'la')).toEqual(['c3', 'c1', 'c2', 'c6'])
    expect(cellIds(next, 's1', 'la')).toEqual([])
    expect(next.cards.find((c) => c.id === 'c1')).toEqual({ ...b.cards[0], stageId: 's2' })
    expect(next.links).toEqual(b.links)
    expect(cellIds(ops.moveCards(b, ['c4'], 's2', 'la'), 's2', 'la')).toEqual(['c3', 'c6', 'c4'])
    expect(cellIds(ops.moveCards(b, ['c4'], 's2', 'la', 0), 's2', 'la')).toEqual(['c4', 'c3', 'c6'])
  })

  it('moves a card within its own cell; the index counts the other cards', () => {
    const b = ops.addCard(journey(), card('c6', 's1', 'la'))
    expect(cellIds(ops.moveCards(b, ['c1'], 's1', 'la', 2), 's1', 'la')).toEqual(['c2', 'c6', 'c1'])
    expect(cellIds(ops.moveCards(b, ['c6'], 's1', 'la', 0), 's1', 'la')).toEqual(['c6', 'c1', 'c2'])
    expect(cellIds(ops.moveCards(b, ['c2'], 's1', 'la', 1), 's1', 'la')).toEqual(['c1', 'c2', 'c6'])
  })

  it('dropping cards back where they were changes nothing', () => {
    const b = journey()
    expect(ops.moveCards(b, ['c2'], 's1', 'la', 1)).toEqual(b)
    expect(ops.moveCards(b, ['c2'], 's1', 'la', 1)).toBe(b)
    expect(ops.moveCards(b, ['c1', 'c2'], 's1', 'la')).toBe(b)
    expect(ops.moveCards(b, ['nope'], 's2', 'la')).toBe(b)
  })

  it('refuses to move cards onto a line, the emotion curve, or a missing cell', () => {
    const b = journey()
    expect(ops.moveCards(b, ['c1'], 's2', 'lv')).toBe(b)
    expect(ops.moveCards(b, ['c1'], 's2', 'le')).toBe(b)
    expect(ops.moveCards(b, ['c1'], 'gone', 'la')).toBe(b)
    expect(ops.moveCards(b, ['c1'], 's2', 'gone')).toBe(b)
  })

  it('deletes cards and the links that touched them', () => {
    const next = ops.deleteCards(journey(), ['c3', 'nope'])
    expect(ids(next.cards)).toEqual(['c1', 'c2', 'c4', 'c5'])
    expect(next.links).toEqual([])
    expect(invariantErrors(next)).toEqual([])
  })

  it('duplicates cards next to their originals, without votes, copying links between copies', () => {
    const b = journey()
    let n = 0
    const next = ops.duplicateCards(b, ['c1', 'c2', 'c3'], ['d1', 'd2', 'd3'], () => `dk${++n}`)
    expect(ids(next.cards)).toEqual(['c1', 'd1', 'c2', 'd2', 'c3', 'd3', 'c4', 'c5'])
    expect(next.cards[3]).toEqual(card('d2', 's1', 'la', 'Compares prices', { tag: 'idea' }))
    expect(next.cards[2]).toEqual(b.cards[1]) // the original keeps its votes
    // c1 → c3 is copied as d1 → d3; c3 → c5 is not (c5 was not copied)
    expect(next.links).toEqual([...b.links, link('dk1', 'd1', 'd3')])
    expect(invariantErrors(next)).toEqual([])
  })

  it('a duplicated link keeps its label', () => {
    const b = journey()
    const next = ops.duplicateCards(b, ['c3', 'c5'], ['d3', 'd5'], () => 'dk')
    expect(next.links).toContainEqual(link('dk', 'd3', 'd5', 'then'))
  })

  it('a duplicated card is a deep copy: editing it leaves the original alone', () => {
    const fmea = { failure: 'Site down', severity: 8, probability: 2, detection: 3 }
    const b = ops.updateCard(journey(), 'c1', { fmea })
    const dup = ops.duplicateCards(b, ['c1'], ['d1'], () => 'x')
    const edited = ops.updateCard(dup, 'd1', { fmea: { ...fmea, severity: 1 } })
    expect(edited.cards[0].fmea).toEqual(fmea)
    expect(edited.cards[1].fmea!.severity).toBe(1)
  })
})

describe('links', () => {
  it('adds an arrow between two cards', () => {
    const b = journey()
    const next = ops.addLink(b, link('k3', 'c4', 'c1', 'opens'))
    expect(next.links).toEqual([...b.links, link('k3', 'c4', 'c1', 'opens')])
  })

  it('refuses self-links, duplicates and links to missing cards', () => {
    const b = journey()
    expect(ops.addLink(b, link('k3', 'c1', 'c1'))).toBe(b)
    expect(ops.addLink(b, link('k3', 'c1', 'c3'))).toBe(b)
    expect(ops.addLink(b, link('k3', 'c1', 'gone'))).toBe(b)
    expect(ops.addLink(b, link('k3', 'gone', 'c1'))).toBe(b)
    // the opposite direction is another arrow
    expect(ops.addLink(b, link('k3', 'c3', 'c1')).links).toHaveLength(3)
  })

  it('labels an arrow; a blank label removes it', () => {
    const b = journey()
    expect(ops.setLinkLabel(b, 'k1', 'books').links[0]).toEqual(link('k1', 'c1', 'c3', 'books'))
    expect(ops.setLinkLabel(b, 'k2', '   ').links[1]).toEqual(link('k2', 'c3', 'c5'))
    expect(ops.setLinkLabel(b, 'nope', 'x')).toBe(b)
  })

  it('deletes arrows, leaving the cards', () => {
    const b = journey()
    const next = ops.deleteLinks(b, ['k1', 'nope'])
    expect(next.links).toEqual([link('k2', 'c3', 'c5', 'then')])
    expect(next.cards).toBe(b.cards)
  })
})

describe('immer structural sharing', () => {
  it('an edit keeps the identity of everything it did not touch', () => {
    const b = journey()
    const next = ops.updateCard(b, 'c3', { text: 'Picks a window seat' })
    expect(next).not.toBe(b)
    expect(next.stages).toBe(b.stages)
    expect(next.lanes).toBe(b.lanes)
    expect(next.links).toBe(b.links)
    expect(next.phases).toBe(b.phases)
    next.cards.forEach((c, i) => (c.id === 'c3' ? expect(c).not.toBe(b.cards[i]) : expect(c).toBe(b.cards[i])))
  })

  it('renaming a stage keeps the other stages and all cards', () => {
    const b = journey()
    const next = ops.renameStage(b, 's2', 'Pick')
    expect(next.stages[0]).toBe(b.stages[0])
    expect(next.stages[2]).toBe(b.stages[2])
    expect(next.cards).toBe(b.cards)
    expect(next.lanes).toBe(b.lanes)
  })

  it('results are frozen, so a caller cannot change a board behind the history’s back', () => {
    const next = ops.renameBoard(journey(), 'x')
    expect(Object.isFrozen(next)).toBe(true)
    expect(Object.isFrozen(next.cards)).toBe(true)
  })
})

describe('random edits', () => {
  it.each(seeds([1, 2, 3, 42]))('every edit keeps the board sound (seed %i)', (seed) => {
    const r = rng(seed)
    let b = journey()
    const done: string[] = []
    for (let i = 0; i < 300; i++) {
      const edit = randomEdit(r, b)
      done.push(edit.label)
      const before = JSON.stringify(b)
      b = edit.apply(b)
      const errors = invariantErrors(b)
      if (errors.length) {
        expect.fail(`seed ${seed}, step ${i} (${edit.label}): ${errors.join('; ')}\nlast edits: ${done.slice(-5).join(' | ')}\nboard before: ${before}`)
      }
    }
  })
})

describe('moveCards, on random boards', () => {
  it.each(seeds([7, 8, 9]))('the target cell gets the cards at the index; every other cell keeps its order (seed %i)', (seed) => {
    const r = rng(seed)
    for (let round = 0; round < 60; round++) {
      const b = randomBoard(r, 30)
      const holding = b.lanes.filter((l) => !isCardless(l))
      if (!b.cards.length || !holding.length || !b.stages.length) continue
      const moving = b.cards.filter(() => r.chance(0.2)).map((c) => c.id)
      const stageId = r.pick(b.stages).id
      const laneId = r.pick(holding).id
      const index = r.chance(0.3) ? undefined : r.int(5)
      const next = ops.moveCards(b, moving, stageId, laneId, index)
      const why = `seed ${seed}, round ${round}: move [${moving}] to ${stageId}/${laneId} at ${index}`
      const others = cellIds(b, stageId, laneId).filter((id) => !moving.includes(id))
      const at = index === undefined || index > others.length ? others.length : index
      const expected = [...others.slice(0, at), ...moving, ...others.slice(at)]
      expect(cellIds(next, stageId, laneId), why).toEqual(expected)
      for (const s of b.stages)
        for (const l of b.lanes)
          if (s.id !== stageId || l.id !== laneId) expect(cellIds(next, s.id, l.id), why).toEqual(cellIds(b, s.id, l.id).filter((id) => !moving.includes(id)))
      expect(next.cards.length).toBe(b.cards.length)
      if (JSON.stringify(cellIds(b, stageId, laneId)) === JSON.stringify(expected)) expect(next, why).toBe(b)
    }
  })
})
