import { describe, expect, it } from 'vitest'
import { conflictingTexts, mergeBoards } from './merge'
import * as ops from './operations'
import { setEmotion } from './methods/emotion'
import type { Board } from './types'
import { card, cellIds, invariantErrors, journey, link, randomBoard, randomEdit, stage } from '../../test/boards'
import { rng, seeds } from '../../test/random'

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)
const cardText = (b: Board, id: string) => b.cards.find((c) => c.id === id)?.text

describe('mergeBoards (two tabs)', () => {
  it('when one side changed nothing, the result is the other side', () => {
    const base = journey()
    const mine = ops.renameStage(base, 's1', 'Look around')
    expect(mergeBoards(base, mine, base)).toEqual(mine)
    expect(mergeBoards(base, base, mine)).toEqual(mine)
    expect(mergeBoards(base, mine, structuredClone(base))).toEqual(mine)
  })

  it('keeps both sides’ additions', () => {
    const base = journey()
    const mine = ops.addCard(ops.addStage(base, stage('sm', 'Mine')), card('cm', 's2', 'la', 'mine'))
    const theirs = ops.addCard(ops.addStage(base, stage('st', 'Theirs'), 0), card('ct', 's1', 'lt', 'theirs'))
    const merged = mergeBoards(base, mine, theirs)
    expect(ids(merged.stages)).toEqual(['st', 's1', 's2', 's3', 'sm'])
    expect(cellIds(merged, 's2', 'la')).toEqual(['c3', 'cm'])
    expect(cellIds(merged, 's1', 'lt')).toEqual(['c4', 'ct'])
    expect(merged.cards).toHaveLength(base.cards.length + 2)
    expect(invariantErrors(merged)).toEqual([])
  })

  it('keeps edits of different cards from both sides, and of different board fields', () => {
    const base = journey()
    const mine = ops.renameBoard(ops.updateCard(base, 'c1', { text: 'mine' }), 'Mine')
    const theirs = ops.setBoardField(ops.updateCard(base, 'c3', { tag: 'wow' }), 'situation', 'Theirs')
    const merged = mergeBoards(base, mine, theirs)
    expect(cardText(merged, 'c1')).toBe('mine')
    expect(merged.cards.find((c) => c.id === 'c3')!.tag).toBe('wow')
    expect(merged.title).toBe('Mine')
    expect(merged.situation).toBe('Theirs')
  })

  it('when both sides edit one card, each field both changed is mine, the others are kept from both', () => {
    const base = journey()
    const merged = mergeBoards(base, ops.updateCard(base, 'c1', { text: 'mine' }), ops.updateCard(base, 'c1', { text: 'theirs', tag: 'wow' }))
    expect(merged.cards[0]).toEqual({ ...card('c1', 's1', 'la', 'mine'), tag: 'wow' })
    // a card moved in one tab and retyped in the other: both
    const moved = ops.moveCards(base, ['c1'], 's2', 'la')
    const typed = ops.updateCard(base, 'c1', { text: 'typed' })
    const both = mergeBoards(base, moved, typed).cards.find((c) => c.id === 'c1')!
    expect([both.stageId, both.text]).toEqual(['s2', 'typed'])
    expect(invariantErrors(mergeBoards(base, typed, moved))).toEqual([])
  })

  it('names the typed texts both sides changed, and only those', () => {
    const base = journey()
    const mine = ops.renameStage(ops.updateCard(ops.updateCard(base, 'c1', { text: 'mine' }), 'c2', { tag: 'wow' }), 's1', 'Same')
    const theirs = ops.renameStage(ops.updateCard(ops.updateCard(base, 'c1', { text: 'theirs' }), 'c2', { text: 'only theirs' }), 's1', 'Same')
    expect(conflictingTexts(base, mine, theirs)).toEqual([{ list: 'cards', id: 'c1', field: 'text', base: base.cards[0].text, mine: 'mine', theirs: 'theirs' }])
    const titled = conflictingTexts(base, ops.renameBoard(base, 'A'), ops.renameBoard(base, 'B'))
    expect(titled.map((c) => [c.list, c.field, c.theirs])).toEqual([['board', 'title', 'B']])
    expect(conflictingTexts(base, mine, base)).toEqual([])
  })

  it('an edit beats a deletion, whichever side made it', () => {
    const base = journey()
    const edited = ops.updateCard(base, 'c2', { text: 'Compares prices and times' })
    const deleted = ops.deleteCards(base, ['c2'])
    expect(cardText(mergeBoards(base, edited, deleted), 'c2')).toBe('Compares prices and times')
    expect(cardText(mergeBoards(base, deleted, edited), 'c2')).toBe('Compares prices and times')
    expect(cellIds(mergeBoards(base, deleted, edited), 's1', 'la')).toEqual(['c1', 'c2'])
  })

  it('a deletion on one side that the other did not touch is kept', () => {
    const base = journey()
    const mine = ops.deleteCards(base, ['c4'])
    const theirs = ops.updateCard(base, 'c1', { text: 'theirs' })
    const merged = mergeBoards(base, mine, theirs)
    expect(ids(merged.cards)).toEqual(['c1', 'c2', 'c3', 'c5'])
    expect(cardText(merged, 'c1')).toBe('theirs')
    expect(ids(mergeBoards(base, theirs, mine).cards)).toEqual(['c1', 'c2', 'c3', 'c5'])
  })

  it('a reorder on one side and an addition on the other: the new order, with the addition after its predecessor', () => {
    const base = journey()
    const reordered = ops.moveStage(base, 's1', 2) // s2 s3 s1
    const added = ops.addStage(base, stage('n'), 1) // s1 n s2 s3
    expect(ids(mergeBoards(base, reordered, added).stages)).toEqual(['s2', 's3', 's1', 'n'])
    expect(ids(mergeBoards(base, added, reordered).stages)).toEqual(['s2', 's3', 's1', 'n'])
    // cards too: a card moved to the top of its cell on one side, a card added on the other
    const moved = ops.moveCards(base, ['c2'], 's1', 'la', 0)
    const withCard = ops.addCard(base, card('n', 's1', 'la'), 1)
    expect(cellIds(mergeBoards(base, moved, withCard), 's1', 'la')).toEqual(['c2', 'c1', 'n'])
    expect(cellIds(mergeBoards(base, withCard, moved), 's1', 'la')).toEqual(['c2', 'c1', 'n'])
  })

  it('when both sides reorder, mine decides the order', () => {
    const base = journey()
    const mine = ops.moveLane(base, 'lb', 0)
    const theirs = ops.moveLane(base, 'la', 4)
    expect(ids(mergeBoards(base, mine, theirs).lanes)).toEqual(['lb', 'la', 'lt', 'lv', 'le'])
  })

  it('cards left on a stage deleted on the other side are dropped, with their links', () => {
    const base = journey()
    const mine = ops.addLink(ops.addCard(base, card('n', 's2', 'lt', 'Seat map')), link('kn', 'c1', 'n'))
    const theirs = ops.deleteStage(base, 's2')
    const merged = mergeBoards(base, mine, theirs)
    expect(ids(merged.stages)).toEqual(['s1', 's3'])
    expect(ids(merged.cards)).toEqual(['c1', 'c2', 'c4', 'c5'])
    expect(merged.links).toEqual([])
    expect(invariantErrors(merged)).toEqual([])
    expect(mergeBoards(base, theirs, mine)).toEqual(merged)
  })

  it('a card edited on one side, on a lane deleted on the other, goes with the lane', () => {
    const base = journey()
    const merged = mergeBoards(base, ops.updateCard(base, 'c4', { text: 'App' }), ops.deleteLane(base, 'lt'))
    expect(ids(merged.lanes)).toEqual(['la', 'lv', 'le', 'lb'])
    expect(merged.cards.map((c) => c.id)).not.toContain('c4')
  })

  it('a stage both sides put in a new phase stays in mine only', () => {
    const base = journey()
    const mine = ops.addPhase(base, { id: 'pm', name: 'Mine', stageIds: ['s3'] })
    const theirs = ops.addPhase(base, { id: 'pt', name: 'Theirs', stageIds: ['s2', 's3'] })
    const merged = mergeBoards(base, mine, theirs)
    expect(merged.phases).toEqual([
      { id: 'p1', name: 'Before', stageIds: ['s1'] },
      { id: 'pm', name: 'Mine', stageIds: ['s3'] },
      { id: 'pt', name: 'Theirs', stageIds: ['s2'] },
    ])
    expect(invariantErrors(merged)).toEqual([])
  })

  it('the same arrow drawn on both sides is kept once', () => {
    const base = journey()
    const merged = mergeBoards(base, ops.addLink(base, link('km', 'c4', 'c2')), ops.addLink(base, link('kt', 'c4', 'c2')))
    expect(merged.links).toEqual([...base.links, link('km', 'c4', 'c2')])
  })

  it('an emotion point or a phase place given to a stage the other side deleted is dropped', () => {
    const base = journey()
    const mine = ops.setStagePhase(setEmotion(base, 's3', 2), 's3', 'p1')
    const theirs = ops.deleteStage(base, 's3')
    const merged = mergeBoards(base, mine, theirs)
    expect(ids(merged.stages)).toEqual(['s1', 's2'])
    expect(merged.emotions).toEqual(base.emotions)
    expect(merged.phases).toEqual(base.phases)
    expect(invariantErrors(merged)).toEqual([])
  })

  it('a lane one side made a line while the other put a card in it keeps holding cards', () => {
    const base = ops.deleteCards(journey(), ['c4']) // lt is empty
    const mine = ops.addCard(base, card('n', 's2', 'lt', 'Ticket machine'))
    const theirs = ops.setLaneRole(base, 'lt', 'line-interaction')
    for (const merged of [mergeBoards(base, mine, theirs), mergeBoards(base, theirs, mine)]) {
      expect(cellIds(merged, 's2', 'lt')).toEqual(['n'])
      expect(merged.lanes.find((l) => l.id === 'lt')!.role).toBe('touchpoints')
      expect(invariantErrors(merged)).toEqual([])
    }
  })

  it('an optional list that ends empty stays absent when mine never had it', () => {
    const base = { ...journey(), phases: undefined, emotions: undefined }
    delete base.phases
    delete base.emotions
    const withPhase = ops.addPhase(base, { id: 'p', name: 'Before', stageIds: ['s1'] })
    const theirs = ops.renameStage(withPhase, 's3', 'Ride')
    // undo of addPhase after the other tab renamed a stage
    const undone = mergeBoards(withPhase, base, theirs)
    expect(undone).toEqual(ops.renameStage(base, 's3', 'Ride'))
    expect(undone).not.toHaveProperty('phases')
  })

  it('merges emotion points per stage', () => {
    const base = journey()
    const merged = mergeBoards(base, setEmotion(base, 's1', 3), setEmotion(base, 's3', -1))
    expect(merged.emotions).toEqual([
      { stageId: 's1', value: 3 },
      { stageId: 's2', value: -2 },
      { stageId: 's3', value: -1 },
    ])
  })

  it('a card whose fields were stored in another key order is not taken for an edit', () => {
    const base = journey()
    const reread: Board = { ...base, cards: base.cards.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c) }
    const mine = ops.deleteCards(base, ['c2'])
    // theirs is the same board read back with its keys reversed: c2 was not edited there
    expect(ids(mergeBoards(base, mine, reread).cards)).toEqual(['c1', 'c3', 'c4', 'c5'])
  })
})

