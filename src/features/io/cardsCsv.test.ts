// @vitest-environment node
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Board, Measurement } from '../../domain/types'
import { cardsCsv, guardFormula } from './cardsCsv'
import { gridToBoard } from './spreadsheet'

const board: Board = {
  id: 'b1',
  title: 'Renewal',
  kind: 'blueprint',
  stages: [
    { id: 's1', name: 'Découvrir' },
    { id: 's2', name: 'Payer' },
  ],
  phases: [{ id: 'p1', name: 'Avant', stageIds: ['s1'] }],
  lanes: [
    { id: 'l1', name: 'Actions du client', role: 'customer' },
    { id: 'lv', name: 'Ligne de visibilité', role: 'line-visibility' },
    { id: 'l2', name: 'Irritants', role: 'pains' },
  ],
  cards: [
    // deliberately out of reading order
    {
      id: 'c3',
      stageId: 's2',
      laneId: 'l2',
      text: 'Paiement refusé',
      tag: 'irritant',
      failPoint: true,
      waitPoint: true,
      durationMinutes: 2.5,
      fmea: { failure: 'Card refused', severity: 8, probability: 4, detection: 5 },
    },
    { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Cherche, compare; "hésite"\net revient', votes: 3, evidence: 'fact', moment: 'negative' },
    { id: 'c2', stageId: 's1', laneId: 'l2', text: '=HYPERLINK("http://evil")', tag: 'question' },
    { id: 'c4', stageId: 's1', laneId: 'l1', text: '-3 jours' },
  ],
  links: [],
}

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const r = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
  expect(r.errors).toEqual([])
  return r.data
}

