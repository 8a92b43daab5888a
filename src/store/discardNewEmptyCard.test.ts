import { describe, expect, it } from 'vitest'
import { createEditorStore } from './editorStore'
import * as ops from '../domain/operations'
import { card, journey } from '../../test/boards'

function editor() {
  const store = createEditorStore()
  store.getState().load(journey())
  return store
}
const ids = (s: ReturnType<typeof editor>) => s.getState().board!.cards.map((c) => c.id)

describe('an empty new card vanishes', () => {
  it('takes its "add" step with it: neither undo nor redo brings back an empty card', () => {
    const s = editor()
    s.getState().apply((b) => ops.renameStage(b, 's1', 'Look around'))
    const before = ids(s)
    s.getState().apply((b) => ops.addCard(b, card('new', 's2', 'la', '')))
    expect(ids(s)).toContain('new')

    expect(s.getState().discardNewEmptyCard('new')).toBe(true)
    expect(ids(s)).toEqual(before)
    expect(s.getState().past).toHaveLength(1) // the rename, and nothing after it
    expect(s.getState().future).toHaveLength(0)
    s.getState().undo()
    expect(ids(s)).toEqual(before)
    expect(s.getState().board!.stages[0].name).toBe('Discover')
    s.getState().redo()
    expect(ids(s)).toEqual(before)
  })

  it('keeps a card that has text, was edited after it was added, or is not new', () => {
    const s = editor()
    s.getState().apply((b) => ops.addCard(b, card('typed', 's2', 'la', 'Something')))
    expect(s.getState().discardNewEmptyCard('typed')).toBe(false)

    s.getState().apply((b) => ops.addCard(b, card('tagged', 's2', 'la', '')))
    s.getState().apply((b) => ops.updateCard(b, 'tagged', { tag: 'irritant' }))
    expect(s.getState().discardNewEmptyCard('tagged')).toBe(false)

    // an old empty card (its "add" is not the last step) is not the new card
    s.getState().apply((b) => ops.addCard(b, card('old', 's3', 'la', '')))
    s.getState().apply((b) => ops.renameStage(b, 's1', 'Look around'))
    expect(s.getState().discardNewEmptyCard('old')).toBe(false)
    expect(ids(s)).toEqual(expect.arrayContaining(['typed', 'tagged', 'old']))
  })

  it('leaves what another tab changed meanwhile', () => {
    const s = editor()
    s.getState().apply((b) => ops.addCard(b, card('new', 's2', 'la', '')))
    s.getState().receive(ops.renameStage(s.getState().board!, 's3', 'Ride'))
    expect(s.getState().discardNewEmptyCard('new')).toBe(true)
    expect(ids(s)).not.toContain('new')
    expect(s.getState().board!.stages[2].name).toBe('Ride')
  })

  it('clears the selection and the cursor’s hold on it', () => {
    const s = editor()
    s.getState().apply((b) => ops.addCard(b, card('new', 's2', 'la', '')))
    s.getState().select(['new'])
    s.getState().setCursor({ stageId: 's2', laneId: 'la', cardId: 'new' })
    s.getState().setEditing('new')
    s.getState().discardNewEmptyCard('new')
    expect(s.getState().selectedCardIds).toEqual([])
    expect(s.getState().cursor).toEqual({ stageId: 's2', laneId: 'la' })
    expect(s.getState().editingCardId).toBeNull()
  })
})
