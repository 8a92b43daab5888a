import { describe, expect, it } from 'vitest'
import type { Board, Card } from '../domain/types'
import { cardMarks, declutter, MARK_MIN, MARK_PX, placeMarks, tagCentred, textWidth, type Mark } from './cardMarks'
import { cardScores } from './cardScores'

const card = (extra: Partial<Card> = {}): Card => ({ id: 'c1', stageId: 's1', laneId: 'l1', text: 'Desk', ...extra })
const scored = (symbols?: Board['scoreSymbols']): string =>
  cardScores({
    id: 'b',
    title: 'T',
    kind: 'journey',
    stages: [{ id: 's1', name: 'A' }],
    lanes: [{ id: 'l1', name: 'Touchpoints', role: 'touchpoints' }],
    cards: [card()],
    links: [],
    scoreSymbols: symbols,
    measurements: [
      { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 10, n: 200, target: 30 },
      { id: 'm2', cardId: 'c1', metric: 'csat', period: '2026-Q3', value: 90, n: 200, target: 80 },
      { id: 'm3', cardId: 'c1', metric: 'ces', period: '2026-Q3', value: 2, n: 200 },
    ],
  }).get('c1')!
const what = (marks: Mark[]) => marks.map((m) => [m.role, m.symbol ?? null, m.text ?? null])

describe('the marks of a painted card', () => {
  it('a plain card has none', () => {
    expect(cardMarks(card(), {}, { withTag: true })).toEqual([])
  })

  it('each badge becomes a symbol (its shape says what it is), most telling first; votes and dots carry their count', () => {
    const marks = cardMarks(
      card({ tag: 'irritant', votes: 3, failPoint: true, waitPoint: true, moment: 'negative', evidence: 'assumption' }),
      { scores: scored(), dots: 2, critical: true, unanswered: true },
      { withTag: true },
    )
    expect(what(marks)).toEqual([
      ['tag', 'irritant', null],
      ['score', 'status-missed', null],
      ['score', 'status-met', null],
      ['score', null, 'CES'], // no target: no status, its metric named
      ['votes', 'vote', '3'],
      ['dots', 'vote', '2'],
      ['fail', 'fail', null],
      ['critical', 'critical', null],
      ['unanswered', 'unanswered', null],
      ['moment', 'moment-negative', null],
      ['wait', 'wait', null],
      ['assumption', 'assumption', null],
    ])
    // every mark has a symbol or words: colour is never the only signal
    expect(marks.every((m) => m.symbol || m.text)).toBe(true)
  })

  it('scores take the board’s symbol style; the tag is left out when drawn at the centre', () => {
    expect(what(cardMarks(card({ tag: 'wow' }), { scores: scored('smiley') }, { withTag: false })).map((m) => m[1])).toEqual([
      'smiley-missed',
      'smiley-met',
      null,
    ])
    expect(cardMarks(card(), { scores: '{broken' }, { withTag: true })).toEqual([])
  })

  it('the tag stays at the centre while it is readable there', () => {
    expect(tagCentred(1)).toBe(true)
    expect(tagCentred(0.3)).toBe(true)
    expect(tagCentred(0.1)).toBe(false)
  })
})

describe('where the marks go', () => {
  const r = { x: 100, y: 200, width: 220, height: 80 }
  const marks = cardMarks(card({ votes: 12, failPoint: true }), { scores: scored() }, { withTag: false })

  it('near: a row of chips of the card’s own symbol size from its top-left corner, inside the card', () => {
    const placed = placeMarks(r, marks, 1)
    expect(placed.map((p) => p.mark.role)).toEqual(['score', 'score', 'score', 'votes', 'fail'])
    for (const p of placed) {
      expect(p.height).toBe(MARK_MIN)
      expect(p.y).toBeGreaterThanOrEqual(r.y)
      expect(p.x + p.width).toBeLessThanOrEqual(r.x + r.width)
    }
    // side by side, never overlapping
    for (let i = 1; i < placed.length; i++) expect(placed[i].x).toBeGreaterThan(placed[i - 1].x + placed[i - 1].width)
    // a chip with words is wide enough for them
    const votes = placed.find((p) => p.mark.role === 'votes')!
    expect(votes.width).toBeGreaterThan(votes.height + textWidth('12', votes.font))
  })

  it('from far: MARK_PX high on screen whatever the zoom; what does not fit is counted in a last "+n" chip', () => {
    for (const zoom of [0.2, 0.1, 0.05, 0.02]) {
      const placed = placeMarks(r, marks, zoom)
      expect(placed[0].height * zoom).toBeCloseTo(MARK_PX)
      const shown = placed.filter((p) => p.mark.role !== 'more').length
      const more = placed.find((p) => p.mark.role === 'more')
      expect(shown + Number(more?.mark.text?.slice(1) ?? 0)).toBe(marks.length)
      expect(shown).toBeGreaterThanOrEqual(1) // the most telling one always shows
      // the row stays within about four chips’ width of the card's start (or the card itself)
      const end = placed[placed.length - 1].x + placed[placed.length - 1].width
      expect(end - r.x).toBeLessThanOrEqual(Math.max(r.width, placed[0].height * 4) + 1)
    }
    expect(placeMarks(r, marks, 0.05).map((p) => p.mark.role)).toEqual(['score', 'score', 'more'])
    expect(placeMarks(r, [], 0.05)).toEqual([])
  })
})

describe('marks seen from very far', () => {
  // a stage's column of cards 220 × 60, 10 apart: at zoom 0.05 a chip is 280 units high, a card 3 px
  const column = Array.from({ length: 12 }, (_, i) => ({ x: 0, y: i * 70, width: 220, height: 60 }))
  const irritant = cardMarks(card({ tag: 'irritant' }), {}, { withTag: true })

  it('rows that would pile up are thinned out: a column of irritants shows as spaced irritant symbols, none overlapping', () => {
    const kept = declutter(column.map((r) => placeMarks(r, irritant, 0.05)))
    expect(kept.length).toBeGreaterThan(1)
    expect(kept.length).toBeLessThan(column.length)
    const ys = kept.map((row) => row[0].y)
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(kept[0][0].height)
    // near, nothing collides: every row stays
    expect(declutter(column.map((r) => placeMarks(r, irritant, 1)))).toHaveLength(column.length)
  })

  it('a scored or voted card’s marks are never hidden by a tag', () => {
    const rows = column.map((r, i) => placeMarks(r, i === 5 ? cardMarks(card({ votes: 2 }), { scores: scored() }, { withTag: true }) : irritant, 0.05))
    const kept = declutter(rows)
    expect(kept.some((row) => row[0].y === column[5].y && row[0].mark.role === 'score')).toBe(true)
    expect(kept.filter((row) => row[0].mark.role === 'tag').every((row) => Math.abs(row[0].y - column[5].y) >= row[0].height)).toBe(true)
    expect(declutter([])).toEqual([])
  })
})
