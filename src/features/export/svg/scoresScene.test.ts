// The scores as the exports draw them: badges inside their cards, the Scores lane's rows inside
// its lane, the status as a symbol (a shape, not only a colour), and the legend naming them.
import { describe, expect, it } from 'vitest'
import '../strings'
import '../../methods/strings'
import { i18n } from '../../../i18n'
import type { Board } from '../../../domain/types'
import { buildBoardScene, type Translate } from './boardScene'
import type { Shape } from './shapes'
import { estimateWidth } from './text'

const scored: Board = {
  id: 'b',
  title: 'Scored',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'Discover' },
    { id: 's2', name: 'Apply' },
    { id: 's3', name: 'Pay' },
  ],
  lanes: [
    { id: 'l1', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'l2', name: 'Scores', role: 'scores' },
  ],
  cards: [
    { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Web site', tag: 'touchpoint' },
    { id: 'c2', stageId: 's2', laneId: 'l1', text: 'Desk', tag: 'touchpoint' },
  ],
  links: [],
  measurements: [
    { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 20, n: 120 },
    { id: 'm2', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 45, passives: 35, detractors: 20 }, target: 30 },
    { id: 'm3', cardId: 'c2', metric: 'csat', period: '2026-Q3', value: 70, n: 20, target: 80, scale: '1-5', method: 'top2' },
    { id: 'm4', stageId: 's3', metric: 'ces', period: '2026-Q3', value: 2.1, n: 40, target: 2.5, scale: '1-5' },
  ],
}
const en = i18n.getFixedT('en') as Translate
const fr = i18n.getFixedT('fr') as Translate
const inside = (x: number, y: number, r: { x: number; y: number; width: number; height: number }) =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
const textAt = (shapes: Shape[], line: string) => shapes.filter((s): s is Extract<Shape, { type: 'text' }> => s.type === 'text' && s.lines.includes(line))
const symbols = (shapes: Shape[]) => shapes.filter((s): s is Extract<Shape, { type: 'symbol' }> => s.type === 'symbol').map((s) => s.name)

describe('scores in the export scene', () => {
  it('draws each card’s badges inside the card: metric, value, status symbol, low sample', () => {
    const scene = buildBoardScene(scored, { t: en, locale: 'en', measure: estimateWidth, legend: true })
    const web = scene.cards.get('c1')!
    const desk = scene.cards.get('c2')!
    const [plus25] = textAt(scene.shapes, '+25')
    expect(inside(plus25.x, plus25.y, web)).toBe(true)
    const [seventy] = textAt(scene.shapes, '70\u00a0%')
    expect(inside(seventy.x, seventy.y, desk)).toBe(true)
    expect(textAt(scene.shapes, 'low sample').some((s) => inside(s.x, s.y, desk))).toBe(true)
    // close for the NPS (+25 against +30), missed for the CSAT, met for the stage's CES: shapes, not only colours
    expect(symbols(scene.shapes)).toEqual(expect.arrayContaining(['status-near', 'status-missed', 'status-met']))
    // the badge sits below the card's text, within the card
    const badge = scene.shapes.find((s) => s.type === 'rect' && s.r === 11 && inside(s.x, s.y, web)) as Extract<Shape, { type: 'rect' }>
    expect(badge.y + badge.h).toBeLessThanOrEqual(web.y + web.height)
  })

  it('draws the Scores lane’s rows inside the lane, with their targets, and the legend names the symbols', () => {
    const scene = buildBoardScene(scored, { t: en, locale: 'en', measure: estimateWidth, legend: true })
    const all = scene.shapes.flatMap((s) => (s.type === 'text' ? s.lines : []))
    expect(all).toEqual(expect.arrayContaining(['CES 2.1', 'NPS +25', 'CSAT 70\u00a0%', 'Whole stage', 'Close to target', 'Target missed', 'Target met']))
    const [ces] = textAt(scene.shapes, 'CES 2.1')
    const [stageScore] = textAt(scene.shapes, 'Whole stage')
    expect(Math.abs(stageScore.y - ces.y)).toBeLessThan(1)
    expect(ces.y).toBeGreaterThan(scene.cards.get('c1')!.y + scene.cards.get('c1')!.height)
  })

  it('in the board’s language and with the board’s symbols (weather)', () => {
    const scene = buildBoardScene({ ...scored, scoreSymbols: 'weather' }, { t: fr, locale: 'fr', measure: estimateWidth, legend: true })
    const all = scene.shapes.flatMap((s) => (s.type === 'text' ? s.lines : []))
    expect(all).toEqual(expect.arrayContaining(['CES 2,1', '70\u00a0%', 'Échantillon faible (trop peu']))
    // « échantillon faible » does not fit beside CSAT 70 % in French: the legend's mark says it
    expect(symbols(scene.shapes)).toEqual(expect.arrayContaining(['weather-near', 'weather-missed', 'weather-met', 'low-sample']))
    expect(symbols(scene.shapes)).not.toContain('status-near')
  })

  it('draws nothing of the kind on a board without scores', () => {
    const scene = buildBoardScene({ ...scored, measurements: undefined }, { t: en, locale: 'en', measure: estimateWidth, legend: true })
    expect(textAt(scene.shapes, '+25')).toHaveLength(0)
    expect(symbols(scene.shapes).filter((n) => n.startsWith('status-'))).toHaveLength(0)
  })
})
