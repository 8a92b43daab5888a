// Copies of a board under fresh ids (Duplicate, an import or a restore whose board id is
// already taken): everything that points at a copied record follows it.
import { newId } from './id'
import type { Board, Id, Measurement } from './types'

/**
 * A copy of a board with fresh ids for the board and everything in it (stages, lanes, cards,
 * links, phases, measurements), every reference following; `ids` maps each old id to its new one.
 */
export function copyBoard(board: Board, title: string): { board: Board; ids: Map<Id, Id> } {
  const ids = new Map<Id, Id>()
  const re = (id: Id, prefix: string) => {
    const next = newId(prefix)
    ids.set(id, next)
    return next
  }
  const stages = board.stages.map((s) => ({ ...s, id: re(s.id, 's_') }))
  const lanes = board.lanes.map((l) => ({ ...l, id: re(l.id, 'l_') }))
  const cards = board.cards.map((c) => ({ ...c, id: re(c.id, 'c_'), stageId: ids.get(c.stageId)!, laneId: ids.get(c.laneId)! }))
  const links = board.links.map((l) => ({ ...l, id: newId('a_'), from: ids.get(l.from)!, to: ids.get(l.to)! }))
  const phases = board.phases?.map((p) => ({ ...p, id: newId('p_'), stageIds: p.stageIds.map((s) => ids.get(s)!).filter(Boolean) }))
  const emotions = board.emotions?.map((e) => ({ ...e, stageId: ids.get(e.stageId)! })).filter((e) => e.stageId)
  const measurements = board.measurements?.map((m) => {
    const copy: Measurement = { ...m, id: newId('m_') }
    if (m.cardId !== undefined) copy.cardId = ids.get(m.cardId) ?? m.cardId
    if (m.stageId !== undefined) copy.stageId = ids.get(m.stageId) ?? m.stageId
    return copy
  })
  const copy: Board = { ...board, id: newId('b_'), title, stages, lanes, cards, links }
  if (phases) copy.phases = phases
  if (emotions) copy.emotions = emotions
  if (measurements) copy.measurements = measurements
  return { board: copy, ids }
}

/** The board with a fresh id for each of its measurements whose id is `taken` (elsewhere). */
export function reissueMeasurementIds(board: Board, taken: ReadonlySet<Id>): Board {
  if (!board.measurements?.some((m) => taken.has(m.id))) return board
  const own = new Set(board.measurements.map((m) => m.id))
  const fresh = () => {
    let id = newId('m_')
    while (taken.has(id) || own.has(id)) id = newId('m_')
    own.add(id)
    return id
  }
  return { ...board, measurements: board.measurements.map((m) => (taken.has(m.id) ? { ...m, id: fresh() } : m)) }
}
