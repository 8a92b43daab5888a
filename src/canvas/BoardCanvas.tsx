// The board on a React Flow canvas: pan, zoom, minimap; cards dragged between cells,
// stages and lanes dragged to reorder, arrows drawn between cards; keyboard navigation.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { useT } from '../i18n'
import { cellAt, indexInCell, layoutBoard, METRICS, type BoardLayout } from '../domain/layout'
import * as ops from '../domain/operations'
import type { Board, Card } from '../domain/types'
import { holdsCards } from '../domain/types'
import { useEditor } from '../store/editorStore'
import { useWorkshopView } from '../store/workshopView'
import { withoutFaceDown } from '../domain/workshop/rounds'
import { addCard, connect } from '../editor/commands'
import { moveCursor } from '../editor/cursor'
import { handleShortcut } from '../editor/actions'
import { CARD_FONT, cardHeight, resetMeasurements } from './measure'
import { FlowAdapter, type BoardNode, type CardFlags } from './toFlow'
import { edgeTypes, nodeTypes } from './nodeTypes'
import { canvasOverlays } from './overlays'
import { boardDecorations } from './decorations'
import { boardBounds, fitViewport } from './viewport'
import { FAR_ZOOM, FarContext } from './renderMode'
import { BoardRoutes, gridFence } from './routing/boardRoutes'
import { trustGivenSizes } from './givenSizes'
import { DragPainter } from './routing/dragPainter'
import type { Route } from '../domain/routing'
import { useRefitOnResize } from './refit'
import './canvasStrings'
import { lazyComponent } from '../ui/lazyComponent'
import { useShownCards } from './largeBoard'

const proOptions = { hideAttribution: true }
const MINIMAP_STYLE = { width: 180, height: 110 }
// Fitting leaves room at the bottom for the minimap, so it never hides the last lane.
const FIT_PADDING = { top: 24, left: 24, right: 24, bottom: 140 }
const px = (n: number) => `${n}px` as const
const MIN_ZOOM = 0.05
const MAX_ZOOM = 3
/** The first view of a board is never zoomed in further than this (a small board stays readable, not huge). */
const MAX_INITIAL_ZOOM = 1.5
// Fit View fits as the first view does (so that a resize can re-fit the same way).
export const FIT_OPTIONS = {
  padding: { top: px(FIT_PADDING.top), left: px(FIT_PADDING.left), right: px(FIT_PADDING.right), bottom: px(FIT_PADDING.bottom) },
  maxZoom: MAX_INITIAL_ZOOM,
}

