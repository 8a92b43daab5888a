// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import '../strings'
import '../../methods/strings'
import { i18n } from '../../../i18n'
import type { Board } from '../../../domain/types'
import { segmentCrossesBox } from '../../../domain/routing'
import { frenchBlueprint, FRENCH_BLUEPRINT_LANES, FRENCH_BLUEPRINT_STAGES } from '../../../../test/fixtures/frenchBlueprint.mjs'
import { buildBoardScene, type Translate } from './boardScene'
import { sceneSvg, type Shape } from './shapes'
import { estimateWidth } from './text'
import { createBoardFromTemplate, TEMPLATES } from '../../../domain/methods/templates'

const board: Board = frenchBlueprint()
const fr = i18n.getFixedT('fr') as Translate
const en = i18n.getFixedT('en') as Translate
const base = { t: fr, locale: 'fr', measure: estimateWidth }
const texts = (shapes: Shape[]): string[] => shapes.flatMap((s) => (s.type === 'text' ? [s.lines.join(' ')] : s.type === 'group' ? texts(s.shapes) : []))

describe('the export scene', () => {
  it('is a native SVG document: text in <text>, no foreignObject, well-formed', () => {
    const scene = buildBoardScene(board, { ...base, title: { title: board.title, subtitle: 'Plan de service' }, legend: true })
    const svg = sceneSvg(scene)
    expect(svg).not.toContain('foreignObject')
    expect(svg).toContain('<text')
    const all = texts(scene.shapes).join(' ')
    for (const name of [...FRENCH_BLUEPRINT_STAGES, ...FRENCH_BLUEPRINT_LANES]) expect(all).toContain(name)
    for (const c of board.cards) for (const word of c.text.split(' ')) expect(svg).toContain(word.replace('’', '’'))
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.documentElement.getAttribute('width')).toBe(String(scene.width))
  })

  it('writes the legend and the role names in the language asked for, not the interface’s', () => {
    void i18n.changeLanguage('en')
    const french = texts(buildBoardScene(board, { ...base, legend: true }).shapes)
    expect(french).toContain('LÉGENDE')
    expect(french).toContain('Irritant')
    expect(french).not.toContain('LEGEND')
    const english = texts(buildBoardScene(board, { ...base, t: en, locale: 'en', legend: true }).shapes)
    expect(english).toContain('LEGEND')
  })

  it('wraps long stage names, lane names and card texts instead of cutting them', () => {
    const long = 'Une étape dont le nom est vraiment très long et continue encore sur plusieurs lignes'
    const b: Board = {
      ...board,
      stages: board.stages.map((s, i) => (i === 0 ? { ...s, name: long } : s)),
      cards: board.cards.map((c, i) => (i === 0 ? { ...c, text: long + ' ' + long } : c)),
    }
    const scene = buildBoardScene(b, base)
    const all = texts(scene.shapes).join(' ')
    for (const word of long.split(' ')) expect(all).toContain(word)
    const cardBox = scene.cards.get('c1')!
    const cardText = scene.shapes.find((s) => s.type === 'text' && s.lines.join(' ').startsWith('Une étape') && s.x > cardBox.x && s.y > cardBox.y) as Extract<
      Shape,
      { type: 'text' }
    >
    expect(cardText.lines.length).toBeGreaterThan(3)
    // the card grew to hold every line
    expect(cardText.y + cardText.lines.length * cardText.lh).toBeLessThanOrEqual(cardBox.y + cardBox.height)
  })

  it('routes every arrow around the cards', () => {
    const scene = buildBoardScene(board, base)
    expect(scene.arrows.size).toBe(board.links.length)
    for (const [id, pts] of scene.arrows)
      for (let i = 1; i < pts.length; i++)
        for (const [cid, box] of scene.cards) expect(segmentCrossesBox(pts[i - 1], pts[i], box), `${id} crosses ${cid}`).toBe(false)
  })

  it('a part of the board keeps the whole board’s stage numbers and marks arrows that leave it', () => {
    const scene = buildBoardScene(board, { ...base, stages: { from: 1, to: 2 }, markers: true })
    const all = texts(scene.shapes)
    expect(all).toContain('Réservation')
    expect(all).not.toContain('Découverte')
    expect(all).toContain('2')
    expect(all).toContain('3')
    // k4 and k5 stay inside stages 4–5; k1 (stage 2 → 2) is drawn whole; none leaves stages 2–3
    const part = buildBoardScene(board, { ...base, laneIds: new Set(['ev', 'cu', 'li', 'fr']), markers: true })
    // the arrow from "Réserve un créneau" goes to a support card on another page: a marker names its stage and lane
    expect(texts(part.shapes)).toContain('2 · Réservation · Processus de support')
  })

  it('draws every method’s board: the emotion curve, a target map’s counts, an empathy map’s zones', () => {
    for (const { id } of TEMPLATES) {
      const b = createBoardFromTemplate(id, { title: id, lang: 'fr', t: fr })
      const firstLane = b.lanes.find((l) => !l.role.startsWith('line-') && l.role !== 'emotions')!
      b.cards.push({ id: 'x1', stageId: b.stages[0].id, laneId: firstLane.id, text: 'Une carte', tag: 'irritant' })
      if (b.lanes.some((l) => l.role === 'emotions')) b.emotions = b.stages.map((s, i) => ({ stageId: s.id, value: [1, -2, 0, 3][i % 4] }))
      const scene = buildBoardScene(b, {
        ...base,
        legend: true,
        persona: true,
        personas: [{ id: 'p', name: 'Sophie Martin', age: 52, quote: 'Je veux savoir où en est mon dossier.' }],
      })
      const all = texts(scene.shapes).join(' ')
      expect(all, id).toContain('Une carte')
      if (b.emotions) expect(all, id).toContain('Point le plus bas')
      expect(new DOMParser().parseFromString(sceneSvg(scene), 'image/svg+xml').querySelector('parsererror'), id).toBeNull()
    }
  })
})
