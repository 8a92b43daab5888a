import { describe, expect, it } from 'vitest'
import type { Board } from '../domain/types'
import { layoutBoard, METRICS } from '../domain/layout'
import { scoresLaneRows } from '../domain/methods/scoresLane'
import { boardDecorations } from './decorations'
import { belowTargetCards, cardScores, type CardScores } from './cardScores'
import { scoreLegendItems } from './scoreLegend'

const board = (extra: Partial<Board> = {}): Board => ({
  id: 'b',
  title: 'T',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'A' },
    { id: 's2', name: 'B', moment: 'negative' },
  ],
  lanes: [
    { id: 'l1', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'l2', name: 'Moments', role: 'moments' },
  ],
  cards: [
    { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Web' },
    { id: 'c2', stageId: 's1', laneId: 'l1', text: 'Desk' },
    { id: 'c3', stageId: 's2', laneId: 'l2', text: 'Bill arrives', moment: 'negative' },
    { id: 'c4', stageId: 's2', laneId: 'l1', text: 'Phone' },
  ],
  links: [],
  measurements: [
    { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 25, n: 100, target: 30 },
    { id: 'm2', cardId: 'c1', metric: 'csat', period: '2026-Q3', value: 90, n: 100, target: 80 },
    { id: 'm3', cardId: 'c2', metric: 'nps', period: '2026-Q3', value: 50, n: 100, target: 30 },
    { id: 'm4', stageId: 's2', metric: 'ces', period: '2026-Q3', value: 3, n: 60, target: 2 },
  ],
  ...extra,
})

describe('card score badges and the Below target filter', () => {
  it('each scored card gets its latest scores as one string (unchanged scores, the same string)', () => {
    const s = cardScores(board())
    expect([...s.keys()]).toEqual(['c1', 'c2'])
    const c1 = JSON.parse(s.get('c1')!) as CardScores
    expect(c1.symbols).toBe('traffic')
    expect(c1.items.map((i) => [i.metric, i.facts.status])).toEqual([
      ['nps', 'near'],
      ['csat', 'met'],
    ])
    expect(cardScores(board()).get('c1')).toBe(s.get('c1'))
  })
  it('Below target keeps the touchpoints below their target and the moments of truth of a stage below its target', () => {
    expect([...belowTargetCards(board())].sort()).toEqual(['c1', 'c3'])
    const deco = boardDecorations(board(), { customerView: false, assumptionsOnly: false, belowTarget: true })
    expect(board().cards.map((c) => !!deco.flags(c).dimmed)).toEqual([false, true, false, true])
    expect(boardDecorations(board(), { customerView: false, assumptionsOnly: false }).flags(board().cards[3])).toEqual({})
  })
  it('a card is as tall as its text and a badge row per metric; the Scores lane as its busiest stage', () => {
    const plain = layoutBoard({ ...board(), measurements: undefined })
    const scored = layoutBoard(board())
    expect(scored.cards.get('c1')!.height - plain.cards.get('c1')!.height).toBe(2 * METRICS.badgeRowHeight)
    expect(scored.cards.get('c4')!.height).toBe(plain.cards.get('c4')!.height)
    const withLane = board({ lanes: [...board().lanes, { id: 'ls', name: 'Scores', role: 'scores' }] })
    expect(
      scoresLaneRows(withLane)
        .get('s1')!
        .map((r) => r.measurement.id),
    ).toEqual(['m1', 'm2', 'm3'])
    expect(
      scoresLaneRows(withLane)
        .get('s2')!
        .map((r) => [r.measurement.id, r.cardId]),
    ).toEqual([['m4', undefined]])
    expect(layoutBoard(withLane).lanes.get('ls')!.height).toBe(3 * METRICS.scoresRowHeight + 2 * METRICS.cellPadding)
  })
  it('the legend names the status symbols used, in the board’s style', () => {
    expect(scoreLegendItems(board()).map((i) => i.symbol)).toEqual(['status-met', 'status-near'])
    expect(
      scoreLegendItems(board({ scoreSymbols: 'weather', lanes: [...board().lanes, { id: 'ls', name: 'Scores', role: 'scores' }] })).map((i) => i.symbol),
    ).toEqual(['weather-met', 'weather-near', 'weather-missed'])
    expect(scoreLegendItems(board({ measurements: undefined }))).toEqual([])
  })
})
