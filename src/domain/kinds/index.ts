// The registry of board kinds. Adding a kind: its name in BOARD_KINDS (types.ts, the file
// format), its definition in a file of this folder, and one line below (see README).
import type { Board, BoardKind, LaneRole } from '../types'
import { BOARD_KINDS } from '../types'
import type { KindDefinition, TemplateSpec } from './kind'
import { journey } from './journey'
import { blueprint } from './blueprint'
import { target } from './target'
import { empathy } from './empathy'

export type { CardDecoration, KindDefinition, KindLegendEntry, KindSpreadsheet, PhaseKey, TemplateSpec } from './kind'

const DEFINITIONS: Record<BoardKind, KindDefinition> = { journey, blueprint, target, empathy }

/** The kind a board of an unknown kind is read as, and a grid no kind recognises becomes. */
export const FALLBACK_KIND: BoardKind = journey.id

/** Every kind, in the file format's order. */
export const KINDS: readonly KindDefinition[] = BOARD_KINDS.map((k) => DEFINITIONS[k])

/** The definition of a board's kind (of the fallback kind when the name is unknown). */
export function kindOf(of: BoardKind | Pick<Board, 'kind'>): KindDefinition {
  const id = typeof of === 'string' ? of : of.kind
  return DEFINITIONS[id] ?? DEFINITIONS[FALLBACK_KIND]
}

/** Every template with the kind it creates, in the home screen's order. */
export const TEMPLATE_SPECS: readonly (TemplateSpec & { kind: BoardKind })[] = KINDS.flatMap((k) => k.templates.map((t) => ({ ...t, kind: k.id }))).sort(
  (a, b) => a.rank - b.rank,
)

/** The kind a pasted grid is, from its lanes' roles and its number of stages. */
export function guessKind(roles: readonly LaneRole[], stageCount: number): BoardKind {
  const ordered = [...KINDS].sort((a, b) => a.spreadsheet.rank - b.spreadsheet.rank)
  for (const k of ordered) {
    const { signals, oneStage } = k.spreadsheet
    if (signals.length && roles.some((r) => signals.includes(r)) && (!oneStage || stageCount === 1)) return k.id
  }
  return FALLBACK_KIND
}
