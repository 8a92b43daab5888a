import { afterEach, describe, expect, it, vi } from 'vitest'
import { HISTORY_LIMIT, createEditorStore } from './editorStore'
import * as ops from '../domain/operations'
import type { Board } from '../domain/types'
import { card, cellIds, journey, lane, randomBoard, randomEdit, stage } from '../../test/boards'
import { rng, seeds } from '../../test/random'

function editor(board: Board | null = journey()) {
  const store = createEditorStore()
  store.getState().load(board)
  return store
}
type Editor = ReturnType<typeof editor>
const board = (s: Editor) => s.getState().board!
const undoAll = (s: Editor) => {
  let n = 0
  while (s.getState().past.length) {
    s.getState().undo()
    n++
  }
  return n
}
const redoAll = (s: Editor) => {
  let n = 0
  while (s.getState().future.length) {
    s.getState().redo()
    n++
  }
  return n
}

afterEach(() => {
  vi.useRealTimers()
})

describe('apply', () => {
  it('changes the board and makes one undo step', () => {
    const s = editor()
    expect(s.getState().apply((b) => ops.renameStage(b, 's1', 'Look around'))).toBe(true)
    expect(board(s).stages[0].name).toBe('Look around')
    expect(s.getState().past).toHaveLength(1)
    s.getState().undo()
    expect(board(s)).toEqual(journey())
  })

  it('an edit that changes nothing is no step, and says so', () => {
    const s = editor()
    expect(s.getState().apply((b) => ops.addLink(b, { id: 'k', from: 'c1', to: 'c1' }))).toBe(false)
    expect(s.getState().apply((b) => ops.moveCards(b, ['c2'], 's1', 'la', 1))).toBe(false) // dropped where it was
    expect(s.getState().past).toEqual([])
  })

  it('does nothing without a board', () => {
    const s = editor(null)
    expect(s.getState().apply((b) => ops.renameBoard(b, 'x'))).toBe(false)
    expect(s.getState().board).toBeNull()
  })

  it('a new edit clears what could be redone', () => {
    const s = editor()
    s.getState().apply((b) => ops.renameBoard(b, 'one'))
    s.getState().undo()
    expect(s.getState().future).toHaveLength(1)
    s.getState().apply((b) => ops.renameBoard(b, 'two'))
    s.getState().redo()
    expect(board(s).title).toBe('two')
    expect(s.getState().future).toEqual([])
  })

  it('loading a board resets history and selection', () => {
    const s = editor()
    s.getState().apply((b) => ops.renameBoard(b, 'one'))
    s.getState().select(['c1'])
    s.getState().setCursor({ stageId: 's1', laneId: 'la' })
    const other = { ...journey(), id: 'b2' }
    s.getState().load(other)
    expect(s.getState()).toMatchObject({ board: other, past: [], future: [], selectedCardIds: [], cursor: null, editingCardId: null })
    s.getState().undo()
    expect(board(s)).toBe(other)
  })
})

