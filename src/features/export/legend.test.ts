import { describe, expect, it } from 'vitest'
import type { Board, Card } from '../../domain/types'
import { legendItems } from './legend'

const card = (id: string, extra: Partial<Card> = {}): Card => ({ id, stageId: 's1', laneId: 'l1', text: id, ...extra })
const board = (cards: Card[], extra: Partial<Board> = {}): Board => ({
  id: 'b',
  title: 'T',
  kind: 'blueprint',
  stages: [{ id: 's1', name: 'Arrive' }],
  lanes: [{ id: 'l1', name: 'Frontstage', role: 'frontstage' }],
  cards,
  links: [],
  ...extra,
})
const symbols = (b: Board, flags?: Parameters<typeof legendItems>[1]) => legendItems(b, flags).map((i) => i.symbol)

describe('legendItems', () => {
  it('nothing used, no legend', () => {
    expect(legendItems(board([card('a'), card('b')]))).toEqual([])
  })
  it('only the tags used on the board, in the fixed tag order, each with its colour and name', () => {
    const items = legendItems(board([card('a', { tag: 'question' }), card('b', { tag: 'irritant' }), card('c', { tag: 'irritant' })]))
    expect(items).toEqual([
      { symbol: 'irritant', color: '#c62828', label: 'tag.irritant' },
      { symbol: 'question', color: '#d84315', label: 'tag.question' },
    ])
  })
  it('fail points, wait points, facts and assumptions (S), votes, durations', () => {
    const b = board([
      card('a', { failPoint: true }),
      card('b', { waitPoint: true, evidence: 'assumption' }),
      card('c', { evidence: 'fact', votes: 3, durationMinutes: 10 }),
    ])
    expect(symbols(b)).toEqual(['fail', 'wait', 'fact', 'assumption', 'vote', 'duration'])
  })
  it('moments of truth on cards or on stages', () => {
    expect(symbols(board([card('a', { moment: 'negative' })]))).toEqual(['moment-negative'])
    expect(symbols(board([], { stages: [{ id: 's1', name: 'x', moment: 'positive' }] }))).toEqual(['moment-positive'])
  })
  it('critical and unanswered come from the card flags, as the board kind explains them', () => {
    const b = board([card('a'), card('b')])
    const flags = (c: Card) => (c.id === 'a' ? { critical: true } : { unanswered: true })
    expect(symbols(b, flags)).toEqual(['critical'])
    expect(symbols({ ...b, kind: 'target' }, flags)).toEqual(['unanswered'])
  })
  it('arrows only when both ends are on the board', () => {
    const b = board([card('a'), card('b')], { links: [{ id: 'l', from: 'a', to: 'b' }] })
    expect(symbols(b)).toEqual(['link'])
    expect(symbols({ ...b, cards: [card('a')] })).toEqual([])
  })
  it('every item has a name to translate', () => {
    const b = board([card('a', { tag: 'wow', failPoint: true, moment: 'positive', evidence: 'fact' })])
    for (const i of legendItems(b)) expect(i.label).toMatch(/^[a-z]+\.[a-zA-Z.]+$/)
  })
})
