// The thin adapter: domain board + layout → React Flow nodes and edges, and nothing else.
// Node objects are reused while what they show is unchanged, so React Flow's memoised
// node wrappers skip them (a drag or an edit re-renders only what moved or changed).
import { MarkerType, Position, type Edge, type Node } from '@xyflow/react'
import type { BoardLayout, Rect } from '../domain/layout'
import type { Route } from '../domain/routing'
import type { Board, Card, Lane, Phase, Stage } from '../domain/types'
import { kindOf } from '../domain/kinds'

export interface CardFlags {
  /** Above the worst-case-scenario threshold. */
  critical?: boolean
  /** An irritant no must answers (target journey map). */
  unanswered?: boolean
  /** Hidden by a filter (drawn faded). */
  dimmed?: boolean
  /** Workshop: who wrote the note (absent when notes are anonymous). */
  author?: string
  /** Dot voting under way: the card can get dots (true) or not (false). */
  votable?: boolean
  /** Dots on the card in the vote under way (absent while the counts are hidden). */
  dots?: number
  /** The dots of the participant voting on this screen, and their name. */
  myDots?: number
  voter?: string
  /** The card's score badges (JSON of `CardScores`: compared as a string, so unchanged scores never re-render a card). */
  scores?: string
}

export type CardNodeData = { card: Card; flags: CardFlags }
export type LaneNodeData = {
  lane: Lane
  index: number
  count: number
  stages: Stage[]
  board: Board
  zone: boolean
  /** The emotion curve's marks, when they come from a larger board than the one drawn (an export slice). */
  emotionMarks?: { lowest: string | null; end: string | null }
}
export type StageNodeData = {
  stage: Stage
  index: number
  count: number
  height: number
  counts?: string
  /** Stages before this one that are not drawn (an export slice numbers stages as the whole board does). */
  numberOffset?: number
}
export type PhaseNodeData = { phase: Phase; part: number }
/** The personas a board is drawn for, as a header card above the grid, or at the centre of an empathy map's zones (with its situation). */
export type PersonasNodeData = { personaIds: string[]; placement: 'above' | 'centre'; situation?: string }

export type CardNode = Node<CardNodeData, 'card'>
export type LaneNode = Node<LaneNodeData, 'lane'>
export type StageNode = Node<StageNodeData, 'stage'>
export type PhaseNode = Node<PhaseNodeData, 'phase'>
export type PersonasNode = Node<PersonasNodeData, 'personas'>
export type BoardNode = CardNode | LaneNode | StageNode | PhaseNode | PersonasNode

const sameRect = (n: Node, r: Rect) => n.position.x === r.x && n.position.y === r.y && n.width === r.width && n.height === r.height

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

const sameFlags = (a: CardFlags, b: CardFlags) =>
  !!a.critical === !!b.critical &&
  !!a.unanswered === !!b.unanswered &&
  !!a.dimmed === !!b.dimmed &&
  a.author === b.author &&
  a.votable === b.votable &&
  a.dots === b.dots &&
  a.myDots === b.myDots &&
  a.voter === b.voter &&
  a.scores === b.scores

/**
 * What React Flow would otherwise measure in the DOM once a node is drawn: its size (as
 * `offsetWidth`/`offsetHeight` read it: whole pixels) and its handles' boxes. Given up front, the
 * resize observer that follows the first render finds nothing new, and React Flow does not draw
 * every node and arrow a second time (the observers' callbacks: 250 → 60–100 ms in traces). A card has one
 * handle, `.card-source` (index.css: 14 px, on the right edge, centred); other nodes have none.
 */
function known(width: number, height: number, handle = false): Pick<Node, 'measured' | 'handles'> {
  return {
    measured: { width: Math.round(width), height: Math.round(height) },
    handles: handle ? [{ type: 'source', position: Position.Right, x: width, y: height / 2 - CARD_HANDLE / 2, width: CARD_HANDLE, height: CARD_HANDLE }] : [],
  }
}
const CARD_HANDLE = 14

const ARROW = { type: MarkerType.ArrowClosed, color: '#37474f', width: 18, height: 18 }

export const PERSONA_HEADER_HEIGHT = 150
/** Where the personas card sits: above the board, or in the middle of the empathy map's quadrants (as its kind says). */
export function personasRect(board: Board, layout: BoardLayout): Rect {
  if (kindOf(board).personaHeader === 'centre') {
    const says = board.lanes.find((l) => l.role === 'says')
    const r = says ? layout.lanes.get(says.id) : undefined
    const size = 260
    const cx = r ? r.x + r.width : layout.width / 2
    const cy = r ? r.y + r.height : 200
    return { x: cx - size / 2, y: cy - size / 2, width: size, height: size }
  }
  return { x: 200, y: -PERSONA_HEADER_HEIGHT - 16, width: Math.max(480, Math.min(layout.width - 200, 900)), height: PERSONA_HEADER_HEIGHT }
}