export function BoardCanvas({ layoutRef }: { layoutRef?: React.MutableRefObject<BoardLayout | null> }) {
  const { t, i18n } = useTranslation()
  const stored = useEditor((s) => s.board) as Board
  // A private round's notes are not drawn until revealed (each stage shows a face-down count).
  const board = useMemo(() => withoutFaceDown(stored), [stored])
  const presenting = useEditor((s) => s.presenting)
  const voterId = useWorkshopView((s) => s.voterId)
  // dot voting: a click (or Enter) on a card places a dot instead of selecting it
  const picking = useWorkshopView((s) => !!s.pickCard)
  const selectedCardIds = useEditor((s) => s.selectedCardIds)
  const customerView = useEditor((s) => s.customerView)
  const assumptionsOnly = useEditor((s) => s.assumptionsOnly)
  const belowTarget = useEditor((s) => s.belowTarget)
  const [fontsVersion, setFontsVersion] = useState(0)
  // the ids of the nodes being dragged, one per line ('' when none)
  const [draggedKey, setDraggedKey] = useState('')
  const rf = useReactFlow()
  const flowStore = useStoreApi()
  const far = useStore((s) => s.transform[2] < FAR_ZOOM)
  const editingCardId = useEditor((s) => s.editingCardId)
  const cursorCardId = useEditor((s) => s.cursor?.cardId)
  const adapter = useRef(new FlowAdapter()).current
  const surface = useRef<HTMLDivElement>(null)

  useEffect(() => {
    // Card heights were measured with a fallback font until the web font arrived.
    if (document.fonts?.check?.(CARD_FONT)) return
    void document.fonts?.ready.then(() => {
      resetMeasurements()
      setFontsVersion((v) => v + 1)
    })
  }, [])

  const deco = useMemo(
    () => boardDecorations(board, { customerView, assumptionsOnly, belowTarget, voterId }),
    [board, customerView, assumptionsOnly, belowTarget, voterId],
  )

  const layout = useMemo(
    () => layoutBoard(board, cardHeight, { hiddenLaneIds: deco.hiddenLaneIds }),
    // the layout depends on these parts only (not on links, title...)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [board.cards, board.lanes, board.stages, board.phases, board.measurements, deco.hiddenLaneIds, fontsVersion],
  )
  if (layoutRef) layoutRef.current = layout

  // The first view fits the board, computed from the layout before the first paint.
  const [initialViewport, setInitialViewport] = useState<{ x: number; y: number; zoom: number } | null>(null)
  const fit = () => {
    const el = surface.current
    return el && fitViewport(boardBounds(board, layout), el.clientWidth, el.clientHeight, FIT_PADDING, MIN_ZOOM, MAX_INITIAL_ZOOM)
  }
  const refit = useRefitOnResize(fit, rf.getViewport, (v) => void rf.setViewport(v))
  // (before React Flow is first drawn: its nodes' observer takes the store's measure then)
  useLayoutEffect(() => trustGivenSizes(flowStore), [flowStore])
  useLayoutEffect(() => {
    const v = !initialViewport && fit()
    if (!v) return
    // React Flow's store gets the zoom now, so that the cards are drawn once, far or near; and
    // the pane's size it would otherwise measure after the first render and draw everything again
    const el = surface.current!
    flowStore.setState({ transform: [v.x, v.y, v.zoom], width: el.clientWidth, height: el.clientHeight })
    setInitialViewport(v)
    refit.fitted(v)
  }, [initialViewport, board, layout, flowStore]) // eslint-disable-line react-hooks/exhaustive-deps

  // React Flow's buttons, named in the interface's language
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('board.zoomIn'),
      'controls.zoomOut.ariaLabel': t('board.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
      'minimap.ariaLabel': t('board.minimap'),
    }),
    [t, i18n.language], // eslint-disable-line react-hooks/exhaustive-deps
  )

  // A large board gives React Flow only some of its cards; the others are painted (CardsLayer).
  const pinned = useMemo(
    () => [
      ...selectedCardIds,
      ...(editingCardId ? [editingCardId] : []),
      ...(cursorCardId ? [cursorCardId] : []),
      ...(draggedKey ? draggedKey.split('\n') : []),
    ],
    [selectedCardIds, editingCardId, cursorCardId, draggedKey],
  )
  const { shown: shownCards, cardAt: paintedCardAt } = useShownCards(board, layout, surface, pinned)

  const allNodes = useMemo(() => adapter.nodes(board, layout, deco.flags, deco.stageCounts), [adapter, board, layout, deco])
  const baseNodes = useMemo(() => (shownCards ? allNodes.filter((n) => n.type !== 'card' || shownCards.has(n.id)) : allNodes), [allNodes, shownCards])
  const selected = useMemo(() => new Set(selectedCardIds), [selectedCardIds])
  const nodes = useMemo(() => {
    if (selected.size === 0) return baseNodes
    return baseNodes.map((n) => {
      if (!selected.has(n.id)) return n
      // `measured`: the size React Flow knows. A node object without it loses its handles'
      // bounds in React Flow's store and is measured again (a resize observer and a forced layout).
      const measured = n.measured ?? { width: n.width, height: n.height }
      return { ...n, measured, selected: true } as BoardNode
    })
  }, [baseNodes, selected])
  // Arrows routed around the cards: re-routed incrementally when the layout changes.
  const router = useRef(new BoardRoutes()).current
  const fence = useMemo(() => (layout.top > 0 ? gridFence(layout, METRICS.laneHeaderWidth) : []), [layout])
  // routed after the board is painted, in slices between frames: opening a board never waits for its arrows
  const [baseRoutes, setBaseRoutes] = useState<Map<string, Route>>(() => new Map())
  const opened = useRef(false)
  useEffect(() => {
    const stop = router.schedule(layout, board.links, fence, setBaseRoutes, !opened.current)
    opened.current = true
    return stop
  }, [router, layout, board.links, fence])
  // A drag is drawn by the painter, a frame at a time, outside React (routing/dragPainter): the
  // dragged nodes, and their arrows routed near them from where they are now.
  const dragFrom = useRef({ layout, links: board.links, fence })
  dragFrom.current = { layout, links: board.links, fence }
  const [painter] = useState(
    () =>
      new DragPainter({
        root: () => surface.current,
        origin: (id) => flowStore.getState().nodeLookup.get(id)?.internals.positionAbsolute ?? null,
        route: (moved) => router.dragged(dragFrom.current.layout, dragFrom.current.links, moved, dragFrom.current.fence),
        viewport: () => {
          const [x, y, zoom] = flowStore.getState().transform
          return { x, y, zoom }
        },
      }),
  )
  useEffect(() => () => painter.end(), [painter])
  const edges = useMemo(() => {
    const visible = new Set(layout.cards.keys())
    if (shownCards) for (const id of visible) if (!shownCards.has(id)) visible.delete(id)
    return adapter.edges(board, visible, baseRoutes)
  }, [adapter, board, layout, baseRoutes, shownCards])

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      const drag = painter
      const fresh = !drag.active
      let started: string[] | null = null
      for (const ch of changes) {
        // the drop's own change (dragging false) is left to onNodeDragStop
        if (ch.type !== 'position' || !ch.position || !ch.dragging) continue
        if (fresh) (started ??= []).push(ch.id)
        let p = ch.position
        if (ch.id.startsWith('stage:')) p = { x: p.x, y: layout.stages.get(ch.id.slice(6))?.y ?? 0 }
        if (ch.id.startsWith('lane:')) p = { x: 0, y: p.y }
        drag.move(ch.id, p)
      }
      if (started) {
        router.setDragging(true)
        setDraggedKey(started.join('\n'))
      }
      const sel = changes.filter((c) => c.type === 'select')
      if (sel.length) {
        const st = useEditor.getState()
        const cardIds = new Set(st.board?.cards.map((c) => c.id))
        const set = new Set(st.selectedCardIds)
        for (const c of sel) if (cardIds.has(c.id)) c.selected ? set.add(c.id) : set.delete(c.id)
        const ids = [...set]
        if (ids.join() !== st.selectedCardIds.join()) st.select(ids, ids.length ? [] : st.selectedLinkIds)
        if (ids.length === 1) {
          const c = st.board?.cards.find((x) => x.id === ids[0])
          if (c) st.setCursor({ stageId: c.stageId, laneId: c.laneId, cardId: c.id })
        }
      }
    },
    [layout, router, painter],
  )

  const onEdgesChange = useCallback((changes: EdgeChange<Edge>[]) => {
    const picked = changes.filter((c) => c.type === 'select' && c.selected).map((c) => (c as { id: string }).id)
    if (picked.length) useEditor.getState().select([], picked)
  }, [])

  const onNodeDragStop = useCallback(
    (_e: unknown, node: BoardNode, dragged: BoardNode[]) => {
      painter.end()
      router.setDragging(false)
      setDraggedKey('')
      const st = useEditor.getState()
      const b = st.board!
      if (node.type === 'stage') {
        const to = Math.round((node.position.x - METRICS.laneHeaderWidth) / METRICS.stageWidth)
        const id = node.id.slice(6)
        if (to !== b.stages.findIndex((s) => s.id === id)) st.apply((x) => ops.moveStage(x, id, Math.max(0, to)))
        return
      }
      if (node.type === 'lane') {
        const id = node.id.slice(5)
        const mid = node.position.y + (node.height ?? 0) / 2
        let to = 0
        b.lanes.forEach((l, i) => {
          const r = layout.lanes.get(l.id)
          if (r && l.id !== id && mid > r.y + r.height / 2) to = i + (i >= b.lanes.findIndex((x) => x.id === id) ? 0 : 1)
        })
        if (to !== b.lanes.findIndex((l) => l.id === id)) st.apply((x) => ops.moveLane(x, id, to))
        return
      }
      if (node.type !== 'card') return
      const w = node.width ?? METRICS.cardWidth
      const cx = node.position.x + w / 2
      const cy = node.position.y + 20
      const cell = cellAt(b, layout, cx, cy)
      const lane = cell && b.lanes.find((l) => l.id === cell.laneId)
      if (!cell || !lane || !holdsCards(lane.role)) return // snaps back
      const ids = new Set(dragged.filter((n) => n.type === 'card').map((n) => n.id))
      const moving = b.cards.filter((c) => ids.has(c.id)).map((c) => c.id)
      const others = ops
        .cellCards(b, cell.stageId, cell.laneId)
        .filter((c) => !ids.has(c.id))
        .map((c) => c.id)
      const index = indexInCell(layout, others, cy)
      st.apply((x) => ops.moveCards(x, moving, cell.stageId, cell.laneId, index))
      st.setCursor({ ...cell, cardId: node.id })
    },
    [layout, painter, router],
  )

  const onNodeDoubleClick = useCallback(
    (e: React.MouseEvent, node: BoardNode) => {
      if (node.type !== 'lane' || useEditor.getState().presenting) return
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY })
      if (p.x < METRICS.laneHeaderWidth) return
      // a card painted on the cards layer is edited as a card node is
      const painted = paintedCardAt(p)
      if (painted) {
        useEditor.getState().setEditing(painted)
        return
      }
      const b = useEditor.getState().board!
      const cell = cellAt(b, layout, p.x, p.y)
      if (cell) addCard(cell)
    },
    [rf, layout, paintedCardAt],
  )

  // A click on a card painted on the cards layer selects it (it becomes a card node: draggable).
  // During a dot vote a click on a card (drawn or painted) places a dot instead.
  const onNodeClick = useCallback(
    (e: React.MouseEvent, node: BoardNode) => {
      const pick = useWorkshopView.getState().pickCard
      if (node.type === 'card') return void pick?.(node.id)
      if (node.type !== 'lane' || !shownCards) return
      const id = paintedCardAt(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
      if (!id) return
      if (pick) return void pick(id)
      const st = useEditor.getState()
      const c = st.board?.cards.find((x) => x.id === id)
      st.select([id])
      if (c) st.setCursor({ stageId: c.stageId, laneId: c.laneId, cardId: id })
    },
    [rf, paintedCardAt, shownCards],
  )

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target) connect(c.source, c.target)
  }, [])
  // A card has one handle (its source, on the right edge); an arrow dropped anywhere on another
  // card goes to that card. One handle per card, and no per-card subscription to the
  // connection in progress: every pointer move of a drag runs each node's store listeners.
  const onConnectEnd = useCallback((e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return // dropped on a handle: onConnect did it
    const p = 'changedTouches' in e ? e.changedTouches[0] : e
    const el = p && document.elementFromPoint(p.clientX, p.clientY)?.closest<HTMLElement>('.react-flow__node-card')
    const to = el?.dataset.id
    if (to && to !== state.fromNode.id) connect(state.fromNode.id, to)
  }, [])

  const onEdgeClick = useCallback((_e: React.MouseEvent, edge: Edge) => useEditor.getState().select([], [edge.id]), [])

  // What React Flow draws besides the nodes and arrows, made once per change of what it shows:
  // the selection and a drag's start and drop render this component again, and none of these need follow.
  const minimapLabel = t('board.minimap')
  // The overview (a rectangle per node) is drawn two frames after the board: the picture of a
  // just-opened board's cards is made, and put on screen, without a second picture of them.
  const [overview, setOverview] = useState(false)
  useEffect(() => {
    if (!initialViewport || overview) return
    let timer = 0
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setOverview(true))))))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [initialViewport, overview])
  const canvasLabel = t('board.canvas', { title: board.title })
  const flowChildren = useMemo(
    () => (
      <>
        {/* seen from far the dots are under 8 px apart, a grey haze, and filling the pane with them
            was 40 % of the painting of a whole board's picture (docs/bench.md, "how a board opens") */}
        {!far && <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#d0d5dd" />}
        <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} onFitView={refit.onFitView} />
        {shownCards && <CardsLayer board={board} layout={layout} shown={shownCards} flags={deco.flags} />}
        {overview && <MiniMap pannable zoomable ariaLabel={minimapLabel} nodeColor={minimapColor} nodeStrokeWidth={0} style={MINIMAP_STYLE} />}
        <DragLayer painter={painter} />
        {canvasOverlays().map((Overlay, i) => (
          <Overlay key={i} />
        ))}
      </>
    ),
    [refit.onFitView, shownCards, board, layout, deco.flags, minimapLabel, painter, overview, far],
  )

  // Keep the keyboard cursor in view.
  const cursor = useEditor((s) => s.cursor)
  useEffect(() => {
    if (!cursor) return
    const r = (cursor.cardId && layout.cards.get(cursor.cardId)) || cellRect(layout, cursor.stageId, cursor.laneId)
    if (!r) return
    const { x, y, zoom } = rf.getViewport()
    const el = surface.current
    if (!el) return
    const vw = el.clientWidth / zoom
    const vh = el.clientHeight / zoom
    const left = -x / zoom
    const top = -y / zoom
    if (r.x >= left && r.y >= top && r.x + r.width <= left + vw && r.y + r.height <= top + vh) return
    void rf.setCenter(r.x + r.width / 2, r.y + r.height / 2, { zoom, duration: 150 })
  }, [cursor, layout, rf])

  // Every key of the canvas is an action of the registry (editor/actions.ts), scope `canvas`
  // (presenting, the keys are the presentation's: editor/actions.ts routes them).
  const onKeyDown = (e: React.KeyboardEvent) => void handleShortcut(e.nativeEvent, 'canvas')

  return (
    <div
      ref={surface}
      className="board-surface"
      tabIndex={0}
      role="application"
      aria-label={canvasLabel}
      aria-roledescription="board"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget && !useEditor.getState().cursor) useEditor.getState().setCursor(moveCursor(board, null, 'right'))
      }}
    >
      {initialViewport && (
        <FarContext.Provider value={far}>
          <ReactFlow<BoardNode, Edge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onNodeDoubleClick={onNodeDoubleClick}
            onNodeClick={onNodeClick}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            onEdgeClick={onEdgeClick}
            onMoveEnd={refit.onMoveEnd}
            nodesDraggable={!presenting && !picking}
            nodesConnectable={!presenting && !picking}
            elementsSelectable={!presenting && !picking}
            connectionMode={ConnectionMode.Loose}
            zoomOnDoubleClick={false}
            disableKeyboardA11y
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            defaultViewport={initialViewport}
            proOptions={proOptions}
            ariaLabelConfig={ariaLabelConfig}
            nodesFocusable={false}
            edgesFocusable={false}
            elevateNodesOnSelect={false}
            elevateEdgesOnSelect={false}
            snapToGrid={false}
          >
            {flowChildren}
          </ReactFlow>
        </FarContext.Provider>
      )}
      <CursorAnnouncer board={board} />
    </div>
  )
}

