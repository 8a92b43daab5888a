// Board templates: the lanes each method prescribes, in the literature's order, with a few
// example stages grouped before / during / after the service. Also the blueprint's lines
// (interaction, visibility, internal interaction) and what lies below the line of visibility.
import type { Board, BoardKind, Id, Lane, LaneRole, Phase, SeparatorRole, Stage } from '../types'
import { isSeparator } from '../types'
import { newId } from '../id'
import { en } from '../../i18n/en'
import { fr } from '../../i18n/fr'
import { METHODS_STRINGS } from './methodsStrings'

export type TemplateId = 'journey' | 'blueprint' | 'target' | 'empathy' | 'blank'

type PhaseKey = 'before' | 'during' | 'after'

interface TemplateSpec {
  kind: BoardKind
  lanes: readonly LaneRole[]
  /** Example stages: key under `methods.stage.<template>.`, and their phase. */
  stages: readonly { key: string; phase?: PhaseKey }[]
  /** The worst-case scenario (FMEA) applies: set the default criticality threshold. */
  fmea: boolean
  /** Drawn for one persona only (target map, empathy map). */
  onePersona: boolean
}

const SPECS: Record<TemplateId, TemplateSpec> = {
  journey: {
    kind: 'journey',
    lanes: ['actions', 'touchpoints', 'channels', 'thoughts', 'emotions', 'pains', 'opportunities', 'moments'],
    stages: [
      { key: 'discover', phase: 'before' },
      { key: 'compare', phase: 'before' },
      { key: 'signUp', phase: 'during' },
      { key: 'firstUse', phase: 'during' },
      { key: 'getHelp', phase: 'after' },
      { key: 'renew', phase: 'after' },
    ],
    fmea: true,
    onePersona: false,
  },
  // Shostack's eight layers, top to bottom. Service standards are measurable rules per
  // step: they get a lane of their own *after* support, so the eight layers stay intact
  // and the standards (internal rules) sit below the line of visibility, hidden from the
  // customer view like the rest of the organisation's side.
  blueprint: {
    kind: 'blueprint',
    lanes: ['evidence', 'customer', 'line-interaction', 'frontstage', 'line-visibility', 'backstage', 'line-internal', 'support', 'standards'],
    stages: [
      { key: 'inform', phase: 'before' },
      { key: 'book', phase: 'before' },
      { key: 'arrive', phase: 'during' },
      { key: 'served', phase: 'during' },
      { key: 'pay', phase: 'during' },
      { key: 'followUp', phase: 'after' },
    ],
    fmea: true,
    onePersona: false,
  },
  target: {
    kind: 'target',
    lanes: ['irritants', 'musts', 'pluses'],
    stages: [
      { key: 'discover', phase: 'before' },
      { key: 'apply', phase: 'during' },
      { key: 'wait', phase: 'during' },
      { key: 'receive', phase: 'after' },
      { key: 'getHelp', phase: 'after' },
    ],
    fmea: false,
    onePersona: true,
  },
  empathy: {
    kind: 'empathy',
    lanes: ['says', 'thinks', 'does', 'feels', 'pains', 'gains'],
    stages: [{ key: 'situation' }],
    fmea: false,
    onePersona: true,
  },
  blank: {
    kind: 'journey',
    lanes: ['notes'],
    stages: [{ key: 's1' }, { key: 's2' }, { key: 's3' }],
    fmea: true,
    onePersona: false,
  },
}

const TEMPLATE_IDS: readonly TemplateId[] = ['journey', 'blueprint', 'target', 'empathy', 'blank']

/** The templates offered for a new board, in the order the home screen lists them. */
export const TEMPLATES: readonly { id: TemplateId; kind: BoardKind }[] = TEMPLATE_IDS.map((id) => ({ id, kind: SPECS[id].kind }))

/** The lane roles a template creates, top to bottom. */
export const templateLaneRoles = (id: TemplateId): readonly LaneRole[] => SPECS[id].lanes

export interface TemplateOptions {
  title: string
  lang: 'fr' | 'en'
  /** The UI's translate function: lane, phase and stage names are in the UI language. */
  t: (key: string) => string
  personaIds?: string[]
}

const FALLBACK: Record<'fr' | 'en', Record<string, unknown>> = {
  en: { ...en, methods: METHODS_STRINGS.en },
  fr: { ...fr, methods: METHODS_STRINGS.fr },
}

