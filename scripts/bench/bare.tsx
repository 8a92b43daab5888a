// The baseline of `npm run bench`: React Flow alone, no app code. The same number of plain
// default nodes and edges as the generated board, laid out on the same stages × lanes grid
// (bench.mjs passes ?cards=&links=&stages=&lanes=), controlled with the documented
// useNodesState/useEdgesState pattern. Built by scripts/bench/vite.config.mjs; never shipped.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlow, MarkerType, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

const q = new URLSearchParams(location.search)
const count = Number(q.get('cards') ?? 300)
const linkCount = Number(q.get('links') ?? 300)
const stages = Number(q.get('stages') ?? 20)
const lanes = Number(q.get('lanes') ?? 7)

// Same grid as the app's layout: 200 px lane headers, 248 px stages, 216 px cards.
const perCell = Math.ceil(count / (stages * lanes))
const CARD_H = 70
const laneHeight = 32 + perCell * (CARD_H + 10)
const initialNodes: Node[] = Array.from({ length: count }, (_, i) => {
  const lane = i % lanes
  const stage = Math.floor(i / lanes) % stages
  const slot = Math.floor(i / (lanes * stages))
  return {
    id: `c${i + 1}`,
    position: { x: 200 + stage * 248 + 16, y: 112 + lane * laneHeight + 16 + slot * (CARD_H + 10) },
    data: { label: `Card ${i + 1}: fills in the form online` },
    style: { width: 216 },
  }
})
// The same pairs as bench.mjs gives the app board: next stage in the lane, or next lane.
const initialEdges: Edge[] = Array.from({ length: Math.min(linkCount, count - 1) }, (_, k) => {
  const from = (k * 7) % count
  const to = (from + (k % 2 ? 1 : lanes)) % count
  return { id: `k${k + 1}`, source: `c${from + 1}`, target: `c${to + 1}`, markerEnd: { type: MarkerType.ArrowClosed } }
})

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes)
  const [edges, , onEdgesChange] = useEdgesState(initialEdges)
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.05} fitView />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
)