/** Where a drag draws its arrows (routing/dragPainter): canvas tiles over the pane, made when a drag begins. */
const DragLayer = memo(function DragLayer({ painter }: { painter: DragPainter }) {
  const layer = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    painter.setLayer(layer.current)
    return () => painter.setLayer(null)
  }, [painter])
  return <div ref={layer} className="drag-layer" aria-hidden="true" />
})

// Only boards of more than 1,500 cards paint some (largeBoard.ts): its code comes with the first.
const CardsLayer = lazyComponent(() => import('./CardsLayer').then((m) => m.CardsLayer))

function minimapColor(n: BoardNode): string {
  if (n.type === 'card') return n.data.card.color ?? '#f5c542'
  if (n.type === 'stage' || n.type === 'phase') return '#90a4ae'
  return '#eef1f4'
}

function cellRect(layout: BoardLayout, stageId: string, laneId: string) {
  const s = layout.stages.get(stageId)
  const l = layout.lanes.get(laneId)
  return s && l ? { x: s.x, y: l.y, width: s.width, height: l.height } : null
}

/** Tells a screen reader where the keyboard cursor is. */
const CursorAnnouncer = memo(function CursorAnnouncer({ board }: { board: Board }) {
  const t = useT()
  const cursor = useEditor((s) => s.cursor)
  let text = ''
  if (cursor) {
    const stage = board.stages.find((s) => s.id === cursor.stageId)
    const lane = board.lanes.find((l) => l.id === cursor.laneId)
    const cards: Card[] = ops.cellCards(board, cursor.stageId, cursor.laneId)
    if (stage && lane) {
      text = t('board.cell', { stage: stage.name, lane: lane.name })
      const i = cards.findIndex((c) => c.id === cursor.cardId)
      if (i >= 0) text += '. ' + t('board.cursorCard', { index: i + 1, count: cards.length, text: cards[i].text || t('board.emptyCard') })
      else text += '. ' + (holdsCards(lane.role) ? (cards.length ? t('board.cellCards', { count: cards.length }) : t('board.noCards')) : t('board.lineHolds'))
    }
  }
  return (
    <div className="sr-only" aria-live="polite" data-testid="cursor-announcer">
      {text}
    </div>
  )
})

export type { CardFlags }
