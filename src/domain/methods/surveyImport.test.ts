import { describe, expect, it } from 'vitest'
import type { Board } from '../types'
import { applySurveyImport, matchSubjects, subjectKey, type Resolution } from './surveyImport'
import type { SurveyGroup, Verbatim } from './survey'

const board = (): Board => ({
  id: 'b',
  title: 'T',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'Découvrir' },
    { id: 's2', name: 'Payer' },
  ],
  lanes: [
    { id: 'la', name: 'Actions', role: 'actions' },
    { id: 'lt', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'lp', name: 'Pain points', role: 'pains' },
  ],
  cards: [
    { id: 'c0', stageId: 's1', laneId: 'la', text: 'Site web' }, // same text, not a touchpoint lane
    { id: 'c1', stageId: 's1', laneId: 'lt', text: 'Site web' },
    { id: 'c2', stageId: 's2', laneId: 'lt', text: 'Site Web' },
    { id: 'c3', stageId: 's2', laneId: 'lt', text: 'Guichet' },
  ],
  links: [],
  measurements: [
    { id: 'old', cardId: 'c3', metric: 'nps', period: '2026-Q3', value: 1 },
    { id: 'keep', cardId: 'c3', metric: 'nps', period: '2026-Q2', value: 2 },
  ],
})

describe('matching the touchpoints named in a file', () => {
  it('by text (case and accents aside), a touchpoint lane first, the named stage first; a stage by its name', () => {
    const m = matchSubjects(board(), [
      { touchpoint: 'site WEB', stage: '' },
      { touchpoint: 'Site web', stage: 'payer' },
      { touchpoint: 'guichet', stage: 'Découvrir' }, // no Guichet in that stage: the one there is
      { touchpoint: 'Payer', stage: '' }, // no card: the stage
      { touchpoint: '', stage: 'Decouvrir' },
      { touchpoint: 'Call centre', stage: '' },
    ])
    expect(m.get(subjectKey('site WEB', ''))).toEqual({ to: 'card', cardId: 'c1' })
    expect(m.get(subjectKey('Site web', 'payer'))).toEqual({ to: 'card', cardId: 'c2' })
    expect(m.get(subjectKey('guichet', 'Découvrir'))).toEqual({ to: 'card', cardId: 'c3' })
    expect(m.get(subjectKey('Payer', ''))).toEqual({ to: 'stage', stageId: 's2' })
    expect(m.get(subjectKey('', 'Decouvrir'))).toEqual({ to: 'stage', stageId: 's1' })
    expect(m.get(subjectKey('Call centre', ''))).toBeNull()
  })
})

const g = (touchpoint: string, metric: string, period: string, extra: Partial<SurveyGroup> = {}): SurveyGroup => ({
  touchpoint,
  stage: '',
  period,
  metric,
  rows: 1,
  ...extra,
})

describe('the import as one board edit', () => {
  let n = 0
  const opts = { source: 'Survey', verbatims: true, quote: (s: string) => `“${s}”`, newId: (p: string) => `${p}${++n}` }
  it('writes the scores, replaces the same subject × metric × period, creates the cards asked for, quotes detractors', () => {
    const b = board()
    const resolutions = new Map<string, Resolution | null>([
      [subjectKey('Guichet', ''), { to: 'card', cardId: 'c3' }],
      [subjectKey('Call centre', ''), { to: 'create', stageId: 's2' }],
      [subjectKey('Payer', ''), { to: 'stage', stageId: 's2' }],
      [subjectKey('Chatbot', ''), { to: 'skip' }],
      [subjectKey('Kiosk', ''), null],
    ])
    const groups = [
      g('Guichet', 'nps', '2026-Q3', { counts: { promoters: 45, passives: 35, detractors: 20 } }),
      g('Call centre', 'nps', '2026-Q3', { value: 10, n: 50 }),
      g('Call centre', 'csat', '2026-Q3', { value: 80, n: 50, scale: '1-5', method: 'top2' }),
      g('Payer', 'ces', '2026-Q3', { value: 2.1, n: 40, scale: '1-5' }),
      g('Chatbot', 'nps', '2026-Q3', { value: 1 }),
      g('Kiosk', 'nps', '2026-Q3', { value: 1 }),
    ]
    const verbatims: Verbatim[] = [
      { touchpoint: 'Call centre', stage: '', text: 'On hold for an hour', date: '2026-09-01', nps: 2, line: 7 },
      { touchpoint: 'Chatbot', stage: '', text: 'Useless', date: '2026-09-01', nps: 0, line: 8 },
    ]
    const r = applySurveyImport(b, { groups, verbatims }, resolutions, opts)
    expect(r).toMatchObject({ written: 4, replaced: 1, createdCards: 1, quotes: 1, skipped: 2 })
    const created = r.board.cards.find((c) => c.text === 'Call centre')!
    expect(created).toMatchObject({ stageId: 's2', laneId: 'lt', tag: 'touchpoint' })
    expect(r.board.measurements!.map((m) => [m.cardId ?? m.stageId, m.metric, m.period])).toEqual([
      ['c3', 'nps', '2026-Q2'],
      ['c3', 'nps', '2026-Q3'],
      [created.id, 'nps', '2026-Q3'],
      [created.id, 'csat', '2026-Q3'],
      ['s2', 'ces', '2026-Q3'],
    ])
    expect(r.board.measurements!.every((m) => m.id === 'keep' || m.source === 'Survey')).toBe(true)
    expect(r.board.cards.find((c) => c.laneId === 'lp')).toMatchObject({ stageId: 's2', text: '“On hold for an hour”', evidence: 'fact' })
    // the same import again: the same scores replaced, no second quote card
    const again = applySurveyImport(
      r.board,
      { groups, verbatims },
      new Map([...resolutions, [subjectKey('Call centre', ''), { to: 'card', cardId: created.id }]]),
      opts,
    )
    expect(again).toMatchObject({ written: 4, replaced: 4, quotes: 0, createdCards: 0 })
    expect(again.board.measurements).toHaveLength(5)
  })
  it('no quote cards on a board without a pain points or irritants lane', () => {
    const b = { ...board(), lanes: board().lanes.filter((l) => l.role !== 'pains') }
    const r = applySurveyImport(
      b,
      { groups: [], verbatims: [{ touchpoint: 'Guichet', stage: '', text: 'x', date: '', nps: 1, line: 2 }] },
      new Map([[subjectKey('Guichet', ''), { to: 'card', cardId: 'c3' }]]),
      opts,
    )
    expect(r.quotes).toBe(0)
    expect(r.board).toBe(b)
  })
})
