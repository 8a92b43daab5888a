import { describe, expect, it } from 'vitest'
import type { Board, Expectation } from '../types'
import { boxesOverlap, expectationsFromTable, mappingSplit, median, placeLabels, readMappingScore, verbalScore, zoneOf, type Box } from './customerMapping'
import { addExpectations, deleteExpectations, setMappingSplit, setScoreSymbols, updateExpectation } from './scoreEdits'
import { deleteCards } from '../operations'
import { mergeBoards } from '../merge'
import { restoreBoard } from '../restore'

const x = (id: string, importance: number, satisfaction: number): Expectation => ({ id, name: id, importance, satisfaction })
const EIGHT = [
  x('welcome', 9, 8),
  x('speed', 9, 3),
  x('price', 7, 2),
  x('parking', 2, 9),
  x('decor', 3, 7),
  x('music', 2, 2),
  x('forms', 4, 3),
  x('follow-up', 8, 9),
]

describe('the four zones', () => {
  it('split at the scale’s middle (5.5): 8 expectations, 2 in each zone', () => {
    const split = mappingSplit(EIGHT, 'middle')
    expect(split).toEqual({ importance: 5.5, satisfaction: 5.5 })
    expect(Object.fromEntries(EIGHT.map((e) => [e.id, zoneOf(e as Required<Expectation>, split)]))).toEqual({
      welcome: 'strengths',
      'follow-up': 'strengths',
      speed: 'urgent',
      price: 'urgent',
      parking: 'reflection',
      decor: 'reflection',
      music: 'medium',
      forms: 'medium',
    })
  })
  it('split at the medians; a score on the split counts as high', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNull()
    const high = [x('a', 8, 8), x('b', 9, 6), x('c', 7, 9), x('d', 10, 7)]
    const split = mappingSplit(high, 'median')
    expect(split).toEqual({ importance: 8.5, satisfaction: 7.5 })
    expect(high.map((e) => zoneOf(e as Required<Expectation>, split))).toEqual(['reflection', 'urgent', 'reflection', 'urgent'])
    expect(zoneOf({ importance: 8.5, satisfaction: 7.5 }, split)).toBe('strengths')
    expect(mappingSplit([{ id: 'n', name: 'no scores' }], 'median')).toEqual({ importance: 5.5, satisfaction: 5.5 })
  })
})

describe('expectations from a table', () => {
  it('one row per expectation: name, importance, satisfaction (decimal commas, verbal answers)', () => {
    const t = expectationsFromTable(
      ['Attente', 'Importance', 'Satisfaction'],
      [
        ['Accueil', '9', '8,5'],
        ['Délai', 'très important', 'insatisfait'],
        ['Parking', 'x', '7'],
      ],
    )
    expect(t.items).toEqual([
      { name: 'Accueil', importance: 9, satisfaction: 8.5, answers: 1 },
      { name: 'Délai', importance: 10, satisfaction: 4, answers: 1 },
      { name: 'Parking', importance: null, satisfaction: 7, answers: 1 },
    ])
    expect(t.bad).toEqual([{ line: 4, column: 'Importance', value: 'x' }])
  })
  it('one row per answer: the means per expectation', () => {
    const t = expectationsFromTable(
      ['Expectation', 'Importance', 'Satisfaction'],
      [
        ['Speed', '9', '3'],
        ['speed', '7', '4'],
        ['Welcome', '8', '9'],
      ],
    )
    expect(t.items).toEqual([
      { name: 'Speed', importance: 8, satisfaction: 3.5, answers: 2 },
      { name: 'Welcome', importance: 8, satisfaction: 9, answers: 1 },
    ])
  })
  it('a survey with one column per question: the means of the two columns of each expectation', () => {
    const t = expectationsFromTable(
      ['Respondent', 'Importance – Accueil', 'Satisfaction – Accueil', 'Importance: Délai', 'Satisfaction: Délai'],
      [
        ['1', '10', '8', '9', '2'],
        ['2', '8', '6', '', '4'],
      ],
    )
    expect(t.items).toEqual([
      { name: 'Accueil', importance: 9, satisfaction: 7, answers: 2 },
      { name: 'Délai', importance: 9, satisfaction: 3, answers: 2 },
    ])
  })
  it('nothing to read', () => {
    expect(expectationsFromTable(['A', 'B'], [['1', '2']]).problem).toBe('noColumns')
  })
  it('scores: 1–10 or words', () => {
    expect(readMappingScore('10', 'importance')).toBe(10)
    expect(readMappingScore('0', 'importance')).toBeNull()
    expect(readMappingScore('11', 'satisfaction')).toBeNull()
    expect(verbalScore('Pas du tout important', 'importance')).toBe(1)
    expect(verbalScore('peu important', 'importance')).toBe(4)
    expect(verbalScore('Very satisfied', 'satisfaction')).toBe(10)
    expect(verbalScore('Très insatisfait', 'satisfaction')).toBe(1)
    expect(verbalScore('Satisfied', 'satisfaction')).toBe(7)
  })
})

