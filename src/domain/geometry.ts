// Sizes and shapes shared by the layouts (the grid of stages × lanes, the empathy map's zones).
// Both layouts take them from here, so neither imports the other.
import type { Id } from './types'

export const METRICS = {
  laneHeaderWidth: 200,
  stageWidth: 248,
  cardWidth: 216,
  cardGap: 10,
  cellPadding: 16,
  phaseHeaderHeight: 40,
  stageHeaderHeight: 72,
  separatorHeight: 36,
  emotionHeight: 180,
  minLaneHeight: 104,
  minCardHeight: 56,
  /** A score badge's row on a card, and a row of the Scores lane. */
  badgeRowHeight: 24,
  scoresRowHeight: 40,
}
export type Metrics = typeof METRICS

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface BoardLayout {
  width: number
  height: number
  /** Top of the first lane (below the phase and stage headers). */
  top: number
  stages: Map<Id, Rect>
  phases: Map<Id, Rect[]>
  lanes: Map<Id, Rect>
  cards: Map<Id, Rect>
}

export interface LayoutOptions {
  /** Lanes not drawn (e.g. below the line of visibility in the customer view). */
  hiddenLaneIds?: Set<Id>
  metrics?: Metrics
}
