// A large board (over LARGE_BOARD_CARDS cards) gives React Flow only the card nodes near the
// pane, from the zoom at which about MAX_CARD_NODES of them meet it, and those being edited,
// selected, dragged or under the cursor, with the other ends of their arrows. The others are
// painted on one canvas (CardsLayer). Twenty thousand card nodes would take React Flow many
// seconds to mount and measure; a few hundred take a fraction of one.
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import { useStore, useStoreApi } from '@xyflow/react'
import type { BoardLayout, Rect } from '../domain/layout'
import type { Board, Id } from '../domain/types'
import { FAR_ZOOM } from './renderMode'

/** Boards with more cards than this give React Flow only some of their cards. */
export const LARGE_BOARD_CARDS = 1_500
/** About how many card nodes a large board gives React Flow at once (each costs a millisecond or two to mount). */
export const MAX_CARD_NODES = 500

type XY = { x: number; y: number }

export const meets = (r: Rect, v: Rect) => r.x < v.x + v.width && r.x + r.width > v.x && r.y < v.y + v.height && r.y + r.height > v.y
const inside = (r: Rect, v: Rect) => r.x >= v.x && r.y >= v.y && r.x + r.width <= v.x + v.width && r.y + r.height <= v.y + v.height

/** What the pane shows of the board. */
export function viewOf(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }
}

/** The part of the board card nodes are given for: the view and a quarter of it all around. */
export function windowAround(view: Rect): Rect {
  return { x: view.x - view.width / 4, y: view.y - view.height / 4, width: view.width * 1.5, height: view.height * 1.5 }
}

/** The zoom from which a window holds about MAX_CARD_NODES cards, on average over the board (never below the far view's). */
export function cardNodesZoom(cards: number, layout: Pick<BoardLayout, 'width' | 'height'>, pane: { width: number; height: number }): number {
  const density = cards / Math.max(1, layout.width * layout.height)
  return Math.min(1, Math.max(FAR_ZOOM, Math.sqrt((density * pane.width * pane.height * 2.25) / MAX_CARD_NODES)))
}

/** The cards given to React Flow: those `pinned` and, when there is a window, those that meet it; with the other ends of their arrows. */
export function shownCardIds(board: Pick<Board, 'links'>, layout: Pick<BoardLayout, 'cards'>, pinned: Iterable<Id>, window: Rect | null): Set<Id> {
  const ids = new Set<Id>(pinned)
  if (window) for (const [id, r] of layout.cards) if (meets(r, window)) ids.add(id)
  const partners: Id[] = []
  for (const l of board.links) {
    if (ids.has(l.from) && !ids.has(l.to)) partners.push(l.to)
    else if (ids.has(l.to) && !ids.has(l.from)) partners.push(l.from)
  }
  for (const id of partners) ids.add(id)
  return ids
}

/** The card not given to React Flow (painted) under a point of the board, if any. */
export function paintedCardAt(layout: Pick<BoardLayout, 'cards'>, shown: ReadonlySet<Id>, p: XY): Id | null {
  for (const [id, r] of layout.cards) if (!shown.has(id) && p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height) return id
  return null
}

/**
 * For a large board, the cards React Flow is given (null for any other board: all of them),
 * kept up to date as the view moves, and the painted card under a point.
 */
/** `pinned`: the cards always given (edited, selected, dragged, under the cursor); memoise it. */
export function useShownCards(board: Board, layout: BoardLayout, surface: RefObject<HTMLElement | null>, pinned: readonly Id[]) {
  const large = board.cards.length > LARGE_BOARD_CARDS
  const flowStore = useStoreApi()
  const nodesZoom = useMemo(
    () =>
      large ? cardNodesZoom(board.cards.length, layout, { width: surface.current?.clientWidth || 1440, height: surface.current?.clientHeight || 900 }) : 0,
    [large, board.cards.length, layout, surface],
  )
  const near = useStore((s) => s.transform[2] >= nodesZoom)
  // The window moves only when the view leaves it: React Flow is given new cards a strip at a time.
  const [cardWindow, setCardWindow] = useState<Rect | null>(null)
  useEffect(() => {
    if (!large) return
    const update = () => {
      const st = flowStore.getState()
      if (st.transform[2] < nodesZoom || !st.width) return
      const view = viewOf(st.transform, st.width, st.height)
      setCardWindow((w) => (w && inside(view, w) ? w : windowAround(view)))
    }
    update()
    return flowStore.subscribe((st, prev) => {
      if (st.transform !== prev.transform || st.width !== prev.width || st.height !== prev.height) update()
    })
  }, [large, nodesZoom, flowStore])
  const shown = useMemo(() => (large ? shownCardIds(board, layout, pinned, near ? cardWindow : null) : null), [large, board, layout, pinned, near, cardWindow])
  const cardAt = useCallback((p: XY) => (shown ? paintedCardAt(layout, shown, p) : null), [shown, layout])
  return { shown, cardAt }
}
