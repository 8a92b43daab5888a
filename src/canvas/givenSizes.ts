// React Flow measures every node it mounts: a resize observer reports each one, and React Flow
// reads its box and its handles' boxes from the DOM, "forced" even when the node already gave
// them, then draws every node and arrow again. The board's nodes give both (toFlow.ts, known()):
// their size as laid out and their handles' boxes. So a measure React Flow forces on a node that
// gave its handles is asked for unforced: it still happens where the DOM's size differs from the
// given one (React Flow then takes the DOM's), and nowhere else. Opening a 300-card board: the
// observers' callback went from 45–85 ms (and a second drawing of the board) to a few.
import type { ReactFlowState, useStoreApi } from '@xyflow/react'

type Store = ReturnType<typeof useStoreApi>
type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0]

/** Make `store`'s forced node measures unforced where the node gave its size and handles; returns the undo. */
export function trustGivenSizes(store: Store): () => void {
  const original = store.getState().updateNodeInternals
  const updateNodeInternals: ReactFlowState['updateNodeInternals'] = (updates, params) => {
    const lookup = store.getState().nodeLookup
    let next: Updates | null = null
    for (const [id, update] of updates) {
      const node = lookup.get(id)
      if (!update.force || !node?.internals.userNode.handles || !node.measured.width) continue
      next ??= new Map(updates)
      next.set(id, { ...update, force: false })
    }
    original(next ?? updates, params)
  }
  store.setState({ updateNodeInternals })
  return () => {
    if (store.getState().updateNodeInternals === updateNodeInternals) store.setState({ updateNodeInternals: original })
  }
}
