// Board templates: the lanes each method prescribes, in the literature's order, with a few
// example stages grouped before / during / after the service (declared by each kind, in
// ../kinds/). Also the blueprint's lines (interaction, visibility, internal interaction) and
// what lies below the line of visibility.
import type { Board, BoardKind, Id, Lane, LaneRole, Phase, SeparatorRole, Stage } from '../types'
import { isSeparator } from '../types'
import { newId } from '../id'
import { kindOf, TEMPLATE_SPECS } from '../kinds'
import { BLUEPRINT_BAND } from '../kinds/blueprint'

/** A template's id (`journey`, `blank`…): its name and description are `methods.template.<id>.*`. */
export type TemplateId = string

/** The templates offered for a new board, in the order the home screen lists them. */
export const TEMPLATES: readonly { id: TemplateId; kind: BoardKind }[] = TEMPLATE_SPECS.map((s) => ({ id: s.id, kind: s.kind }))

const spec = (id: TemplateId) => {
  const s = TEMPLATE_SPECS.find((x) => x.id === id)
  if (!s) throw new Error(`no template "${id}"`)
  return s
}

/** The lane roles a template creates, top to bottom. */
export const templateLaneRoles = (id: TemplateId): readonly LaneRole[] => spec(id).lanes

export interface TemplateOptions {
  title: string
  lang: 'fr' | 'en'
  /** Names in the board's language, by message key (`role.<role>`, `phase.<key>`, `methods.stage.<template>.<key>`). */
  t: (key: string) => string
  personaIds?: string[]
}

export function createBoardFromTemplate(id: TemplateId, opts: TemplateOptions): Board {
  const tpl = spec(id)
  const kind = kindOf(tpl.kind)
  const tr = opts.t
  const stages: Stage[] = tpl.stages.map((s) => ({ id: newId('s_'), name: tr(`methods.stage.${id}.${s.key}`) }))
  const lanes: Lane[] = tpl.lanes.map((role) => ({ id: newId('l_'), name: tr(`role.${role}`), role }))
  const phases: Phase[] = []
  for (const key of ['before', 'during', 'after'] as const) {
    const stageIds = stages.filter((_, i) => tpl.stages[i].phase === key).map((s) => s.id)
    if (stageIds.length) phases.push({ id: newId('p_'), name: tr(`phase.${key}`), stageIds })
  }
  const personaIds = kind.personas === 'one' ? opts.personaIds?.slice(0, 1) : opts.personaIds?.slice()
  const board: Board = {
    id: newId('b_'),
    title: opts.title,
    kind: kind.id,
    locale: opts.lang,
    stages,
    lanes,
    cards: [],
    links: [],
  }
  if (phases.length) board.phases = phases
  if (personaIds?.length) board.personaIds = personaIds
  if (kind.worstCase) board.fmeaThreshold = 100
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