describe('cardsCsv', () => {
  it('writes one row per card in reading order, with English headers, and reads back intact', () => {
    const rows = parse(cardsCsv(board, { lang: 'en' }))
    expect(rows[0]).toEqual([
      'Stage #',
      'Stage',
      'Phase',
      'Lane',
      'Lane role',
      'Text',
      'Tag',
      'Evidence',
      'Votes',
      'Moment of truth',
      'Fail point',
      'Wait point',
      'Duration (minutes)',
      'FMEA criticality',
    ])
    expect(rows).toHaveLength(1 + board.cards.length)
    expect(rows.slice(1).map((r) => r[5])).toEqual(['Cherche, compare; "hésite"\net revient', "'-3 jours", '\'=HYPERLINK("http://evil")', 'Paiement refusé'])
    expect(rows[1]).toEqual([
      '1',
      'Découvrir',
      'Avant',
      'Actions du client',
      'Customer actions',
      'Cherche, compare; "hésite"\net revient',
      '',
      'Fact',
      '3',
      'Negative moment of truth',
      '',
      '',
      '',
      '',
    ])
    expect(rows[4]).toEqual(['2', 'Payer', '', 'Irritants', 'Pain points', 'Paiement refusé', 'Irritant', '', '', '', 'yes', 'yes', '2.5', '160'])
  })

  it('writes French headers and labels, with ; and decimal commas for French Excel', () => {
    const csv = cardsCsv(board, { lang: 'fr' })
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(rows[0].slice(0, 6)).toEqual(['N° d’étape', 'Étape', 'Phase', 'Couloir', 'Rôle du couloir', 'Texte'])
    expect(rows[4]).toEqual([
      '2',
      'Payer',
      '',
      'Irritants',
      'Irritants / points de douleur',
      'Paiement refusé',
      'Irritant',
      '',
      '',
      '',
      'oui',
      'oui',
      '2,5',
      '160',
    ])
    expect(rows[1][5]).toBe('Cherche, compare; "hésite"\net revient')
  })

  it('guards every cell a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', 'ok', ''].map(guardFormula)).toEqual(["'=1+1", "'+33 6", "'-2", "'@SUM(A1)", "'\tx", 'ok', ''])
    // what a spreadsheet trims or reads alike: spaces and line breaks first, full-width and small forms
    const sneaky = [
      ' =1+1',
      '   +cmd',
      '\n=HYPERLINK("http://evil")',
      '\r\n@SUM(A1)',
      '\u00a0=1',
      '\u3000=1',
      '＝1+1',
      '＋cmd',
      '－2',
      '＠SUM(A1)',
      ' ＝1',
      '﹦1',
      '\nplain',
    ]
    for (const v of sneaky) expect(guardFormula(v), JSON.stringify(v)).toBe(`'${v}`)
    // text that only looks close stays as it is
    expect([' hello', 'a=b', 'mail@example.org', '5 - 3', '«=»'].map(guardFormula)).toEqual([' hello', 'a=b', 'mail@example.org', '5 - 3', '«=»'])
    const evil: Board = {
      ...board,
      stages: [{ id: 's1', name: '=cmd' }],
      lanes: [{ id: 'l1', name: '@lane', role: 'notes' }],
      cards: [{ id: 'c', stageId: 's1', laneId: 'l1', text: 'x' }],
      phases: [],
    }
    const rows = parse(cardsCsv(evil, { lang: 'en' }))
    expect(rows[1].slice(1, 4)).toEqual(["'=cmd", '', "'@lane"])
    const cards = ['  =1+1', '\n=cmd', '＝HYPERLINK("http://evil")'].map((text, i) => ({ id: `c${i}`, stageId: 's1', laneId: 'l1', text }))
    const texts = parse(cardsCsv({ ...evil, cards }, { lang: 'en' }))
      .slice(1)
      .map((r) => r[5])
    expect(texts).toEqual(["'  =1+1", "'\n=cmd", '\'＝HYPERLINK("http://evil")'])
  })

  it('adds the measured scores of each card when the board has measurements', () => {
    const ms: Measurement[] = [
      { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 50, passives: 30, detractors: 20 } },
      { id: 'm2', cardId: 'c1', metric: 'ces', period: '2026-Q3', value: 2.4, n: 80 },
    ]
    const rows = parse(cardsCsv({ ...board, measurements: ms }, { lang: 'en' }))
    expect(rows[0].at(-1)).toBe('Measurements')
    expect(rows[1].at(-1)).toBe('NPS 2026-Q3: 30 (n=100)\nCES 2026-Q3: 2.4 (n=80)')
    expect(rows[2].at(-1)).toBe('')
  })

  it('gains a group of columns per metric: the latest score, its period, n, target and status', () => {
    const ms: Measurement[] = [
      { id: 'm0', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 10, n: 90 },
      { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 45, passives: 35, detractors: 20 }, target: 30 },
      { id: 'm2', cardId: 'c2', metric: 'ces', period: '2026-09', value: 2.45, n: 80, target: 2.5, scale: '1-5' },
    ]
    const en = parse(cardsCsv({ ...board, measurements: ms }, { lang: 'en' }))
    const col = (name: string) => en[0].indexOf(name)
    expect(en[0].slice(col('NPS'), col('NPS') + 10)).toEqual([
      'NPS',
      'NPS period',
      'NPS n',
      'NPS target',
      'NPS status',
      'CES',
      'CES period',
      'CES n',
      'CES target',
      'CES status',
    ])
    const c1 = en.find((r) => r[5] === board.cards.find((c) => c.id === 'c1')!.text)!
    expect(c1.slice(col('NPS'), col('NPS') + 5)).toEqual(['25', '2026-Q3', '100', '30', 'close'])
    const fr = Papa.parse<string[]>(cardsCsv({ ...board, measurements: ms }, { lang: 'fr' }).slice(1), { delimiter: ';' }).data
    const c2 = fr.find((r) => r[5] === guardFormula(board.cards.find((c) => c.id === 'c2')!.text))!
    expect(c2.slice(fr[0].indexOf('CES'), fr[0].indexOf('CES') + 5)).toEqual(['2,45', '2026-09', '80', '2,5', 'atteinte'])
    expect(fr[0]).toContain('CES cible')
  })

  it('round-trips a board made from a grid: every card a row, text intact', () => {
    const r = gridToBoard(['\tA\tB', 'Irritants\t"« Trop long, vraiment »"\t"• un\n• deux, trois"', 'Notes\t"ligne 1\nligne 2"\t'].join('\n'), {
      title: 't',
      lang: 'fr',
    })
    if (!r.ok) throw new Error(r.code)
    const rows = Papa.parse<string[]>(cardsCsv(r.board, { lang: 'fr' }).slice(1), { delimiter: ';', skipEmptyLines: true }).data.slice(1)
    expect(rows.map((x) => [x[1], x[3], x[5]])).toEqual([
      ['A', 'Irritants', '« Trop long, vraiment »'],
      ['A', 'Notes', 'ligne 1'],
      ['A', 'Notes', 'ligne 2'],
      ['B', 'Irritants', 'un'],
      ['B', 'Irritants', 'deux, trois'],
    ])
  })

  it('writes only the headers for a board without cards', () => {
    expect(parse(cardsCsv({ ...board, cards: [] }, { lang: 'en' }))).toHaveLength(1)
  })
})
