// The viewport that shows a whole board at first paint, computed from the layout (React Flow's
// own fitView waits for the nodes to be measured, so the board first flashes at zoom 1).
import type { Board } from '../domain/types'
import { kindOf } from '../domain/kinds'
import type { BoardLayout, Rect } from '../domain/layout'
import { personasRect } from './toFlow'

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** What the board draws: its grid, and the persona header above it when there is one. */
export function boardBounds(board: Board, layout: BoardLayout): Rect {
  let top = 0
  if (kindOf(board).personaHeader === 'above' && board.personaIds?.length) top = Math.min(0, personasRect(board, layout).y)
  return { x: 0, y: top, width: Math.max(1, layout.width), height: Math.max(1, layout.height - top) }
}

/** The viewport (x, y, zoom) that centres `bounds` in a `width` × `height` pane inside `padding`. */
export function fitViewport(bounds: Rect, width: number, height: number, padding: Padding, minZoom: number, maxZoom: number) {
  const w = Math.max(1, width - padding.left - padding.right)
  const h = Math.max(1, height - padding.top - padding.bottom)
  const zoom = Math.max(minZoom, Math.min(maxZoom, w / bounds.width, h / bounds.height))
  return {
    x: padding.left + (w - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: padding.top + (h - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  }
}
