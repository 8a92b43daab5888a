import { describe, expect, it } from 'vitest'
import { BOARD_KINDS, CARD_TAGS, LANE_ROLES, holdsCards, type Board, type LaneRole } from '../types'
import { FALLBACK_KIND, KINDS, TEMPLATE_SPECS, guessKind, kindOf } from './index'
import { laneForTag, tagForRole } from './tags'
import { withBlueprintLines } from './blueprint'
import { createBoardFromTemplate } from '../methods/templates'
import { METHODS_STRINGS } from '../methods/methodsStrings'
import { en } from '../../i18n/en'
import { fr } from '../../i18n/fr'

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], tree)
const tables = { en: { ...en, methods: METHODS_STRINGS.en }, fr: { ...fr, methods: METHODS_STRINGS.fr } }
const tFor = (lang: 'en' | 'fr') => (key: string) => {
  const v = lookup(tables[lang], key)
  return typeof v === 'string' ? v : key
}
const fromTemplate = (id: string) => createBoardFromTemplate(id, { title: 'x', lang: 'en', t: tFor('en') })
const roles = (b: Board) => b.lanes.map((l) => l.role)

describe('the board kinds', () => {
  it('has one definition per kind of the file format, under its own name', () => {
    expect(KINDS.map((k) => k.id)).toEqual([...BOARD_KINDS])
    for (const k of BOARD_KINDS) expect(kindOf(k).id).toBe(k)
    expect(kindOf({ kind: 'blueprint' }).id).toBe('blueprint')
    expect(kindOf('mind-map' as never).id).toBe(FALLBACK_KIND)
  })

  it('names each kind, and each template with its description and stages, in English and French', () => {
    const missing: string[] = []
    for (const lang of ['en', 'fr'] as const) {
      const has = (key: string) => typeof lookup(tables[lang], key) === 'string' || missing.push(`${lang}: ${key}`)
      for (const k of KINDS) has(`kind.${k.id}`)
      for (const tpl of TEMPLATE_SPECS) {
        has(`methods.template.${tpl.id}.name`)
        has(`methods.template.${tpl.id}.description`)
        for (const s of tpl.stages) has(`methods.stage.${tpl.id}.${s.key}`)
        for (const r of tpl.lanes) has(`role.${r}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('templates: unique ids and ranks, lanes of known roles, in the home screen order', () => {
    expect(new Set(TEMPLATE_SPECS.map((t) => t.id)).size).toBe(TEMPLATE_SPECS.length)
    expect(TEMPLATE_SPECS.map((t) => t.id)).toEqual(['journey', 'blueprint', 'target', 'empathy', 'blank'])
    for (const t of TEMPLATE_SPECS) for (const r of t.lanes) expect(LANE_ROLES).toContain(r)
  })

  it('a board made from a template has its kind’s facts: persona count, worst-case threshold', () => {
    for (const tpl of TEMPLATE_SPECS) {
      const k = kindOf(tpl.kind)
      const b = createBoardFromTemplate(tpl.id, { title: 'x', lang: 'en', t: tFor('en'), personaIds: ['p1', 'p2'] })
      expect(b.kind).toBe(tpl.kind)
      expect(b.personaIds).toEqual(k.personas === 'one' ? ['p1'] : ['p1', 'p2'])
      expect(b.fmeaThreshold).toBe(k.worstCase ? 100 : undefined)
    }
  })

  it('zones are not stages: a zones layout has no stage headers, one stage, and the persona in the centre', () => {
    for (const k of KINDS) {
      if (k.layout !== 'zones') continue
      expect(k.hasStages).toBe(false)
      expect(k.personaHeader).toBe('centre')
      for (const t of k.templates) expect(t.stages).toHaveLength(1)
    }
    expect(kindOf('empathy')).toMatchObject({ layout: 'zones', hasStages: false, personas: 'one', evidenceFilterAlways: true })
    expect(kindOf('target')).toMatchObject({ layout: 'grid', stageCounts: true, decorations: ['unanswered'], worstCase: false, personas: 'one' })
    expect(kindOf('blueprint')).toMatchObject({ servicePoints: true, worstCase: true, decorations: ['critical'] })
  })

  it('legend entries explain the decorations the kind draws, and nothing else', () => {
    for (const k of KINDS) expect(k.legend.map((e) => e.decoration).sort()).toEqual([...k.decorations].sort())
  })

  it('spreadsheet: one fallback kind without signals, distinct ranks, known roles', () => {
    const fallbacks = KINDS.filter((k) => k.spreadsheet.signals.length === 0)
    expect(fallbacks.map((k) => k.id)).toEqual([FALLBACK_KIND])
    expect(new Set(KINDS.map((k) => k.spreadsheet.rank)).size).toBe(KINDS.length)
    for (const k of KINDS) {
      for (const r of k.spreadsheet.signals) expect(LANE_ROLES).toContain(r)
      for (const [from, to] of Object.entries(k.spreadsheet.remap)) {
        expect(LANE_ROLES).toContain(from)
        expect(LANE_ROLES).toContain(to)
      }
    }
  })

  it('guesses a pasted grid’s kind from its lanes (a grid of its own template’s lanes is that kind)', () => {
    for (const tpl of TEMPLATE_SPECS) expect(guessKind(tpl.lanes, tpl.stages.length), tpl.id).toBe(tpl.kind)
    expect(guessKind(['says', 'thinks'], 3)).toBe('journey') // zones over several stages: not an empathy map
    expect(guessKind(['irritants', 'backstage'], 4)).toBe('blueprint') // the blueprint's layers win
    expect(guessKind([], 0)).toBe(FALLBACK_KIND)
  })

  it('the blueprint adds its lines between layers in Shostack’s order, and only then', () => {
    let n = 0
    const line = (role: LaneRole) => ({ id: `line${++n}`, name: role, role })
    const lane = (role: LaneRole) => ({ id: role, name: role, role })
    expect(
      withBlueprintLines(
        ['customer', 'frontstage', 'backstage', 'support'].map((r) => lane(r as LaneRole)),
        line,
      )!.map((l) => l.role),
    ).toEqual(['customer', 'line-interaction', 'frontstage', 'line-visibility', 'backstage', 'line-internal', 'support'])
    expect(
      withBlueprintLines(
        ['backstage', 'customer'].map((r) => lane(r as LaneRole)),
        line,
      ),
    ).toBeNull()
    expect(
      withBlueprintLines(
        ['customer', 'line-visibility', 'backstage'].map((r) => lane(r as LaneRole)),
        line,
      ),
    ).toBeNull()
  })
})

describe('tags and lanes', () => {
  it('a card placed in a lane gets its tag', () => {
    expect(tagForRole('irritants')).toBe('irritant')
    expect(tagForRole('pains')).toBe('irritant')
    expect(tagForRole('musts')).toBe('must')
    expect(tagForRole('pluses')).toBe('wow')
    expect(tagForRole('touchpoints')).toBe('touchpoint')
    expect(tagForRole('notes')).toBeUndefined()
  })

  it('every kind places every tag on a lane of its own template, a lane that holds cards', () => {
    for (const tpl of TEMPLATE_SPECS) {
      const b = fromTemplate(tpl.id)
      for (const tag of CARD_TAGS) {
        const lane = laneForTag(b, tag)
        expect(lane, `${tpl.id}: ${tag}`).not.toBeNull()
        expect(holdsCards(lane!.role)).toBe(true)
      }
    }
  })

  it('the method’s lanes: irritants, musts and pluses on a target map; pain points and opportunities on a journey map', () => {
    const target = fromTemplate('target')
    const journey = fromTemplate('journey')
    const empathy = fromTemplate('empathy')
    const role = (b: Board, tag: (typeof CARD_TAGS)[number]) => laneForTag(b, tag)!.role
    expect([role(target, 'irritant'), role(target, 'must'), role(target, 'wow')]).toEqual(['irritants', 'musts', 'pluses'])
    expect([role(journey, 'irritant'), role(journey, 'wow'), role(journey, 'touchpoint'), role(journey, 'question')]).toEqual([
      'pains',
      'opportunities',
      'touchpoints',
      'thoughts',
    ])
    expect([role(empathy, 'irritant'), role(empathy, 'wow')]).toEqual(['pains', 'gains'])
    // a lane of notes takes questions and ideas when the board has one
    const withNotes = { ...journey, lanes: [...journey.lanes, { id: 'n', name: 'Notes', role: 'notes' as const }] }
    expect(role(withNotes, 'question')).toBe('notes')
    expect(laneForTag({ ...journey, lanes: journey.lanes.filter((l) => !holdsCards(l.role)) }, 'idea')).toBeNull()
    expect(roles(journey)).toContain('emotions') // (which holds no cards, so is never chosen)
  })
})
