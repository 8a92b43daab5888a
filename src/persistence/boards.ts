// Whole-board operations of the home screen: create, rename, duplicate, delete, restore.
import { db, summarise, type BoardRow, type MeasurementRow } from './db'
import { restoreBoard, type RestoreWarning } from '../domain/restore'
import { newId } from '../domain/id'
import type { Board, Id } from '../domain/types'
import { announceBoardChange } from './channel'

export async function putNewBoard(board: Board): Promise<BoardRow> {
  const now = Date.now()
  const row: BoardRow = { id: board.id, board, rev: 1, createdAt: now, updatedAt: now, ...summarise(board) }
  await db.boards.add(row)
  announceBoardChange(board.id, row.rev)
  return row
}

export async function loadBoard(id: Id): Promise<{ row: BoardRow; board: Board; warnings: RestoreWarning[] } | null> {
  const row = await db.boards.get(id)
  if (!row) return null
  const { board, warnings } = restoreBoard(row.board, { id: row.id, title: row.title })
  return { row, board, warnings }
}

export async function renameBoardRow(id: Id, title: string): Promise<void> {
  await db.transaction('rw', db.boards, async () => {
    const row = await db.boards.get(id)
    if (!row) return
    const board = { ...row.board, title }
    await db.boards.put({ ...row, board, rev: row.rev + 1, updatedAt: Date.now(), ...summarise(board) })
  })
  const row = await db.boards.get(id)
  if (row) announceBoardChange(id, row.rev)
}

/** A copy of a board with fresh ids for everything (so links and measurements follow). */
export function copyBoard(board: Board, title: string): { board: Board; cardIds: Map<Id, Id> } {
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
  const copy: Board = { ...board, id: newId('b_'), title, stages, lanes, cards, links }
  if (phases) copy.phases = phases
  if (emotions) copy.emotions = emotions
  return { board: copy, cardIds: ids }
}

export async function duplicateBoardRow(id: Id, title: string): Promise<Id | null> {
  const loaded = await loadBoard(id)
  if (!loaded) return null
  const { board, cardIds } = copyBoard(loaded.board, title)
  const measurements = await db.measurements.where('boardId').equals(id).toArray()
  await db.transaction('rw', db.boards, db.measurements, async () => {
    await putNewBoard(board)
    await db.measurements.bulkAdd(
      measurements.map((m) => ({ ...m, id: newId('m_'), boardId: board.id, cardId: (m.cardId && cardIds.get(m.cardId)) || m.cardId })),
    )
  })
  return board.id
}

export interface DeletedBoard {
  row: BoardRow
  measurements: MeasurementRow[]
}

/** Delete a board and its measurements; returns what is needed to undo the deletion. */
export async function deleteBoardRow(id: Id): Promise<DeletedBoard | null> {
  return db.transaction('rw', db.boards, db.measurements, async () => {
    const row = await db.boards.get(id)
    if (!row) return null
    const measurements = await db.measurements.where('boardId').equals(id).toArray()
    await db.boards.delete(id)
    await db.measurements.where('boardId').equals(id).delete()
    announceBoardChange(id, -1)
    return { row, measurements }
  })
}

/** Bring a deleted board back — unless a board with its id is here again (restored from a
 * file meanwhile): that one is never overwritten. */
export async function undeleteBoard(deleted: DeletedBoard): Promise<void> {
  const back = await db.transaction('rw', db.boards, db.measurements, async () => {
    if (await db.boards.get(deleted.row.id)) return false
    await db.boards.add(deleted.row)
    for (const m of deleted.measurements) if (!(await db.measurements.get(m.id))) await db.measurements.add(m)
    return true
  })
  if (!back) return
  announceBoardChange(deleted.row.id, deleted.row.rev)
}
