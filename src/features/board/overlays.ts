// Features draw over the board (a presentation's captions, a round's quick-entry bar, a panel
// beside the canvas) by registering a component here. Overlays stay while presenting, unlike
// toolbar tools, and sit inside the canvas's React Flow provider (they may move its viewport).
import type { ComponentType, MutableRefObject } from 'react'
import type { BoardLayout } from '../../domain/layout'

export type BoardOverlay = ComponentType<{ layoutRef: MutableRefObject<BoardLayout | null> }>
const overlays: BoardOverlay[] = []

export function registerBoardOverlay(overlay: BoardOverlay): void {
  if (!overlays.includes(overlay)) overlays.push(overlay)
}

export const registeredBoardOverlays = (): readonly BoardOverlay[] => overlays
