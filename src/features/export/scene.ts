// What an exported image shows: the board laid out as on the canvas, shifted below a title,
// with a legend underneath; everything at zoom 1, at positions ≥ 0, in a known size.
import type { Edge, Node } from '@xyflow/react'
import { layoutBoard, METRICS } from '../../domain/layout'
import type { Board, Card, Id } from '../../domain/types'
import { cardHeight } from '../../canvas/measure'
import { FlowAdapter, personasRect, type BoardNode, type CardFlags } from '../../canvas/toFlow'
import { boardDecorations } from '../../canvas/decorations'
import { legendItems, type LegendItem } from './legend'

export const SCENE = {
  pad: 32,
  titleHeight: 88,
  gap: 24,
  minWidth: 720,
  legendHeader: 40,
  legendRow: 34,
  legendColumn: 300,
  legendPadding: 16,
}

export type TitleNodeData = { title: string; subtitle: string }
export type LegendNodeData = { items: LegendItem[]; columns: number }
export type ExportTitleNode = Node<TitleNodeData, 'exportTitle'>
export type ExportLegendNode = Node<LegendNodeData, 'exportLegend'>
export type ExportNode = BoardNode | ExportTitleNode | ExportLegendNode

export interface ExportScene {
  board: Board
  nodes: ExportNode[]
  edges: Edge[]
  width: number
  height: number
  /** Heights (scene px) where a page may be cut: between title, lanes and legend. */
  breaks: number[]
  /** Emotion curves the canvas must draw before capture. */
  curves: number
}

export interface SceneOptions {
  /** Hide the lanes below the line of visibility (the blueprint's customer view). */
  customerView?: boolean
  /** Draw the title (and subtitle) above the board. */
  title?: boolean
  subtitle?: string
  legend?: boolean
  /** Marks of the emotion curve taken from the whole board, when `board` is a slice of it. */
  emotionMarks?: { lowest: string | null; end: string | null }
  /** Stages of the whole board before the first one drawn (a slice keeps the board's stage numbers). */
  stageNumberOffset?: number
  /** Card flags (critical, unanswered); by default those the board's own data gives. */
  flags?: (card: Card) => CardFlags
}

/** Width of a scene regardless of its stages: margins and lane headers (board px). */
export const SCENE_FIXED_WIDTH = 2 * SCENE.pad + METRICS.laneHeaderWidth

export function legendHeight(count: number, innerWidth: number): { height: number; columns: number } {
  if (!count) return { height: 0, columns: 1 }
  const columns = Math.max(1, Math.floor((innerWidth - 2 * SCENE.legendPadding) / SCENE.legendColumn))
  const rows = Math.ceil(count / columns)
  return { height: SCENE.legendHeader + rows * SCENE.legendRow + SCENE.legendPadding, columns }
}

export function buildExportScene(board: Board, opts: SceneOptions = {}): ExportScene {
  // what the board shows, without the live view's filters: dimming would print washed out
  const deco = boardDecorations(board, { customerView: !!opts.customerView, assumptionsOnly: false })
  const flags = opts.flags ?? deco.flags
  const hiddenLaneIds: Set<Id> | undefined = deco.hiddenLaneIds
  const layout = layoutBoard(board, cardHeight, { hiddenLaneIds })
  const adapter = new FlowAdapter()
  const boardNodes = adapter.nodes(board, layout, flags, deco.stageCounts)
  const visibleCards = new Set(layout.cards.keys())
  const edges = adapter.edges(board, visibleCards)

  const { pad, gap } = SCENE
  const hasPersonas = boardNodes.some((n) => n.type === 'personas')
  const contentTop = hasPersonas ? Math.min(0, personasRect(board, layout).y) : 0
  const width = Math.max(layout.width, SCENE.minWidth) + 2 * pad
  const inner = width - 2 * pad
  const boardTop = pad + (opts.title ? SCENE.titleHeight + gap : 0)
  const dx = pad
  const dy = boardTop - contentTop

  const nodes: ExportNode[] = []
  const breaks: number[] = []
  if (opts.title) {
    nodes.push({
      id: 'export:title',
      type: 'exportTitle',
      position: { x: pad, y: pad },
      width: inner,
      height: SCENE.titleHeight,
      data: { title: board.title, subtitle: opts.subtitle ?? '' },
      draggable: false,
      selectable: false,
      zIndex: 1,
    })
    breaks.push(boardTop - gap / 2)
  }
  for (const n of boardNodes) {
    let data: BoardNode['data'] = n.data
    if (opts.emotionMarks && n.type === 'lane' && n.data.lane.role === 'emotions') data = { ...n.data, emotionMarks: opts.emotionMarks }
    if (opts.stageNumberOffset && n.type === 'stage') data = { ...n.data, numberOffset: opts.stageNumberOffset }
    nodes.push({ ...n, data, position: { x: n.position.x + dx, y: n.position.y + dy }, draggable: false, selectable: false } as BoardNode)
  }
  for (const r of layout.lanes.values()) breaks.push(r.y + r.height + dy)

  let height = dy + layout.height
  const shownCards = board.cards.filter((c) => visibleCards.has(c.id))
  const items = opts.legend === false ? [] : legendItems({ ...board, cards: shownCards }, flags)
  if (items.length) {
    const top = height + gap
    const { height: lh, columns } = legendHeight(items.length, inner)
    breaks.push(top - gap / 2)
    nodes.push({
      id: 'export:legend',
      type: 'exportLegend',
      position: { x: pad, y: top },
      width: inner,
      height: lh,
      data: { items, columns },
      draggable: false,
      selectable: false,
      zIndex: 1,
    })
    height = top + lh
  }
  height += pad
  const curves = board.lanes.filter((l) => l.role === 'emotions' && layout.lanes.has(l.id)).length
  return { board, nodes, edges, width: Math.ceil(width), height: Math.ceil(height), breaks: breaks.sort((a, b) => a - b), curves }
}
