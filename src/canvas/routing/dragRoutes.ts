// The routes of the arrows of the cards being dragged. The canvas writes them at each pointer
// move, in a layout effect, before React Flow is given the cards' new places; an arrow reads
// them when React Flow redraws it for its card's new place. So a drag changes neither the
// edges given to React Flow (no new edge objects, no store update for them) nor any arrow
// whose cards stay put.
import { createContext } from 'react'
import type { Route } from '../../domain/routing'
import type { Id } from '../../domain/types'

export interface DragRoutes {
  current: ReadonlyMap<Id, Route> | null
}

export const DragRoutesContext = createContext<DragRoutes>({ current: null })