describe('undo and redo', () => {
  it('undo then redo walks back and forth through the steps', () => {
    const s = editor()
    const b0 = board(s)
    s.getState().apply((b) => ops.addCard(b, card('n', 's2', 'lt', 'Ticket machine')))
    const b1 = board(s)
    s.getState().apply((b) => ops.deleteStage(b, 's1'))
    const b2 = board(s)
    s.getState().undo()
    expect(board(s)).toEqual(b1)
    s.getState().undo()
    expect(board(s)).toEqual(b0)
    s.getState().undo() // nothing left: no change
    expect(board(s)).toEqual(b0)
    s.getState().redo()
    s.getState().redo()
    expect(board(s)).toEqual(b2)
    s.getState().redo()
    expect(board(s)).toEqual(b2)
  })

  it('edits with one key in quick succession are one step; another key or a pause starts a new one', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
    const s = editor()
    for (const v of [1, 2, 3]) s.getState().apply((b) => ops.setBoardField(b, 'fmeaThreshold', v), { key: 'threshold' })
    expect(s.getState().past).toHaveLength(1)
    s.getState().apply((b) => ops.renameBoard(b, 'typed'), { key: 'title' })
    expect(s.getState().past).toHaveLength(2)
    vi.setSystemTime(1_000_500)
    s.getState().apply((b) => ops.renameBoard(b, 'typed more'), { key: 'title' })
    expect(s.getState().past).toHaveLength(2)
    vi.setSystemTime(1_005_000) // a long pause
    s.getState().apply((b) => ops.renameBoard(b, 'typed later'), { key: 'title' })
    expect(s.getState().past).toHaveLength(3)
    s.getState().apply((b) => ops.renameBoard(b, 'no key'))
    s.getState().apply((b) => ops.renameBoard(b, 'no key again'))
    expect(s.getState().past).toHaveLength(5)

    s.getState().undo()
    s.getState().undo()
    s.getState().undo()
    expect(board(s).title).toBe('typed more')
    s.getState().undo()
    expect(board(s)).toEqual({ ...journey(), fmeaThreshold: 3 })
    s.getState().undo()
    expect(board(s)).toEqual(journey())
  })

  it(`keeps at least 200 steps (HISTORY_LIMIT is ${HISTORY_LIMIT}), and forgets the oldest beyond the limit`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200)
    const s = editor()
    const boards: Board[] = [board(s)]
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) {
      s.getState().apply((b) => ops.renameStage(b, 's1', `name ${i}`))
      boards.push(board(s))
    }
    expect(undoAll(s)).toBe(HISTORY_LIMIT)
    expect(board(s)).toEqual(boards[50])
    expect(redoAll(s)).toBe(HISTORY_LIMIT)
    expect(board(s)).toEqual(boards[boards.length - 1])
  })

  it('selection, cursor, editing and view changes are not steps', () => {
    const s = editor()
    s.getState().apply((b) => ops.renameBoard(b, 'edited'))
    s.getState().select(['c1', 'c2'], ['k1'])
    s.getState().setCursor({ stageId: 's2', laneId: 'la', cardId: 'c3' })
    s.getState().setEditing('c3')
    s.getState().setView({ customerView: true })
    expect(s.getState().past).toHaveLength(1)
    s.getState().undo()
    expect(board(s)).toEqual(journey())
    expect(s.getState()).toMatchObject({ selectedCardIds: ['c1', 'c2'], selectedLinkIds: ['k1'], editingCardId: 'c3', customerView: true })
  })

  it('selection and cursor never point at what an edit or an undo removed', () => {
    const s = editor()
    s.getState().apply((b) => ops.addCard(b, card('n', 's2', 'la')))
    s.getState().select(['n', 'c1'], ['k1', 'k2'])
    s.getState().setCursor({ stageId: 's2', laneId: 'la', cardId: 'n' })
    s.getState().setEditing('n')
    s.getState().undo() // removes n
    expect(s.getState()).toMatchObject({ selectedCardIds: ['c1'], editingCardId: null, cursor: { stageId: 's2', laneId: 'la' } })
    expect(s.getState().cursor).not.toHaveProperty('cardId')
    s.getState().apply((b) => ops.deleteStage(b, 's1')) // removes c1, k1
    expect(s.getState()).toMatchObject({ selectedCardIds: [], selectedLinkIds: ['k2'] })
    s.getState().apply((b) => ops.deleteStage(b, 's2'))
    expect(s.getState().cursor).toBeNull()
    expect(s.getState().selectedLinkIds).toEqual([])
  })
})

describe('another tab’s changes (receive)', () => {
  it('are not a step', () => {
    const s = editor()
    s.getState().receive(ops.addStage(board(s), stage('t')))
    expect(s.getState().past).toEqual([])
    s.getState().undo()
    expect(board(s).stages.map((x) => x.id)).toEqual(['s1', 's2', 's3', 't'])
  })

  it('undo after another tab’s change reverts my step and keeps theirs; redo too', () => {
    const s = editor()
    s.getState().apply((b) => ops.updateCard(b, 'c1', { text: 'mine' }))
    s.getState().apply((b) => ops.moveStage(b, 's3', 0))
    // the other tab added a card and renamed a stage meanwhile
    s.getState().receive(ops.renameStage(ops.addCard(board(s), card('t', 's2', 'lt', 'theirs')), 's2', 'Choose a seat'))
    s.getState().undo()
    s.getState().undo()
    expect(board(s).stages.map((x) => x.id)).toEqual(['s1', 's2', 's3'])
    expect(board(s).stages[1].name).toBe('Choose a seat')
    expect(board(s).cards.find((c) => c.id === 'c1')!.text).toBe('Searches the web')
    expect(cellIds(board(s), 's2', 'lt')).toEqual(['t'])
    s.getState().redo()
    s.getState().redo()
    expect(board(s).stages.map((x) => x.id)).toEqual(['s3', 's1', 's2'])
    expect(board(s).cards.find((c) => c.id === 'c1')!.text).toBe('mine')
    expect(cellIds(board(s), 's2', 'lt')).toEqual(['t'])
  })

  it('an edit coalescing with mine does not swallow another tab’s change that came in between', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(2_000_000)
    const s = editor()
    s.getState().apply((b) => ops.setBoardField(b, 'fmeaThreshold', 90), { key: 'threshold' })
    s.getState().receive(ops.renameBoard(board(s), 'Renamed in the other tab'))
    vi.setSystemTime(2_000_200)
    s.getState().apply((b) => ops.setBoardField(b, 'fmeaThreshold', 80), { key: 'threshold' })
    undoAll(s)
    expect(board(s)).toEqual({ ...journey(), title: 'Renamed in the other tab' })
  })

  it('after an undo, an edit with the key of the step below starts a step of its own', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(3_000_000)
    const s = editor()
    s.getState().apply((b) => ops.setBoardField(b, 'fmeaThreshold', 90), { key: 'threshold' })
    s.getState().apply((b) => ops.renameBoard(b, 'Renamed'))
    s.getState().undo()
    vi.setSystemTime(3_000_200)
    s.getState().apply((b) => ops.setBoardField(b, 'fmeaThreshold', 80), { key: 'threshold' })
    s.getState().undo()
    expect(board(s).fmeaThreshold).toBe(90)
  })

  it('undoing an edit whose card the other tab deleted does not bring back a card on a deleted stage', () => {
    const s = editor()
    s.getState().apply((b) => ops.updateCard(b, 'c3', { text: 'mine' }))
    s.getState().receive(ops.deleteStage(board(s), 's2'))
    s.getState().undo()
    expect(board(s).stages.map((x) => x.id)).toEqual(['s1', 's3'])
    expect(board(s).cards.map((c) => c.id)).not.toContain('c3')
  })
})

