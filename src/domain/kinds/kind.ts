// What a board kind is, declared once per kind (one file each, registered in ./index.ts), after
// tldraw's ShapeUtil: the rest of the app asks a kind for a fact instead of testing its name.
// Plain data and pure functions: no React, no i18n runtime (names are message keys).
import type { BoardKind, CardTag, Lane, LaneRole, SeparatorRole } from '../types'

export type PhaseKey = 'before' | 'during' | 'after'

/** A template offered for a new board: the method's lanes and a few example stages. */
export interface TemplateSpec {
  /** Its id; its name and description are `methods.template.<id>.name|description`. */
  id: string
  /** Lane roles, top to bottom (each lane is named `role.<role>`). */
  lanes: readonly LaneRole[]
  /** Example stages: name `methods.stage.<template id>.<key>`, and their phase (`phase.<key>`). */
  stages: readonly { key: string; phase?: PhaseKey }[]
  /** Place in the home screen's list of templates (lowest first). */
  rank: number
}

/** Decorations a kind draws on cards from the board's data. */
export type CardDecoration = 'critical' | 'unanswered'

/** An entry of an exported image's legend, shown when a card carries the decoration. */
export interface KindLegendEntry {
  decoration: CardDecoration
  /** A symbol of ui/icons. */
  symbol: 'critical' | 'unanswered'
  /** Message key of its name. */
  label: string
}

/** How a pasted spreadsheet grid is recognised as this kind, and what this kind makes of it. */
export interface KindSpreadsheet {
  /** Lane roles (guessed from the first column's names, in French or English) that make a grid this kind. */
  signals: readonly LaneRole[]
  /** Kinds are tried in this order (lowest first); the kind without signals is the fallback. */
  rank: number
  /** Only a grid of one stage (the empathy map's single situation). */
  oneStage?: boolean
  /** The same name means another role on this kind ("Irritants" on a journey map are its pain points). */
  remap: Partial<Record<LaneRole, LaneRole>>
  /**
   * Lanes this kind adds to the grid's (a blueprint's lines between its layers), or null when
   * it adds none. `line` makes a separator lane, named in the board's language.
   */
  complete?: (lanes: readonly Lane[], line: (role: SeparatorRole) => Lane) => Lane[] | null
}

export interface KindDefinition {
  id: BoardKind
  /** The templates that create a board of this kind. */
  templates: readonly TemplateSpec[]
  /** A grid of stages × lanes, or the empathy map's zones around the persona. */
  layout: 'grid' | 'zones'
  /**
   * The board has stages the user sees and edits (columns, "Add stage", stage headers, slides
   * and PDF pages per stage). An empathy map's zones are not stages: it has one, never shown.
   */
  hasStages: boolean
  /** Its steps carry a worst-case scenario (FMEA): the table, the side panel's fields, a default threshold. */
  worstCase: boolean
  /** Drawn for one persona, or for several (the first is the primary). */
  personas: 'one' | 'many'
  /** Where the persona card sits: above the grid, or at the centre of the zones (always drawn: it holds the situation). */
  personaHeader: 'above' | 'centre'
  /** Every sticky is a fact or an assumption: the "assumptions to verify" filter is always offered. */
  evidenceFilterAlways: boolean
  /** Fail and wait points are part of the method (blueprint): the side panel titles them with its name. */
  servicePoints: boolean
  /** Card decorations drawn from the board's data (critical failures, irritants no must answers). */
  decorations: readonly CardDecoration[]
  /** Stage headers count irritants, musts, pluses and unanswered irritants (target map). */
  stageCounts: boolean
  /** What an export adds to its legend, beside the symbols the cards carry. */
  legend: readonly KindLegendEntry[]
  /** The lanes, in order of preference, a note of each tag belongs in (e.g. a workshop's quick notes). */
  tagLanes: Partial<Record<CardTag, readonly LaneRole[]>>
  spreadsheet: KindSpreadsheet
}

export const CRITICAL_LEGEND: KindLegendEntry = { decoration: 'critical', symbol: 'critical', label: 'exporting.legend.critical' }
export const UNANSWERED_LEGEND: KindLegendEntry = { decoration: 'unanswered', symbol: 'unanswered', label: 'exporting.legend.unanswered' }
