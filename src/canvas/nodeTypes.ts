// Node and edge types, declared once at module scope (recreating them re-renders every
// node); shared by the live canvas and the off-screen export canvas.
import { CardNodeView, LaneNodeView, PhaseNodeView, StageNodeView } from './nodes'
import { FloatingEdge } from './FloatingEdge'
import { PersonaHeaderNode } from '../features/personas/PersonaHeaderNode'

export const nodeTypes = { card: CardNodeView, lane: LaneNodeView, stage: StageNodeView, phase: PhaseNodeView, personas: PersonaHeaderNode }
export const edgeTypes = { floating: FloatingEdge }