describe('random edits (property)', () => {
  const STEPS = 200
  const keys = [undefined, undefined, undefined, 'nudge', 'text']

  it.each(seeds([1, 2, 3, 4]))(`${STEPS} random edits, then undoing all gives back the starting board, redoing all the final one (seed %i)`, (seed) => {
    const r = rng(seed)
    const s = editor(seed % 2 ? journey() : randomBoard(r, 30))
    const start = board(s)
    const labels: string[] = []
    for (let i = 0; i < STEPS; i++) {
      const edit = randomEdit(r, board(s))
      labels.push(edit.label)
      s.getState().apply(edit.apply, { key: r.pick(keys) })
    }
    const final = board(s)
    const why = `seed ${seed} (replay with PARCOURS_SEED=${seed}); edits: ${labels.join(' | ')}`
    expect(s.getState().past.length, why).toBeGreaterThan(STEPS / 2)
    undoAll(s)
    expect(board(s), why).toEqual(start)
    redoAll(s)
    expect(board(s), why).toEqual(final)
  })

  it.each(seeds([5, 6, 7, 8]))('undoing all my edits after another tab’s change gives back the start plus their change (seed %i)', (seed) => {
    const r = rng(seed)
    const s = editor(seed % 2 ? journey() : randomBoard(r, 30))
    const start = board(s)
    const theirLane = lane('theirs', 'opportunities', 'Their lane')
    const avoid = new Set([theirLane.id])
    const receiveAt = r.int(STEPS)
    const labels: string[] = []
    for (let i = 0; i < STEPS; i++) {
      if (i === receiveAt) {
        labels.push('RECEIVE')
        s.getState().receive(ops.renameBoard(ops.addLane(board(s), theirLane, r.int(board(s).lanes.length + 1)), 'Their title'))
      }
      let edit = randomEdit(r, board(s), avoid)
      while (edit.label.startsWith('renameBoard')) edit = randomEdit(r, board(s), avoid)
      labels.push(edit.label)
      s.getState().apply(edit.apply, { key: r.pick(keys) })
    }
    const why = `seed ${seed} (replay with PARCOURS_SEED=${seed}); edits: ${labels.join(' | ')}`
    undoAll(s)
    const undone = board(s)
    expect(undone.title, why).toBe('Their title')
    expect(
      undone.lanes.find((l) => l.id === 'theirs'),
      why,
    ).toEqual(theirLane)
    expect({ ...undone, title: start.title, lanes: undone.lanes.filter((l) => l.id !== 'theirs') }, why).toEqual(start)
  })
})

describe('measurements in the editor', () => {
  const m = { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q3', value: 20 }

  it('adding a measurement is one undo step, and redo brings it back', () => {
    const s = editor()
    expect(s.getState().apply((b) => ops.addMeasurement(b, m))).toBe(true)
    expect(board(s).measurements).toEqual([m])
    expect(s.getState().past).toHaveLength(1)
    s.getState().undo()
    expect(board(s).measurements).toBeUndefined()
    expect(board(s)).toEqual(journey())
    s.getState().redo()
    expect(board(s).measurements).toEqual([m])
  })

  it('undoing a measurement edit keeps a later edit of another field', () => {
    const s = editor(ops.addMeasurement(journey(), m))
    s.getState().apply((b) => ops.updateMeasurement(b, 'm1', { value: 30 }))
    s.getState().apply((b) => ops.updateCard(b, 'c2', { text: 'later' }))
    s.getState().undo() // the card edit
    s.getState().undo() // the score edit
    expect(board(s).measurements).toEqual([m])
    expect(s.getState().future).toHaveLength(2)
  })
})

describe('a read-only board', () => {
  it('takes no edit, and has nothing to undo', () => {
    const s = createEditorStore()
    s.getState().load(journey(), { readOnly: true })
    expect(s.getState().apply((b) => ops.updateCard(b, 'c1', { text: 'x' }))).toBe(false)
    expect(board(s)).toEqual(journey())
    expect(s.getState().past).toEqual([])
    s.getState().load(journey())
    expect(s.getState().readOnly).toBe(false)
  })

  it('locked while open: later edits are refused, undo does nothing', () => {
    const s = editor()
    s.getState().apply((b) => ops.updateCard(b, 'c1', { text: 'before' }))
    s.getState().setReadOnly(true)
    expect(s.getState().apply((b) => ops.updateCard(b, 'c1', { text: 'after' }))).toBe(false)
    s.getState().undo()
    expect(board(s).cards.find((c) => c.id === 'c1')!.text).toBe('before')
  })
})