export class FlowAdapter {
  private cardCache = new Map<string, CardNode>()
  private otherCache = new Map<string, BoardNode>()
  private edgeCache = new Map<string, Edge>()

  nodes(board: Board, layout: BoardLayout, flags: (card: Card) => CardFlags, stageCounts?: Map<string, object>): BoardNode[] {
    const out: BoardNode[] = []
    const kind = kindOf(board)
    const zones = kind.layout === 'zones'
    const nextOther = new Map<string, BoardNode>()
    const keep = (n: BoardNode) => {
      Object.assign(n, known(n.width!, n.height!))
      const prev = this.otherCache.get(n.id)
      const same = prev && shallowEqual(prev.data, n.data) && sameRect(prev, { x: n.position.x, y: n.position.y, width: n.width!, height: n.height! })
      const node = same ? prev : n
      nextOther.set(n.id, node)
      out.push(node)
    }
    // Lanes first (drawn underneath), then stage and phase headers, then cards.
    board.lanes.forEach((lane, index) => {
      const r = layout.lanes.get(lane.id)
      if (!r) return
      keep({
        id: `lane:${lane.id}`,
        type: 'lane',
        position: { x: r.x, y: r.y },
        width: r.width,
        height: r.height,
        // the emotion lane reads the curve from the board; other lanes only need their own record
        data: {
          lane,
          index,
          count: board.lanes.length,
          stages: board.stages,
          board: lane.role === 'emotions' || lane.role === 'scores' ? board : (null as unknown as Board),
          zone: zones,
        },
        // always "draggable" so React Flow lets pointer events through; only the grip drags
        draggable: true,
        dragHandle: '.lane-grip',
        selectable: false,
        focusable: false,
        zIndex: 0,
      })
    })
    if (kind.hasStages)
      board.stages.forEach((stage, index) => {
        const r = layout.stages.get(stage.id)!
        keep({
          id: `stage:${stage.id}`,
          type: 'stage',
          position: { x: r.x, y: r.y },
          width: r.width,
          height: r.height,
          data: {
            stage,
            index,
            count: board.stages.length,
            height: layout.height - r.y,
            counts: stageCounts ? JSON.stringify(stageCounts.get(stage.id) ?? {}) : undefined,
          },
          draggable: true,
          dragHandle: '.stage-grip',
          selectable: false,
          focusable: false,
          zIndex: 2,
        })
      })
    for (const phase of board.phases ?? []) {
      ;(layout.phases.get(phase.id) ?? []).forEach((r, part) =>
        keep({
          id: `phase:${phase.id}:${part}`,
          type: 'phase',
          position: { x: r.x, y: r.y },
          width: r.width,
          height: r.height,
          data: { phase, part },
          draggable: true,
          dragHandle: '.no-drag-handle',
          selectable: false,
          focusable: false,
          zIndex: 2,
        }),
      )
    }
    const personaIds = board.personaIds ?? []
    // a centre card is always drawn: it holds the map's situation
    if (personaIds.length || kind.personaHeader === 'centre') {
      const r = personasRect(board, layout)
      keep({
        id: 'personas',
        type: 'personas',
        position: { x: r.x, y: r.y },
        width: r.width,
        height: r.height,
        data: { personaIds, placement: kind.personaHeader, situation: board.situation },
        draggable: true,
        dragHandle: '.no-drag-handle',
        selectable: false,
        focusable: false,
        zIndex: 3,
      })
    }
    this.otherCache = nextOther

    const nextCards = new Map<string, CardNode>()
    for (const card of board.cards) {
      const r = layout.cards.get(card.id)
      if (!r) continue
      const f = flags(card)
      const prev = this.cardCache.get(card.id)
      const node: CardNode =
        prev && prev.data.card === card && sameRect(prev, r) && sameFlags(prev.data.flags, f)
          ? prev
          : {
              id: card.id,
              type: 'card',
              position: { x: r.x, y: r.y },
              width: r.width,
              height: r.height,
              ...known(r.width, r.height, true),
              data: { card, flags: f },
              zIndex: 5,
            }
      nextCards.set(card.id, node)
      out.push(node)
    }
    this.cardCache = nextCards
    return out
  }

  /** `routes`: each link's path around the cards (canvas/routing), when already computed. */
  edges(board: Board, visibleCardIds: Set<string>, routes?: ReadonlyMap<string, Route>): Edge[] {
    const next = new Map<string, Edge>()
    const out: Edge[] = []
    for (const l of board.links) {
      if (!visibleCardIds.has(l.from) || !visibleCardIds.has(l.to)) continue
      const prev = this.edgeCache.get(l.id)
      const route = routes?.get(l.id)
      const e: Edge =
        prev && prev.source === l.from && prev.target === l.to && prev.label === l.label && prev.data?.route === route
          ? prev
          : { id: l.id, source: l.from, target: l.to, type: 'floating', label: l.label, zIndex: 4, markerEnd: ARROW, data: { route } }
      next.set(l.id, e)
      out.push(e)
    }
    this.edgeCache = next
    return out
  }
}
