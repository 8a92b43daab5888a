// Components a feature draws inside the board canvas (within React Flow, so they may use its
// viewport): e.g. the cursors of the other people in a live session.
import type { ComponentType } from 'react'

const overlays: ComponentType[] = []

export function registerCanvasOverlay(overlay: ComponentType): void {
  if (!overlays.includes(overlay)) overlays.push(overlay)
}

export const canvasOverlays = (): readonly ComponentType[] => overlays
