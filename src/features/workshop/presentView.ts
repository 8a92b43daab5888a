// Where the presentation looks: pure viewport maths from the board's layout and the screen size.
// With a stage in focus its column fills the screen's height — and never less than the zoom at
// which card text reads from the back of a room (a fortieth of the screen's height: 27 px on a
// 1080-pixel screen, 18 px on 720); a column taller than that scrolls.
import type { BoardLayout } from '../../domain/layout'
import type { Board } from '../../domain/types'
import type { PresentFocus } from '../../store/workshopView'

/** The cards' font size at zoom 1 (src/canvas/measure.ts). */
export const CARD_TEXT_PX = 15
export const MAX_PRESENT_ZOOM = 3
const PAD = 16

export const readableTextPx = (screenHeight: number) => screenHeight / 40

export interface PresentView {
  x: number
  y: number
  zoom: number
  /** The focused columns, in board coordinates (null for the whole board). */
  focus: { x: number; width: number } | null
  /** How far down (board px) the focus can be scrolled. */
  maxScroll: number
}

export function stageIndexOf(board: Board, focus: PresentFocus): number {
  return focus.at === 'stage' ? board.stages.findIndex((s) => s.id === focus.stageId) : -1
}

/** The viewport that shows `focus` on a `width` × `height` screen. `scroll` is clamped. */
export function presentViewport(
  board: Board,
  layout: BoardLayout,
  focus: PresentFocus,
  width: number,
  height: number,
  scroll = 0,
  bounds?: { x: number; y: number; width: number; height: number },
): PresentView {
  const W = Math.max(1, width)
  const H = Math.max(1, height)
  if (focus.at === 'stage') {
    const r = layout.stages.get(focus.stageId)
    if (r) {
      const content = Math.max(1, layout.height)
      const fill = (H - 2 * PAD) / content
      const readable = readableTextPx(H) / CARD_TEXT_PX
      const zoom = Math.min(MAX_PRESENT_ZOOM, (W * 0.9) / r.width, Math.max(fill, readable))
      const maxScroll = Math.max(0, content - (H - 2 * PAD) / zoom)
      const s = Math.max(0, Math.min(maxScroll, scroll))
      return { x: W / 2 - (r.x + r.width / 2) * zoom, y: PAD - s * zoom, zoom, focus: { x: r.x, width: r.width }, maxScroll }
    }
  }
  if (focus.at === 'phase') {
    const rects = (board.phases?.find((p) => p.id === focus.phaseId)?.stageIds ?? [])
      .map((id) => layout.stages.get(id))
      .filter((r): r is NonNullable<typeof r> => !!r)
    if (rects.length) {
      const x0 = Math.min(...rects.map((r) => r.x))
      const x1 = Math.max(...rects.map((r) => r.x + r.width))
      const content = Math.max(1, layout.height)
      const zoom = Math.min(MAX_PRESENT_ZOOM, (W - 2 * PAD) / (x1 - x0), (H - 2 * PAD) / content)
      return { x: W / 2 - ((x0 + x1) / 2) * zoom, y: PAD, zoom, focus: { x: x0, width: x1 - x0 }, maxScroll: 0 }
    }
  }
  const b = bounds ?? { x: 0, y: 0, width: Math.max(1, layout.width), height: Math.max(1, layout.height) }
  const zoom = Math.min(MAX_PRESENT_ZOOM, (W - 2 * PAD) / b.width, (H - 2 * PAD) / b.height)
  return { x: (W - b.width * zoom) / 2 - b.x * zoom, y: (H - b.height * zoom) / 2 - b.y * zoom, zoom, focus: null, maxScroll: 0 }
}

/** The next (or previous) focus of the walk-through: the whole board, then each stage in turn. */
export function stepStage(board: Board, focus: PresentFocus, delta: 1 | -1): PresentFocus {
  const n = board.stages.length
  if (!n) return { at: 'board' }
  let i = stageIndexOf(board, focus)
  if (focus.at === 'phase') {
    const ids = board.phases?.find((p) => p.id === focus.phaseId)?.stageIds ?? []
    const idx = board.stages.map((s, k) => (ids.includes(s.id) ? k : -1)).filter((k) => k >= 0)
    i = idx.length ? (delta > 0 ? Math.min(...idx) - 1 : Math.max(...idx) + 1) : -1
  }
  if (i < 0 && focus.at === 'board') i = delta > 0 ? -1 : n
  const next = Math.max(0, Math.min(n - 1, i + delta))
  return { at: 'stage', stageId: board.stages[next].id }
}

/** The phase of the focused stage, or the next (previous) phase. */
export function stepPhase(board: Board, focus: PresentFocus, delta: 1 | -1 | 0): PresentFocus {
  const phases = (board.phases ?? []).filter((p) => p.stageIds.some((id) => board.stages.some((s) => s.id === id)))
  if (!phases.length) return focus
  const first = (p: (typeof phases)[number]) => Math.min(...p.stageIds.map((id) => board.stages.findIndex((s) => s.id === id)).filter((k) => k >= 0))
  const ordered = [...phases].sort((a, b) => first(a) - first(b))
  let i = -1
  if (focus.at === 'phase') i = ordered.findIndex((p) => p.id === focus.phaseId)
  else if (focus.at === 'stage') {
    i = ordered.findIndex((p) => p.stageIds.includes(focus.stageId))
    if (delta === 0 && i >= 0) return { at: 'phase', phaseId: ordered[i].id }
    if (i < 0) {
      // a stage in no phase: the phase after (or before) it
      const si = stageIndexOf(board, focus)
      const after = ordered.findIndex((p) => first(p) > si)
      const before = ordered.filter((p) => first(p) < si).length - 1
      const pick = delta > 0 ? (after < 0 ? ordered.length - 1 : after) : delta < 0 ? Math.max(0, before) : Math.max(0, before)
      return { at: 'phase', phaseId: ordered[pick].id }
    }
  }
  if (delta === 0) return i >= 0 ? { at: 'phase', phaseId: ordered[i].id } : { at: 'phase', phaseId: ordered[0].id }
  const next = i < 0 ? (delta > 0 ? 0 : ordered.length - 1) : Math.max(0, Math.min(ordered.length - 1, i + delta))
  return { at: 'phase', phaseId: ordered[next].id }
}
