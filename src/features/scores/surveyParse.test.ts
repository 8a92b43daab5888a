import { describe, expect, it } from 'vitest'
import { decodeSurveyBytes, parseSurveyText } from './surveyParse'
import { SurveyWork, type FromWorker } from './surveyProtocol'

describe('reading a survey file', () => {
  it.each([
    [',', 'Touchpoint,Date,NPS\nWeb site,2026-09-01,9\nDesk,2026-09-02,3\n'],
    [';', 'Point de contact;Date;Recommandation\nWeb site;2026-09-01;9\nDesk;2026-09-02;3\n'],
    ['\t', 'Touchpoint\tDate\tNPS\r\nWeb site\t2026-09-01\t9\r\nDesk\t2026-09-02\t3'],
  ])('delimiter %j found by itself', (delimiter, text) => {
    const t = parseSurveyText(text)
    expect(t.delimiter).toBe(delimiter)
    expect(t.headers).toHaveLength(3)
    expect(t.rows.map((r) => r.cells[0])).toEqual(['Web site', 'Desk'])
  })
  it('line numbers follow the file, line breaks inside quotes included', () => {
    const t = parseSurveyText('\uFEFFTouchpoint,Comment\nA,"two\nlines"\nB,x\n\nC,"a\nb\nc"\nD,y')
    expect(t.headers).toEqual(['Touchpoint', 'Comment'])
    expect(t.rows.map((r) => [r.cells[0], r.line])).toEqual([
      ['A', 2],
      ['B', 4],
      ['', 5],
      ['C', 6],
      ['D', 9],
    ])
  })
  it('Windows-1252 (French Excel) and UTF-8', () => {
    const cp1252 = new Uint8Array([0xc9, 0x74, 0x61, 0x70, 0x65]) // "Étape"
    expect(decodeSurveyBytes(cp1252)).toBe('Étape')
    expect(decodeSurveyBytes(new TextEncoder().encode('Étape'))).toBe('Étape')
  })
  it('reports progress up to the end', () => {
    const seen: number[] = []
    parseSurveyText('a,b\n' + '1,2\n'.repeat(1000), (f) => seen.push(f))
    expect(seen.at(-1)).toBe(1)
  })
})

describe('the worker’s work', () => {
  it('parses once, guesses the mapping, aggregates as often as the mapping changes', () => {
    const work = new SurveyWork()
    const out: FromWorker[] = []
    const bytes = new TextEncoder().encode(
      'Point de contact;Date;Recommandation;Commentaire\nSite web;14/09/2026;9;\nSite web;20/09/2026;2;Trop lent\nGuichet;01/10/2026;11;\n',
    ).buffer
    work.handle({ type: 'parse', id: 1, bytes, lang: 'fr' }, (m) => out.push(m))
    const parsed = out.find((m) => m.type === 'parsed')!
    if (parsed.type !== 'parsed') throw new Error()
    expect(parsed.parsed).toMatchObject({ headers: ['Point de contact', 'Date', 'Recommandation', 'Commentaire'], rowCount: 3, delimiter: ';' })
    expect(parsed.parsed.mapping).toMatchObject({ columns: ['touchpoint', 'date', 'nps', 'comment'], shape: 'raw', dateOrder: 'dmy' })
    work.handle({ type: 'aggregate', id: 2, mapping: { ...parsed.parsed.mapping, grouping: 'quarter' }, verbatims: 3 }, (m) => out.push(m))
    const agg = out.at(-1)!
    if (agg.type !== 'aggregated') throw new Error()
    expect(agg.result.groups).toEqual([expect.objectContaining({ touchpoint: 'Site web', period: '2026-Q3', counts: { 9: 1, 2: 1 } })])
    expect(agg.result.bad).toEqual([{ line: 4, reason: 'nps', value: '11' }])
    expect(agg.result.verbatims.map((v) => v.text)).toEqual(['Trop lent'])
  })
})