function lookup(tree: Record<string, unknown>, key: string): string | undefined {
  let node: unknown = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * The caller's `t`, falling back to the bundled strings when it does not know a key
 * (i18next returns the key itself): a board must never be created with "methods.stage…" names.
 */
function translator(t: (key: string) => string, lang: 'fr' | 'en'): (key: string) => string {
  return (key) => {
    let v: unknown
    try {
      v = t(key)
    } catch {
      v = undefined
    }
    if (typeof v === 'string' && v !== '' && v !== key) return v
    return lookup(FALLBACK[lang], key) ?? key
  }
}

export function createBoardFromTemplate(id: TemplateId, opts: TemplateOptions): Board {
  const spec = SPECS[id]
  const tr = translator(opts.t, opts.lang)
  const stages: Stage[] = spec.stages.map((s) => ({ id: newId('s_'), name: tr(`methods.stage.${id}.${s.key}`) }))
  const lanes: Lane[] = spec.lanes.map((role) => ({ id: newId('l_'), name: tr(`role.${role}`), role }))
  const phases: Phase[] = []
  for (const key of ['before', 'during', 'after'] as const) {
    const stageIds = stages.filter((_, i) => spec.stages[i].phase === key).map((s) => s.id)
    if (stageIds.length) phases.push({ id: newId('p_'), name: tr(`phase.${key}`), stageIds })
  }
  const personaIds = spec.onePersona ? opts.personaIds?.slice(0, 1) : opts.personaIds?.slice()
  const board: Board = {
    id: newId('b_'),
    title: opts.title,
    kind: spec.kind,
    locale: opts.lang,
    stages,
    lanes,
    cards: [],
    links: [],
  }
  if (phases.length) board.phases = phases
  if (personaIds?.length) board.personaIds = personaIds
  if (spec.fmea) board.fmeaThreshold = 100
  return board
}

// ---- the blueprint's lines --------------------------------------------------------

export interface BlueprintLines {
  /** Index in `board.lanes` of each line (its first occurrence), −1 when absent. */
  interaction: number
  visibility: number
  internal: number
}

const firstIndex = (board: Board, role: SeparatorRole) => board.lanes.findIndex((l) => l.role === role)

export function blueprintLines(board: Board): BlueprintLines {
  return {
    interaction: firstIndex(board, 'line-interaction'),
    visibility: firstIndex(board, 'line-visibility'),
    internal: firstIndex(board, 'line-internal'),
  }
}

/**
 * Shostack's order: interaction above visibility above internal interaction. The lines
 * that are present must come in that order and each at most once; a board without lines
 * (a journey map) is valid. Completeness is another question (see `blueprintLines`).
 */
export function isBlueprintOrderValid(board: Board): boolean {
  const roles = board.lanes.map((l) => l.role).filter(isSeparator)
  if (new Set(roles).size !== roles.length) return false
  const rank: Record<SeparatorRole, number> = { 'line-interaction': 0, 'line-visibility': 1, 'line-internal': 2 }
  return roles.every((r, i) => i === 0 || rank[roles[i - 1]] < rank[r])
}

/** Which band (0 = above the line of interaction … 3 = below the line of internal interaction) a role belongs to. */
const BLUEPRINT_BAND: Partial<Record<LaneRole, number>> = { evidence: 0, customer: 0, frontstage: 1, backstage: 2, support: 3 }

/**
 * Lanes of the blueprint roles that sit in the wrong band (e.g. backstage actions above the
 * line of visibility). Only meaningful when the three lines are present and in order;
 * otherwise nothing is reported.
 */
export function misplacedBlueprintLanes(board: Board): Id[] {
  const lines = blueprintLines(board)
  if (lines.interaction < 0 || lines.visibility < 0 || lines.internal < 0 || !isBlueprintOrderValid(board)) return []
  const out: Id[] = []
  board.lanes.forEach((lane, i) => {
    const expected = BLUEPRINT_BAND[lane.role]
    if (expected === undefined) return
    const band = i < lines.interaction ? 0 : i < lines.visibility ? 1 : i < lines.internal ? 2 : 3
    if (band !== expected) out.push(lane.id)
  })
  return out
}

/** Lanes below the line of visibility: what the "Customer view" hides. Empty without that line. */
export function lanesBelowVisibility(board: Board): Set<Id> {
  const i = firstIndex(board, 'line-visibility')
  return new Set(i < 0 ? [] : board.lanes.slice(i + 1).map((l) => l.id))
}
