import { describe, expect, it } from 'vitest'
import { createEditorStore } from './editorStore'
import * as ops from '../domain/operations'
import { card, journey } from '../../test/boards'

function editor() {
  const store = createEditorStore()
  store.getState().load(journey())
  return store
}
type Editor = ReturnType<typeof editor>
const ids = (s: Editor) => s.getState().board!.cards.map((c) => c.id)
const textOf = (s: Editor, id: string) => s.getState().board!.cards.find((c) => c.id === id)?.text
const add = (s: Editor, id: string, stageId = 's2') => s.getState().apply((b) => ops.addCard(b, card(id, stageId, 'la', '')))

describe('a new card, when its editing ends', () => {
  it('left empty, vanishes with its "add" step: neither undo nor redo brings back an empty card', () => {
    const s = editor()
    s.getState().apply((b) => ops.renameStage(b, 's1', 'Look around'))
    const before = ids(s)
    add(s, 'new')
    expect(ids(s)).toContain('new')

    expect(s.getState().finishNewCard('new', '  ')).toBe(true)
    expect(ids(s)).toEqual(before)
    expect(s.getState().past).toHaveLength(1) // the rename, and nothing after it
    expect(s.getState().future).toHaveLength(0)
    s.getState().undo()
    expect(ids(s)).toEqual(before)
    expect(s.getState().board!.stages[0].name).toBe('Discover')
    s.getState().redo()
    expect(ids(s)).toEqual(before)
  })

  it('with text, is added with its text in one step: one undo takes the whole card back', () => {
    const s = editor()
    const before = ids(s)
    add(s, 'new')
    expect(s.getState().finishNewCard('new', 'Buys a ticket')).toBe(true)
    expect(textOf(s, 'new')).toBe('Buys a ticket')
    expect(s.getState().past).toHaveLength(1)
    s.getState().undo()
    expect(ids(s)).toEqual(before)
    s.getState().redo()
    expect(textOf(s, 'new')).toBe('Buys a ticket')
    // later edits of its text are steps of their own
    expect(s.getState().finishNewCard('new', 'Buys two tickets')).toBe(false)
    expect(s.getState().finishNewCard('new', '')).toBe(false)
    expect(textOf(s, 'new')).toBe('Buys a ticket')
  })

  it('is not a new card when it was changed after it was added, or other steps came after', () => {
    const s = editor()
    add(s, 'tagged')
    s.getState().apply((b) => ops.updateCard(b, 'tagged', { tag: 'irritant' }))
    expect(s.getState().finishNewCard('tagged', '')).toBe(false)

    add(s, 'old', 's3')
    s.getState().apply((b) => ops.renameStage(b, 's1', 'Look around'))
    expect(s.getState().finishNewCard('old', '')).toBe(false)
    expect(s.getState().finishNewCard('old', 'Late text')).toBe(false)
    expect(ids(s)).toEqual(expect.arrayContaining(['tagged', 'old']))
    expect(textOf(s, 'old')).toBe('')
    // an old card, never added in this session
    expect(s.getState().finishNewCard('c1', '')).toBe(false)
  })

  it('leaves what another tab changed meanwhile', () => {
    const s = editor()
    add(s, 'gone')
    s.getState().receive(ops.renameStage(s.getState().board!, 's3', 'Ride'))
    expect(s.getState().finishNewCard('gone', '')).toBe(true)
    expect(ids(s)).not.toContain('gone')
    expect(s.getState().board!.stages[2].name).toBe('Ride')

    add(s, 'kept')
    s.getState().receive(ops.renameStage(s.getState().board!, 's2', 'Pick'))
    expect(s.getState().finishNewCard('kept', 'Text')).toBe(true)
    s.getState().undo()
    expect(ids(s)).not.toContain('kept')
    expect(s.getState().board!.stages[1].name).toBe('Pick')
  })

  it('gone, it leaves no selection on it, and the cursor on its cell', () => {
    const s = editor()
    add(s, 'new')
    s.getState().select(['new'])
    s.getState().setCursor({ stageId: 's2', laneId: 'la', cardId: 'new' })
    s.getState().setEditing('new')
    s.getState().finishNewCard('new', '')
    expect(s.getState().selectedCardIds).toEqual([])
    expect(s.getState().cursor).toEqual({ stageId: 's2', laneId: 'la' })
    expect(s.getState().editingCardId).toBeNull()
  })
})
