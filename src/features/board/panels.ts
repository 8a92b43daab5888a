// Features add their own sections to the card inspector (worst-case scenario, measured
// scores…) by registering a component here, without editing the inspector itself.
import type { ComponentType } from 'react'
import type { Board, Card } from '../../domain/types'

export type CardPanel = ComponentType<{ board: Board; card: Card }>
const panels: CardPanel[] = []

export function registerCardPanel(panel: CardPanel): void {
  if (!panels.includes(panel)) panels.push(panel)
}

export const registeredPanels = (): readonly CardPanel[] => panels
