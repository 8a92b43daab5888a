import { describe, expect, it } from 'vitest'
import type { Board, Lane, LaneRole } from '../types'
import { en } from '../../i18n/en'
import { fr } from '../../i18n/fr'
import { METHODS_STRINGS } from './methodsStrings'
import {
  TEMPLATES,
  blueprintLines,
  createBoardFromTemplate,
  isBlueprintOrderValid,
  lanesBelowVisibility,
  misplacedBlueprintLanes,
  templateLaneRoles,
  type TemplateId,
} from './templates'

/** A `t` over the real string tables, as i18next would give them once the strings are registered. */
function tFor(lang: 'fr' | 'en') {
  const tree: Record<string, unknown> = { ...(lang === 'fr' ? fr : en), methods: METHODS_STRINGS[lang] }
  return (key: string) => {
    let node: unknown = tree
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    return typeof node === 'string' ? node : key
  }
}

const make = (id: TemplateId, lang: 'fr' | 'en' = 'en', personaIds?: string[]) =>
  createBoardFromTemplate(id, { title: 'My board', lang, t: tFor(lang), personaIds })

const roles = (b: Board) => b.lanes.map((l) => l.role)
const stageNames = (b: Board) => b.stages.map((s) => s.name)
const lanesOf = (...rs: LaneRole[]): Board => ({
  id: 'b',
  title: '',
  kind: 'blueprint',
  stages: [],
  cards: [],
  links: [],
  lanes: rs.map((role, i): Lane => ({ id: `l${i}`, name: role, role })),
})

describe('TEMPLATES', () => {
  it('lists the five templates with their board kind', () => {
    expect(TEMPLATES).toEqual([
      { id: 'journey', kind: 'journey' },
      { id: 'blueprint', kind: 'blueprint' },
      { id: 'target', kind: 'target' },
      { id: 'empathy', kind: 'empathy' },
      { id: 'blank', kind: 'journey' },
    ])
  })
})

describe('createBoardFromTemplate', () => {
  it('journey: the eight lanes in order, named in the UI language, six stages before/during/after', () => {
    const b = make('journey')
    expect(b.kind).toBe('journey')
    expect(b.title).toBe('My board')
    expect(b.locale).toBe('en')
    expect(roles(b)).toEqual(['actions', 'touchpoints', 'channels', 'thoughts', 'emotions', 'pains', 'opportunities', 'moments'])
    expect(b.lanes.map((l) => l.name)).toEqual([
      'Customer actions',
      'Touchpoints',
      'Channels',
      'Thoughts',
      'Emotion curve',
      'Pain points',
      'Opportunities',
      'Moments of truth',
    ])
    expect(stageNames(b)).toEqual(['Discover', 'Compare', 'Sign up', 'First use', 'Get help', 'Renew'])
    expect(b.phases!.map((p) => p.name)).toEqual(['Before', 'During', 'After'])
    expect(b.phases!.map((p) => p.stageIds)).toEqual([
      [b.stages[0].id, b.stages[1].id],
      [b.stages[2].id, b.stages[3].id],
      [b.stages[4].id, b.stages[5].id],
    ])
    expect(b.fmeaThreshold).toBe(100)
    expect(b.cards).toEqual([])
    expect(b.links).toEqual([])
  })

  it('journey in French', () => {
    const b = make('journey', 'fr')
    expect(b.locale).toBe('fr')
    expect(b.lanes[0].name).toBe('Ce que fait le client')
    expect(b.lanes[7].name).toBe('Moments de vérité')
    expect(stageNames(b)).toEqual(['Découvrir', 'Comparer', 'S’inscrire', 'Première utilisation', 'Obtenir de l’aide', 'Renouveler'])
    expect(b.phases!.map((p) => p.name)).toEqual(['Avant', 'Pendant', 'Après'])
  })

  it('blueprint: Shostack’s eight layers in order, then the service standards', () => {
    const b = make('blueprint')
    expect(b.kind).toBe('blueprint')
    expect(roles(b)).toEqual([
      'evidence',
      'customer',
      'line-interaction',
      'frontstage',
      'line-visibility',
      'backstage',
      'line-internal',
      'support',
      'standards',
    ])
    expect(b.lanes[4].name).toBe('Line of visibility')
    expect(b.fmeaThreshold).toBe(100)
    expect(isBlueprintOrderValid(b)).toBe(true)
    expect(misplacedBlueprintLanes(b)).toEqual([])
    expect(b.phases).toHaveLength(3)
    expect(make('blueprint', 'fr').lanes[2].name).toBe('Ligne d’interaction')
  })

  it('target: irritants, musts, pluses, for one persona only', () => {
    const b = make('target', 'fr', ['p1', 'p2'])
    expect(b.kind).toBe('target')
    expect(roles(b)).toEqual(['irritants', 'musts', 'pluses'])
    expect(b.lanes.map((l) => l.name)).toEqual(['Irritants', 'Incontournables', 'Les « plus »'])
    expect(b.personaIds).toEqual(['p1'])
    expect(b.fmeaThreshold).toBeUndefined()
    expect(b.phases!.flatMap((p) => p.stageIds)).toEqual(b.stages.map((s) => s.id))
  })

  it('empathy: one stage, the six zones, no phases', () => {
    const b = make('empathy')
    expect(b.kind).toBe('empathy')
    expect(b.stages).toHaveLength(1)
    expect(stageNames(b)).toEqual(['Situation'])
    expect(roles(b)).toEqual(['says', 'thinks', 'does', 'feels', 'pains', 'gains'])
    expect(b.phases).toBeUndefined()
  })

  it('blank: a journey with three stages, one notes lane, no phases', () => {
    const b = make('blank', 'fr')
    expect(b.kind).toBe('journey')
    expect(stageNames(b)).toEqual(['Étape 1', 'Étape 2', 'Étape 3'])
    expect(b.lanes).toEqual([{ id: b.lanes[0].id, name: 'Notes', role: 'notes' }])
    expect(b.phases).toBeUndefined()
  })

  it('journey and blueprint keep every persona; none given, no personaIds field', () => {
    expect(make('journey', 'en', ['p1', 'p2']).personaIds).toEqual(['p1', 'p2'])
    expect('personaIds' in make('journey')).toBe(false)
  })

  it('issues fresh, distinct ids every time', () => {
    const a = make('blueprint')
    const b = make('blueprint')
    const ids = [a.id, ...a.stages.map((s) => s.id), ...a.lanes.map((l) => l.id), ...a.phases!.map((p) => p.id)]
    expect(new Set(ids).size).toBe(ids.length)
    expect(b.id).not.toBe(a.id)
    expect(b.stages[0].id).not.toBe(a.stages[0].id)
  })

  it('takes every name from the caller, by message key (the domain holds no translations)', () => {
    const b = createBoardFromTemplate('journey', { title: 'x', lang: 'fr', t: (k) => `<${k}>` })
    expect(b.stages[0].name).toBe('<methods.stage.journey.discover>')
    expect(b.lanes[0].name).toBe('<role.actions>')
    expect(b.phases![0].name).toBe('<phase.before>')
  })

  it('is plain JSON', () => {
    const b = make('blueprint')
    expect(JSON.parse(JSON.stringify(b))).toEqual(b)
  })

  it('templateLaneRoles agrees with the boards', () => {
    for (const { id } of TEMPLATES) expect(roles(make(id))).toEqual([...templateLaneRoles(id)])
  })
})

