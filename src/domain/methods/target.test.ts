import { describe, expect, it } from 'vitest'
import type { Board, Card, Link } from '../types'
import { answeringMusts, stageCounts, targetRowOf, unansweredIrritants } from './target'

const c = (id: string, stageId: string, laneId: string, extra: Partial<Card> = {}): Card => ({ id, stageId, laneId, text: id, ...extra })
const link = (from: string, to: string): Link => ({ id: `${from}->${to}`, from, to })

function board(cards: Card[], links: Link[] = []): Board {
  return {
    id: 'b',
    title: 'Target',
    kind: 'target',
    stages: [
      { id: 's1', name: 'Apply' },
      { id: 's2', name: 'Wait' },
      { id: 's3', name: 'Receive' },
    ],
    lanes: [
      { id: 'irr', name: 'Irritants', role: 'irritants' },
      { id: 'must', name: 'Musts', role: 'musts' },
      { id: 'plus', name: 'Pluses', role: 'pluses' },
      { id: 'notes', name: 'Notes', role: 'notes' },
    ],
    cards,
    links,
  }
}

describe('targetRowOf', () => {
  it('the lane decides, unless a tag names a row', () => {
    expect(targetRowOf(c('a', 's1', 'irr'), 'irritants')).toBe('irritant')
    expect(targetRowOf(c('a', 's1', 'irr', { tag: 'question' }), 'irritants')).toBe('irritant')
    expect(targetRowOf(c('a', 's1', 'irr', { tag: 'must' }), 'irritants')).toBe('must')
    expect(targetRowOf(c('a', 's1', 'notes', { tag: 'irritant' }), 'notes')).toBe('irritant')
    expect(targetRowOf(c('a', 's1', 'notes', { tag: 'wow' }), 'notes')).toBe('plus')
    expect(targetRowOf(c('a', 's1', 'plus'), 'pluses')).toBe('plus')
    expect(targetRowOf(c('a', 's1', 'notes'), 'notes')).toBeNull()
    expect(targetRowOf(c('a', 's1', 'gone'), undefined)).toBeNull()
  })
})

describe('unansweredIrritants', () => {
  const cards = [
    c('i1', 's1', 'irr'), // answered by m1 (must → irritant)
    c('i2', 's1', 'irr'), // answered by m2 (irritant → must)
    c('i3', 's2', 'irr'), // linked only to a plus: unanswered
    c('i4', 's2', 'notes', { tag: 'irritant' }), // tagged irritant, nothing linked: unanswered
    c('i5', 's3', 'irr'), // linked to another irritant: unanswered
    c('m1', 's1', 'must'),
    c('m2', 's3', 'must'), // a must in another stage still answers
    c('p1', 's2', 'plus'),
    c('n1', 's3', 'notes'),
  ]
  const links = [link('m1', 'i1'), link('i2', 'm2'), link('i3', 'p1'), link('i5', 'i1'), link('n1', 'i4')]

  it('an irritant is answered by a must joined by an arrow, either way', () => {
    expect(unansweredIrritants(board(cards, links))).toEqual(new Set(['i3', 'i4', 'i5']))
  })

  it('lists which musts answer which irritant', () => {
    const m = answeringMusts(board([...cards, c('m3', 's1', 'irr', { tag: 'must' })], [...links, link('m3', 'i1')]))
    expect(m.get('i1')).toEqual(new Set(['m1', 'm3']))
    expect(m.get('i2')).toEqual(new Set(['m2']))
    expect(m.get('i3')).toEqual(new Set())
    expect(m.has('m3')).toBe(false)
  })

  it('every irritant is unanswered without arrows; none on an empty board', () => {
    expect(unansweredIrritants(board(cards))).toEqual(new Set(['i1', 'i2', 'i3', 'i4', 'i5']))
    expect(unansweredIrritants(board([])).size).toBe(0)
  })
})

describe('stageCounts', () => {
  it('per stage, in order, zeros included', () => {
    const b = board(
      [
        c('i1', 's1', 'irr'),
        c('i2', 's1', 'irr'),
        c('m1', 's1', 'must'),
        c('p1', 's1', 'plus'),
        c('p2', 's1', 'notes', { tag: 'wow' }),
        c('i3', 's2', 'notes', { tag: 'irritant' }),
        c('n1', 's2', 'notes'),
        c('lost', 'gone', 'irr'),
      ],
      [link('m1', 'i2')],
    )
    const counts = stageCounts(b)
    expect([...counts.keys()]).toEqual(['s1', 's2', 's3'])
    expect(counts.get('s1')).toEqual({ irritants: 2, musts: 1, pluses: 2, unanswered: 1 })
    expect(counts.get('s2')).toEqual({ irritants: 1, musts: 0, pluses: 0, unanswered: 1 })
    expect(counts.get('s3')).toEqual({ irritants: 0, musts: 0, pluses: 0, unanswered: 0 })
  })
})
