// Node and edge types, declared once at module scope and shared by the live canvas and the
// off-screen export canvas. React Flow re-renders every node when `nodeTypes` changes, so the
// object is never replaced: features add their node types to it when they are registered
// (the persona header, an export's title and legend), before the first board is drawn.
import type { NodeTypes } from '@xyflow/react'
import { CardNodeView, LaneNodeView, PhaseNodeView, StageNodeView } from './nodes'
import { FloatingEdge } from './FloatingEdge'

type NodeComponent = NodeTypes[string]

export const nodeTypes: NodeTypes = { card: CardNodeView, lane: LaneNodeView, stage: StageNodeView, phase: PhaseNodeView }
export const edgeTypes = { floating: FloatingEdge }

/** A feature's node type (e.g. `personas`, drawn by the personas feature); the object itself stays the same. */
export function registerNodeType(type: string, component: NodeComponent): void {
  nodeTypes[type] = component
}
