// An arrow between two cards. Routed arrows (canvas/routing) go around the cards in their way
// with rounded corners, their label on a free stretch; until a route is known, the arrow
// leaves and enters each card at the point of its border facing the other card.
// A routed arrow reads nothing from React Flow's store; a drag draws copies of its cards'
// arrows (routing/dragPainter). Only an arrow not routed yet follows its cards' places in the store.
import { memo } from 'react'
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react'
import { useEditor } from '../store/editorStore'
import { routePath, type Route } from '../domain/routing'

function center(n: InternalNode) {
  const w = n.measured.width ?? n.width ?? 0
  const h = n.measured.height ?? n.height ?? 0
  return { x: n.internals.positionAbsolute.x + w / 2, y: n.internals.positionAbsolute.y + h / 2, w, h }
}

/** Where the segment from the centre of `a` towards `b` leaves `a`'s rectangle, and which side. */
function borderPoint(a: ReturnType<typeof center>, b: ReturnType<typeof center>) {
  const dx = b.x - a.x
  const dy = b.y - a.y
  if (Math.abs(dx) * a.h > Math.abs(dy) * a.w) {
    const s = a.w / 2 / Math.abs(dx || 1)
    return { x: a.x + dx * s, y: a.y + dy * s, pos: dx > 0 ? Position.Right : Position.Left }
  }
  const s = a.h / 2 / Math.abs(dy || 1)
  return { x: a.x + dx * s, y: a.y + dy * s, pos: dy > 0 ? Position.Bottom : Position.Top }
}

type Shape = Pick<EdgeProps, 'id' | 'label' | 'style' | 'markerEnd'> & { path: string; lx: number; ly: number; selected: boolean }

function EdgeShape({ id, label, style, markerEnd, path, lx, ly, selected }: Shape) {
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'edge-selected' : ''} style={style} interactionWidth={16} />
      {label ? (
        <EdgeLabelRenderer>
          <div className="edge-label nodrag nopan" data-edge={id} style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  )
}

/** An arrow not routed yet: a curve between the facing points of its cards' borders. */
function UnroutedEdge({ source, target, ...shape }: Omit<Shape, 'path' | 'lx' | 'ly'> & { source: string; target: string }) {
  const s = useInternalNode(source)
  const t = useInternalNode(target)
  if (!s || !t) return null
  const a = center(s)
  const b = center(t)
  const p = borderPoint(a, b)
  const q = borderPoint(b, a)
  const [path, lx, ly] = getBezierPath({ sourceX: p.x, sourceY: p.y, sourcePosition: p.pos, targetX: q.x, targetY: q.y, targetPosition: q.pos })
  return <EdgeShape {...shape} path={path} lx={lx} ly={ly} />
}

function FloatingEdgeView({ id, source, target, label, style, markerEnd, data }: EdgeProps) {
  const selected = useEditor((st) => st.selectedLinkIds.includes(id))
  const route = (data as { route?: Route } | undefined)?.route
  const shape = { id, label, style, markerEnd, selected }
  if (!route || route.points.length < 2) return <UnroutedEdge {...shape} source={source} target={target} />
  return <EdgeShape {...shape} path={routePath(route.points, 8)} lx={route.label.x} ly={route.label.y} />
}
export const FloatingEdge = memo(FloatingEdgeView)