describe('labels never overlap', () => {
  const area: Box = { x: 0, y: 0, width: 600, height: 400 }
  const check = (points: { x: number; y: number }[], sizes: { width: number; height: number }[]) => {
    const labels = placeLabels(points, sizes, area, { marker: 6 })
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i], labels[j]), `labels ${i} and ${j}`).toBe(false)
      for (const p of points) expect(boxesOverlap(labels[i], { x: p.x - 6, y: p.y - 6, width: 12, height: 12 }), `label ${i} on a marker`).toBe(false)
    }
    return labels
  }
  it('next to their points when there is room', () => {
    const labels = check(
      [
        { x: 100, y: 100 },
        { x: 400, y: 300 },
      ],
      [
        { width: 80, height: 16 },
        { width: 80, height: 16 },
      ],
    )
    expect(labels.every((l) => !l.leader)).toBe(true)
    expect(labels[0].x).toBeGreaterThan(100)
  })
  it('eight points at the same place', () => {
    const labels = check(
      Array.from({ length: 8 }, () => ({ x: 300, y: 200 })),
      Array.from({ length: 8 }, (_, i) => ({ width: 60 + i * 10, height: 16 })),
    )
    expect(labels.filter((l) => l.leader).length).toBeGreaterThan(0)
  })
  it('forty crowded points (a seeded pseudo-random cloud)', () => {
    let seed = 7
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const points = Array.from({ length: 40 }, () => ({ x: 200 + rnd() * 200, y: 120 + rnd() * 160 }))
    expect(
      check(
        points,
        points.map(() => ({ width: 70 + rnd() * 60, height: 16 })),
      ),
    ).toHaveLength(40)
  })
})

describe('expectations are board edits', () => {
  const board = (): Board => ({
    id: 'b',
    title: 'T',
    kind: 'journey',
    stages: [{ id: 's', name: 'S' }],
    lanes: [{ id: 'l', name: 'L', role: 'touchpoints' }],
    cards: [{ id: 'c', stageId: 's', laneId: 'l', text: 'Desk' }],
    links: [],
  })
  it('add, update (clamped to 1–10), link to a card, delete; the split and the badge symbols', () => {
    let b = addExpectations(board(), [x('a', 9, 3), { id: 'b', name: 'B', importance: 12, cardId: 'c' }, { id: 'z', name: 'Z', cardId: 'gone' }])
    expect(b.expectations).toEqual([x('a', 9, 3), { id: 'b', name: 'B', importance: 10, cardId: 'c' }])
    b = updateExpectation(b, 'a', { satisfaction: 0.5, name: 'Speed' })
    expect(b.expectations![0]).toEqual({ id: 'a', name: 'Speed', importance: 9, satisfaction: 1 })
    expect(updateExpectation(b, 'a', { importance: undefined }).expectations![0]).toEqual({ id: 'a', name: 'Speed', satisfaction: 1 })
    expect(deleteCards(b, ['c']).expectations![1]).toEqual({ id: 'b', name: 'B', importance: 10 })
    expect(deleteExpectations(deleteExpectations(b, ['a']), ['b']).expectations).toBeUndefined()
    expect(setMappingSplit(b, 'median').mappingSplit).toBe('median')
    expect(setMappingSplit(setMappingSplit(b, 'median'), 'middle').mappingSplit).toBeUndefined()
    expect(setMappingSplit(b, 'middle')).toBe(b)
    expect(setScoreSymbols(b, 'weather').scoreSymbols).toBe('weather')
  })
  it('merged per expectation, restored like every record', () => {
    const base = addExpectations(board(), [x('a', 9, 3), x('b', 2, 2)])
    const mine = updateExpectation(base, 'a', { satisfaction: 8 })
    const theirs = addExpectations(updateExpectation(base, 'b', { importance: 7 }), [x('c', 5, 5)])
    const merged = mergeBoards(base, mine, theirs)
    expect(merged.expectations).toEqual([x('a', 9, 8), x('b', 7, 2), x('c', 5, 5)])
    const raw = {
      ...merged,
      mappingSplit: 'median',
      scoreSymbols: 'smiley',
      expectations: [...merged.expectations!, { id: 'a', name: 'dup', importance: 40, cardId: 'gone' }, 'junk'],
    }
    const { board: restored, warnings } = restoreBoard(raw)
    expect(restored.expectations!.map((e) => e.name)).toEqual(['a', 'b', 'c', 'dup'])
    expect(restored.expectations![3]).toEqual({ id: expect.not.stringMatching(/^a$/), name: 'dup' })
    expect(restored).toMatchObject({ mappingSplit: 'median', scoreSymbols: 'smiley' })
    expect(warnings.find((w) => w.code === 'expectationDropped')?.count).toBe(1)
    expect(restoreBoard(merged)).toEqual({ board: merged, warnings: [] })
  })
})
