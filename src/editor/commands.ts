// Edits the user asks for, in the product's words, called by the canvas, the side panel and
// the keyboard alike. Each is one undoable step through the store's `apply`; ids are made
// here so domain operations stay deterministic.
import { newId } from '../domain/id'
import * as ops from '../domain/operations'
import type { Board, Card, Id, LaneRole } from '../domain/types'
import { holdsCards } from '../domain/types'
import { kindOf } from '../domain/kinds'
import { tagForRole } from '../domain/kinds/tags'
import { useEditor } from '../store/editorStore'
import { t } from '../i18n'

const store = () => useEditor.getState()

/** Add a stage (at the end, or at `index`), in `phaseId` when given (inserting next to a stage puts it in that stage's phase). */
export function addStage(index?: number, phaseId?: Id): Id | null {
  const id = newId('s_')
  const b = store().board
  if (!b || !kindOf(b).hasStages) return null // an empathy map's zones are not stages
  const n = b.stages.length + 1
  store().apply((x) => ops.addStage(x, { id, name: t('board.newStage', { n }) }, index, phaseId))
  // Bring the new stage into view by putting the keyboard cursor on it.
  const lane = b.lanes.find((l) => holdsCards(l.role))
  if (lane) store().setCursor({ stageId: id, laneId: lane.id })
  return id
}

export function addLane(index?: number, role: LaneRole = 'notes'): Id | null {
  const id = newId('l_')
  const b = store().board
  if (!b) return null
  store().apply((x) => ops.addLane(x, { id, name: t(`role.${role}`), role }, index))
  const stageId = store().cursor?.stageId ?? b.stages[0]?.id
  if (stageId) store().setCursor({ stageId, laneId: id })
  return id
}

/** The cell where "Add card" puts a card: the cursor's, else the first cell that holds cards. */
export function targetCell(b: Board): { stageId: Id; laneId: Id } | null {
  const c = store().cursor
  const lane = c && b.lanes.find((l) => l.id === c.laneId)
  if (c && lane && holdsCards(lane.role)) return { stageId: c.stageId, laneId: c.laneId }
  const first = b.lanes.find((l) => holdsCards(l.role))
  if (!first || b.stages.length === 0) return null
  return { stageId: c?.stageId ?? b.stages[0].id, laneId: first.id }
}

/** Add a card (at the end of its cell) and start editing its text. */
export function addCard(cell?: { stageId: Id; laneId: Id }, fields: Partial<Card> = {}): Id | null {
  const b = store().board
  if (!b) return null
  const at = cell ?? targetCell(b)
  if (!at) return null
  const lane = b.lanes.find((l) => l.id === at.laneId)
  if (!lane || !holdsCards(lane.role)) return null
  const id = newId('c_')
  const tag = tagForRole(lane.role)
  const card: Card = { text: '', ...(tag ? { tag } : {}), ...fields, id, stageId: at.stageId, laneId: at.laneId }
  if (!store().apply((x) => ops.addCard(x, card))) return null
  store().select([id])
  store().setCursor({ ...at, cardId: id })
  store().setEditing(id)
  return id
}

export function setCardText(id: Id, text: string): void {
  const card = store().board?.cards.find((c) => c.id === id)
  if (!card || card.text === text) return
  store().apply((x) => ops.updateCard(x, id, { text }))
}

export function updateSelected(patch: ops.CardPatch): void {
  const ids = store().selectedCardIds
  if (ids.length) store().apply((x) => ops.updateCards(x, ids, patch))
}

export function deleteSelection(): boolean {
  const { selectedCardIds, selectedLinkIds } = store()
  if (selectedCardIds.length === 0 && selectedLinkIds.length === 0) return false
  return store().apply((x) => ops.deleteLinks(ops.deleteCards(x, selectedCardIds), selectedLinkIds))
}

export function duplicateSelection(): void {
  const ids = store().selectedCardIds
  if (!ids.length) return
  const copies = ids.map(() => newId('c_'))
  if (store().apply((x) => ops.duplicateCards(x, ids, copies, () => newId('a_')))) store().select(copies)
}

/** Move the selected cards one cell left/right/up/down (the keyboard's drag). */
export function nudgeSelection(dStage: number, dLane: number): void {
  const b = store().board
  const ids = store().selectedCardIds
  if (!b || !ids.length) return
  const first = b.cards.find((c) => c.id === ids[0])
  if (!first) return
  const si = b.stages.findIndex((s) => s.id === first.stageId) + dStage
  let li = b.lanes.findIndex((l) => l.id === first.laneId)
  // skip lanes that cannot hold cards (lines, emotion curve)
  do li += dLane
  while (dLane !== 0 && b.lanes[li] && !holdsCards(b.lanes[li].role))
  const stage = b.stages[si]
  const lane = b.lanes[li]
  if (!stage || !lane || !holdsCards(lane.role)) return
  store().apply((x) => ops.moveCards(x, ids, stage.id, lane.id))
  store().setCursor({ stageId: stage.id, laneId: lane.id, cardId: first.id })
}

export function connect(from: Id, to: Id, label?: string): boolean {
  const link = { id: newId('a_'), from, to, ...(label ? { label } : {}) }
  return store().apply((x) => ops.addLink(x, link))
}