describe('mergeBoards as undo (merge(after, before, current))', () => {
  it('reverts only that step, keeping another tab’s later edit', () => {
    const before = journey()
    const after = ops.updateCard(before, 'c1', { text: 'edited here' })
    const current = ops.addStage(after, stage('n', 'From the other tab'))
    const undone = mergeBoards(after, before, current)
    expect(cardText(undone, 'c1')).toBe('Searches the web')
    expect(ids(undone.stages)).toEqual(['s1', 's2', 's3', 'n'])
  })

  it('undoing a deletion brings back the cards and links, next to the other tab’s additions', () => {
    const before = journey()
    const after = ops.deleteStage(before, 's1')
    const current = ops.addCard(after, card('n', 's2', 'la', 'other tab'))
    const undone = mergeBoards(after, before, current)
    expect(ids(undone.stages)).toEqual(['s1', 's2', 's3'])
    expect(ids(undone.cards).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'n'])
    expect(cellIds(undone, 's1', 'la')).toEqual(['c1', 'c2'])
    expect(cellIds(undone, 's2', 'la')).toEqual(['c3', 'n'])
    expect(undone.links).toEqual(before.links)
    expect(undone.emotions).toEqual(before.emotions)
    expect(undone.phases).toEqual(before.phases)
  })
})

describe('mergeBoards on random edits', () => {
  it.each(seeds([11, 12, 13]))('keeps a side’s edits whole when the other changed nothing, and stays sound (seed %i)', (seed) => {
    const r = rng(seed)
    for (let round = 0; round < 40; round++) {
      const base = randomBoard(r, 25)
      let mine = base
      let theirs = base
      const done: string[] = []
      for (let i = 0; i < 6; i++) {
        const e = randomEdit(r, mine)
        mine = e.apply(mine)
        done.push(`mine: ${e.label}`)
        const t = randomEdit(r, theirs)
        theirs = t.apply(theirs)
        done.push(`theirs: ${t.label}`)
      }
      const why = `seed ${seed}, round ${round}: ${done.join(' | ')}`
      expect(mergeBoards(base, mine, base), why).toEqual(mine)
      expect(mergeBoards(base, base, theirs), why).toEqual(theirs)
      expect(invariantErrors(mergeBoards(base, mine, theirs)), why).toEqual([])
    }
  })
})
