// The off-screen canvas an export is drawn on: its own React Flow instance, the live
// board's node and edge types in export mode, plus a title and a legend.
import { memo } from 'react'
import { ConnectionMode, ReactFlow, ReactFlowProvider, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { edgeTypes, nodeTypes, registerNodeType } from '../../canvas/nodeTypes'
import { ExportModeContext } from '../../canvas/renderMode'
import { Symbol } from '../../ui/icons'
import type { ExportLegendNode, ExportNode, ExportScene, ExportTitleNode } from './scene'

function TitleView({ data }: NodeProps<ExportTitleNode>) {
  return (
    <div className="export-title">
      <div className="export-title-main">{data.title}</div>
      {data.subtitle && <div className="export-title-sub">{data.subtitle}</div>}
    </div>
  )
}

function LegendView({ data }: NodeProps<ExportLegendNode>) {
  const { t } = useTranslation()
  return (
    <div className="export-legend">
      <div className="export-legend-title">{t('exporting.legend.title')}</div>
      <ul style={{ gridTemplateColumns: `repeat(${data.columns}, minmax(0, 1fr))` }}>
        {data.items.map((i) => (
          <li key={i.symbol}>
            <Symbol name={i.symbol} color={i.color} size={20} />
            <span>{t(i.label)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

// Declared once, in the canvas's node types (a new object per render would re-render every node).
registerNodeType('exportTitle', memo(TitleView))
registerNodeType('exportLegend', memo(LegendView))
const proOptions = { hideAttribution: true }
const viewport = { x: 0, y: 0, zoom: 1 }

export function ExportCanvas({ scene }: { scene: ExportScene }) {
  return (
    <ExportModeContext.Provider value={true}>
      <ReactFlowProvider>
        <div className="export-surface" style={{ width: scene.width, height: scene.height }}>
          <ReactFlow<ExportNode>
            id="parcours-export"
            nodes={scene.nodes}
            edges={scene.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultViewport={viewport}
            minZoom={1}
            maxZoom={1}
            connectionMode={ConnectionMode.Loose}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            disableKeyboardA11y
            proOptions={proOptions}
          />
        </div>
      </ReactFlowProvider>
    </ExportModeContext.Provider>
  )
}