describe('blueprint lines', () => {
  it('finds the three lines', () => {
    expect(blueprintLines(make('blueprint'))).toEqual({ interaction: 2, visibility: 4, internal: 6 })
    expect(blueprintLines(make('journey'))).toEqual({ interaction: -1, visibility: -1, internal: -1 })
  })

  it('checks Shostack’s order: interaction above visibility above internal', () => {
    expect(isBlueprintOrderValid(lanesOf('customer', 'line-interaction', 'frontstage', 'line-visibility', 'backstage', 'line-internal'))).toBe(true)
    expect(isBlueprintOrderValid(lanesOf('customer', 'line-visibility', 'frontstage', 'line-interaction'))).toBe(false)
    expect(isBlueprintOrderValid(lanesOf('line-interaction', 'line-internal', 'line-visibility'))).toBe(false)
    expect(isBlueprintOrderValid(lanesOf('line-internal', 'support', 'line-interaction'))).toBe(false)
  })

  it('accepts missing lines when those present are in order, refuses a line twice', () => {
    expect(isBlueprintOrderValid(lanesOf('actions', 'notes'))).toBe(true)
    expect(isBlueprintOrderValid(lanesOf('line-interaction', 'line-internal'))).toBe(true)
    expect(isBlueprintOrderValid(lanesOf('line-visibility', 'backstage', 'line-visibility'))).toBe(false)
  })

  it('reports blueprint lanes on the wrong side of a line', () => {
    const b = lanesOf('evidence', 'backstage', 'line-interaction', 'frontstage', 'line-visibility', 'customer', 'line-internal', 'support')
    expect(misplacedBlueprintLanes(b)).toEqual(['l1', 'l5'])
    // without all three lines in order there is nothing to judge against
    expect(misplacedBlueprintLanes(lanesOf('backstage', 'line-visibility', 'customer'))).toEqual([])
  })

  it('lanesBelowVisibility: everything under the line of visibility, nothing above it', () => {
    const b = make('blueprint')
    expect(lanesBelowVisibility(b)).toEqual(new Set(b.lanes.slice(5).map((l) => l.id)))
    expect([...lanesBelowVisibility(b)].map((id) => b.lanes.find((l) => l.id === id)!.role)).toEqual(['backstage', 'line-internal', 'support', 'standards'])
    expect(lanesBelowVisibility(make('journey')).size).toBe(0)
    expect(lanesBelowVisibility(lanesOf('customer', 'line-visibility')).size).toBe(0)
  })
})
