// @vitest-environment jsdom
// The board session against a real (fake-indexeddb) database, with real timers. Each "tab"
// is its own copy of the app's modules (its own tab id, channel, save state and editor
// store), all sharing one database, as two browser tabs share one origin's IndexedDB.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import type { Board, Measurement } from '../domain/types'
import { readdCard, setTextAt, type TextConflict, type TextDraft } from '../domain/drafts'
import { BOARD_DOCUMENT_VERSION } from '../domain/migrations'
import * as ops from '../domain/operations'
import { card, journey, makeBoard, stage } from '../../test/boards'
import { eventually, sleep } from '../../test/db'

let dbName = ''
let n = 0
const tabs: Tab[] = []

interface Tab {
  editor: ReturnType<typeof import('../store/editorStore').createEditorStore>
  session: import('./session').BoardSession
  db: import('./db').ParcoursDB
  boards: typeof import('./boards')
  saveState: () => import('./session').SaveState
  readJournal: typeof import('./session').readJournal
  board: () => Board
  apply: (op: (b: Board) => Board, opts?: { key?: string }) => boolean
  row: () => Promise<import('./rows').BoardRow | undefined>
  closed: boolean
  close: () => Promise<void>
  /** The box open in this tab (what the editor's draft store would hold). */
  draft: TextDraft | null
  /** What this tab told its user (conflict notices). */
  conflicts: TextConflict[]
}

/** Opens board `id` in a new tab: fresh modules, the editor store, a session on it. */
async function openTab(id = 'b1'): Promise<Tab> {
  vi.resetModules()
  const dbm = await import('./db')
  const boards = await import('./boards')
  const session = await import('./session')
  const { createEditorStore } = await import('../store/editorStore')
  dbm.setDatabase(new dbm.ParcoursDB(dbName))
  const loaded = await boards.loadBoard(id)
  if (!loaded) throw new Error(`no board ${id}`)
  const editor = createEditorStore()
  editor.getState().load(loaded.board, { readOnly: loaded.readOnly })
  // the same host as the board screen's (features/board/useBoardSession)
  const host = {
    get: () => editor.getState().board,
    receive: (b: Board) => editor.getState().receive(b),
    subscribe: (fn: (b: Board | null) => void) => editor.subscribe((s, prev) => s.board !== prev.board && fn(s.board)),
    lock: () => editor.getState().setReadOnly(true),
    continuous: () => !!editor.getState().past.at(-1)?.key,
    draft: () => tab.draft,
    conflict: (c: TextConflict) => tab.conflicts.push(c),
  }
  const s = new session.BoardSession(host, loaded.board, loaded.rev, { readOnly: loaded.readOnly })
  const tab: Tab = {
    editor,
    session: s,
    db: dbm.db,
    boards,
    saveState: () => session.useSaveState.getState(),
    readJournal: session.readJournal,
    board: () => editor.getState().board!,
    apply: (op: (b: Board) => Board, opts?: { key?: string }) => editor.getState().apply(op, opts),
    row: () => dbm.db.boards.get(id),
    closed: false,
    draft: null,
    conflicts: [],
    async close() {
      if (tab.closed) return
      tab.closed = true
      s.dispose()
      await s.save()
      dbm.db.close()
    },
  }
  tabs.push(tab)
  return tab
}

/** Writes a stored row as is (what another version of the app, or a bug, left). */
async function putRow(row: unknown) {
  vi.resetModules()
  const dbm = await import('./db')
  dbm.setDatabase(new dbm.ParcoursDB(dbName))
  await dbm.db.boards.put(row as never)
  dbm.db.close()
}

/** Writes `board` to the database as the home screen would. */
async function createBoard(board: Board) {
  vi.resetModules()
  const dbm = await import('./db')
  const boards = await import('./boards')
  dbm.setDatabase(new dbm.ParcoursDB(dbName))
  await boards.putNewBoard(board)
  dbm.db.close()
}

beforeEach(async () => {
  dbName = `session-test-${Date.now()}-${++n}`
  localStorage.clear()
  await createBoard(journey())
})

afterEach(async () => {
  vi.restoreAllMocks()
  for (const t of tabs.splice(0)) await t.close()
  indexedDB.deleteDatabase(dbName)
})

/** `eventually` for frozen timers: retries `check` between event-loop turns (no timer involved). */
async function settled<T>(check: () => T | Promise<T>, turns = 2000): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await check()
    } catch (e) {
      if (i >= turns) throw e
      await new Promise((r) => setImmediate(r))
    }
  }
}

describe('autosave', () => {
  it('writes an edit to IndexedDB within a second', async () => {
    const tab = await openTab()
    const started = Date.now()
    tab.apply((b) => ops.updateCard(b, 'c1', { text: 'Asks a friend' }))
    expect(tab.saveState().status).toBe('saving')
    const row = await eventually(async () => {
      const r = await tab.row()
      expect(r!.board).toEqual(tab.board())
      return r!
    })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(row.board.cards[0].text).toBe('Asks a friend')
    expect(row.rev).toBe(2)
    expect(row.cardCount).toBe(5)
    await eventually(() => expect(tab.saveState()).toMatchObject({ status: 'saved', error: null }))
    expect(tab.session.dirty).toBe(false)
  })

  it('a discrete edit is written at once, with no timer to wait for', async () => {
    const tab = await openTab()
    // timers frozen: only an edit that does not wait for one can reach the database
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      tab.apply((b) => ops.addCard(b, card('n1', 's2', 'lt', 'Ticket machine')))
      await settled(async () => expect((await tab.row())!.board).toEqual(tab.board()))
      tab.apply((b) => ops.updateCard(b, 'n1', { text: 'Ticket machine, again' }))
      tab.apply((b) => ops.deleteCards(b, ['c2']))
      await settled(async () => expect((await tab.row())!.board).toEqual(tab.board()))
      expect((await tab.row())!.board.cards.map((c) => c.id)).not.toContain('c2')
    } finally {
      vi.useRealTimers()
    }
  })

  it('continuous edits (one coalescing key) are grouped, never more than 300 ms behind', async () => {
    const tab = await openTab()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      for (let i = 1; i <= 3; i++) {
        tab.apply((b) => ops.updateCard(b, 'c1', { votes: i }), { key: 'votes:c1' })
        vi.advanceTimersByTime(100)
      }
      // 3 steps, 100 ms apart: nothing written yet (grouped), the first write is due by 300 ms
      expect((await tab.row())!.rev).toBe(1)
      vi.advanceTimersByTime(10)
      await settled(async () => expect((await tab.row())!.board.cards[0].votes).toBe(3))
      expect((await tab.row())!.rev).toBe(2) // one write for the three steps
    } finally {
      vi.useRealTimers()
    }
  })

  it('save() waits until the latest edit is written, even with a write under way', async () => {
    const tab = await openTab()
    tab.apply((b) => ops.updateCard(b, 'c1', { text: 'first' }))
    const first = tab.session.save()
    tab.apply((b) => ops.updateCard(b, 'c2', { text: 'second' }))
    await tab.session.save()
    expect(tab.session.dirty).toBe(false)
    const row = await tab.row()
    expect(row!.board).toEqual(tab.board())
    await first
  })

  it('journals the board synchronously when the tab is hidden or closed', async () => {
    const tab = await openTab()
    tab.apply((b) => ops.addCard(b, card('n', 's2', 'lt', 'Ticket machine')))
    window.dispatchEvent(new Event('pagehide'))
    // synchronously: the journal holds the edit before any IndexedDB write has finished
    expect(tab.readJournal('b1')!.board).toEqual(tab.board())
    expect(tab.readJournal('b1')!.baseRev).toBe(1)
    await eventually(async () => expect((await tab.row())!.board).toEqual(tab.board()))
    await eventually(() => expect(tab.readJournal('b1')).toBeNull())
  })

  it('nothing to journal or write when nothing changed', async () => {
    const tab = await openTab()
    tab.session.flushNow()
    expect(tab.readJournal('b1')).toBeNull()
    await tab.session.save()
    expect((await tab.row())!.rev).toBe(1)
  })
})

describe('two tabs on one board', () => {
  it('each tab’s edit reaches the database and the other tab', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.updateCard(x, 'c1', { text: 'edited in A' }))
    b.apply((x) => ops.addStage(x, stage('sb', 'Added in B')))
    await eventually(async () => {
      const row = (await a.row())!
      expect(row.board.cards.find((c) => c.id === 'c1')!.text).toBe('edited in A')
      expect(row.board.stages.map((s) => s.id)).toContain('sb')
    })
    await eventually(() => {
      expect(a.board().stages.map((s) => s.id)).toEqual(['s1', 's2', 's3', 'sb'])
      expect(b.board().cards.find((c) => c.id === 'c1')!.text).toBe('edited in A')
      expect(a.board()).toEqual(b.board())
    })
  })

  it('edits made in both tabs before either wrote are all kept', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.addCard(x, card('na', 's1', 'la', 'from A')))
    a.apply((x) => ops.renameStage(x, 's3', 'Ride'))
    b.apply((x) => ops.addCard(x, card('nb', 's2', 'la', 'from B')))
    b.apply((x) => ops.deleteCards(x, ['c4']))
    await Promise.all([a.session.save(), b.session.save()])
    const expected = ops.deleteCards(
      ops.addCard(ops.renameStage(ops.addCard(journey(), card('na', 's1', 'la', 'from A')), 's3', 'Ride'), card('nb', 's2', 'la', 'from B')),
      ['c4'],
    )
    await eventually(async () => {
      expect((await a.row())!.board).toEqual(expected)
      expect(a.board()).toEqual(expected)
      expect(b.board()).toEqual(expected)
    })
  })

  it('a tab learns that another tab deleted its board', async () => {
    const a = await openTab()
    const b = await openTab()
    await b.boards.deleteBoardRow('b1')
    await eventually(() => expect(a.saveState().deletedElsewhere).toBe(true))
  })
})

describe('conflicts are told to the tab whose text lost', () => {
  const c1 = { list: 'cards', id: 'c1', field: 'text' }
  const text = (t: Tab, id: string) => t.board().cards.find((c) => c.id === id)?.text
  const editing = (id: string, base: string, typed: string): TextDraft => ({ target: { box: 'card', id }, text: typed, base, at: Date.now() })

  it('a card text committed in A, then replaced by B’s editor opened before it: A is told, and keeps its text in one edit', async () => {
    const a = await openTab()
    const b = await openTab()
    b.draft = editing('c1', 'Searches the web', 'Beta') // B's editor is open on the card
    a.apply((x) => ops.updateCard(x, 'c1', { text: 'Alpha' }))
    await a.session.save()
    await eventually(() => expect(text(b, 'c1')).toBe('Alpha')) // B's board shows A's text, B's editor still holds its own
    b.apply((x) => ops.updateCard(x, 'c1', { text: 'Beta' })) // B commits its editor
    b.draft = null
    await b.session.save()
    await eventually(() => expect(a.conflicts).toEqual([{ type: 'replaced', key: c1, mine: 'Alpha', theirs: 'Beta' }]))
    expect(text(a, 'c1')).toBe('Beta')
    expect(b.conflicts).toEqual([])
    // Keep mine: one undoable edit, reaching B too, and telling no one (it is not concurrent)
    const steps = a.editor.getState().past.length
    a.apply((x) => setTextAt(x, c1, 'Alpha'))
    expect(a.editor.getState().past.length).toBe(steps + 1)
    await a.session.save()
    await eventually(() => expect(text(b, 'c1')).toBe('Alpha'))
    await sleep(50)
    expect(b.conflicts).toEqual([])
    expect(a.conflicts).toHaveLength(1)
  })

  it('an editor opened after the other tab’s text arrived is an ordinary later edit: no notice', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.updateCard(x, 'c1', { text: 'Alpha' }))
    await a.session.save()
    await eventually(() => expect(text(b, 'c1')).toBe('Alpha'))
    b.draft = editing('c1', 'Alpha', 'Alpha, then Beta')
    b.apply((x) => ops.updateCard(x, 'c1', { text: 'Alpha, then Beta' }))
    b.draft = null
    await b.session.save()
    await eventually(() => expect(text(a, 'c1')).toBe('Alpha, then Beta'))
    await sleep(50)
    expect(a.conflicts).toEqual([])
    expect(b.conflicts).toEqual([])
  })

  it('two texts committed at once: the tab whose text was replaced is told, the other is not', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.renameStage(x, 's2', 'Chooses in A'))
    b.apply((x) => ops.renameStage(x, 's2', 'Chooses in B'))
    await Promise.all([a.session.save(), b.session.save()])
    await eventually(() => expect(a.board().stages[1].name).toBe(b.board().stages[1].name))
    const kept = a.board().stages[1].name
    const loser = kept === 'Chooses in A' ? b : a
    const winner = loser === a ? b : a
    await eventually(() =>
      expect(loser.conflicts).toEqual([
        { type: 'replaced', key: { list: 'stages', id: 's2', field: 'name' }, mine: loser === a ? 'Chooses in A' : 'Chooses in B', theirs: kept },
      ]),
    )
    expect(winner.conflicts).toEqual([])
  })

  it('different fields of one card changed at once both stay, with no notice', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.updateCard(x, 'c3', { text: 'Picks a window seat' }))
    b.apply((x) => ops.updateCard(x, 'c3', { tag: 'irritant' }))
    await Promise.all([a.session.save(), b.session.save()])
    await eventually(() => {
      for (const t of [a, b]) expect(t.board().cards.find((c) => c.id === 'c3')).toMatchObject({ text: 'Picks a window seat', tag: 'irritant' })
    })
    await sleep(50)
    expect([...a.conflicts, ...b.conflicts]).toEqual([])
  })

  it('A deletes the card B is editing: B is told with its typed text, and Keep mine brings the card back', async () => {
    const a = await openTab()
    const b = await openTab()
    const c3 = journey().cards[2]
    b.draft = editing('c3', 'Picks a seat', 'Picks a seat by the window')
    a.apply((x) => ops.deleteCards(x, ['c3']))
    await a.session.save()
    await eventually(() => expect(b.conflicts).toEqual([{ type: 'deleted', card: c3, text: 'Picks a seat by the window' }]))
    expect(text(b, 'c3')).toBeUndefined()
    b.apply((x) => readdCard(x, c3, 'Picks a seat by the window'))
    b.draft = null
    await b.session.save()
    await eventually(() => expect(text(a, 'c3')).toBe('Picks a seat by the window'))
    expect(a.board().cards.find((c) => c.id === 'c3')).toEqual({ ...c3, text: 'Picks a seat by the window' }) // in its cell, as it was
    expect(a.conflicts).toEqual([])
  })
})

describe('a failing write', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

  it.each([
    ['a QuotaExceededError', quota],
    // what Dexie reports when the browser aborts the transaction for lack of room
    ['an AbortError wrapping one (.inner)', () => new Dexie.AbortError('Transaction aborted', quota())],
  ])('%s shows "quota", keeps the edit in the journal, and is retried', async (_, error) => {
    const tab = await openTab()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const put = vi.spyOn(tab.db.boards, 'put').mockImplementation(() => Promise.reject(error()) as never)
    tab.apply((b) => ops.updateCard(b, 'c3', { text: 'Picks an aisle seat' }))
    await eventually(() => expect(tab.saveState()).toMatchObject({ status: 'error', error: 'quota' }))
    expect(tab.readJournal('b1')!.board).toEqual(tab.board())
    expect((await tab.row())!.board).toEqual(journey()) // nothing written
    // storage comes back: the retry writes the board and clears the journal
    put.mockRestore()
    await eventually(async () => expect((await tab.row())!.board).toEqual(tab.board()), 3000)
    await eventually(() => expect(tab.saveState()).toMatchObject({ status: 'saved', error: null }))
    expect(tab.readJournal('b1')).toBeNull()
  })

  it('an edit made while in error stays "error" until a write succeeds', async () => {
    const tab = await openTab()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const put = vi.spyOn(tab.db.boards, 'put').mockImplementation(() => Promise.reject(quota()) as never)
    tab.apply((b) => ops.renameBoard(b, 'one'))
    await eventually(() => expect(tab.saveState().status).toBe('error'))
    tab.apply((b) => ops.renameBoard(b, 'two'))
    expect(tab.saveState()).toMatchObject({ status: 'error', error: 'quota' })
    put.mockRestore()
    await eventually(async () => expect((await tab.row())!.board.title).toBe('two'), 3000)
  })

  it('a retry after the board was closed writes that board, not the next one opened', async () => {
    const tab = await openTab()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const put = vi.spyOn(tab.db.boards, 'put').mockImplementation(() => Promise.reject(quota()) as never)
    tab.apply((b) => ops.renameBoard(b, 'Last edit of b1'))
    await eventually(() => expect(tab.saveState().status).toBe('error'))
    // the user opens another board in the same editor store
    const failures = put.mock.calls.length
    tab.session.dispose() // writes at once, and fails again
    const other = makeBoard({ id: 'b2', title: 'Another board', stages: [stage('x')] })
    tab.editor.getState().load(other)
    await eventually(() => expect(put.mock.calls.length).toBeGreaterThan(failures))
    await sleep(20)
    put.mockRestore() // storage comes back before the next retry
    await eventually(async () => expect((await tab.row())!.rev).toBeGreaterThan(1), 4000)
    await sleep(100)
    const row = (await tab.row())!
    expect(row.board).toEqual({ ...journey(), title: 'Last edit of b1' })
    expect(row.title).toBe('Last edit of b1')
    expect(tab.board()).toEqual(other)
  })
})

const score = (id: string, cardId: string, value: number): Measurement => ({ id, cardId, metric: 'nps', period: '2026-Q3', value })

describe('measurements are board edits', () => {
  it('a measurement added in the editor is autosaved inside the board row', async () => {
    const tab = await openTab()
    tab.apply((b) => ops.addMeasurement(b, score('m1', 'c1', 12)))
    await eventually(async () => expect((await tab.row())!.board.measurements).toEqual([score('m1', 'c1', 12)]))
    expect((await tab.row())!.measurementIds).toEqual(['m1'])
  })

  it('two tabs each adding a measurement end with both, in the database and in each tab', async () => {
    const a = await openTab()
    const b = await openTab()
    a.apply((x) => ops.addMeasurement(x, score('ma', 'c1', 10)))
    b.apply((x) => ops.addMeasurement(x, score('mb', 'c3', -5)))
    await Promise.all([a.session.save(), b.session.save()])
    const ids = (board: Board | undefined) => (board?.measurements ?? []).map((m) => m.id).sort()
    await eventually(async () => {
      expect(ids((await a.row())!.board)).toEqual(['ma', 'mb'])
      expect(ids(a.board())).toEqual(['ma', 'mb'])
      expect(ids(b.board())).toEqual(['ma', 'mb'])
    })
    // an edit of one score in A and a removal of the other in B: both kept
    a.apply((x) => ops.updateMeasurement(x, 'ma', { value: 11 }))
    b.apply((x) => ops.deleteMeasurements(x, ['mb']))
    await Promise.all([a.session.save(), b.session.save()])
    await eventually(async () => {
      expect((await a.row())!.board.measurements).toEqual([score('ma', 'c1', 11)])
      expect(a.board().measurements).toEqual([score('ma', 'c1', 11)])
      expect(b.board().measurements).toEqual([score('ma', 'c1', 11)])
    })
  })
})

describe('a board written by a newer version of the app', () => {
  const newer = (rev: number) => ({
    id: 'b1',
    board: { ...journey(), futureField: 'kept' },
    v: BOARD_DOCUMENT_VERSION + 1,
    rev,
    createdAt: 1,
    updatedAt: 1,
    title: journey().title,
    kind: 'journey',
    stageCount: 3,
    cardCount: 5,
    measurementIds: [],
  })

  it('opens read-only: no edit is taken and nothing is written', async () => {
    await putRow(newer(9))
    const tab = await openTab()
    expect(tab.saveState().readOnly).toBe(true)
    expect(tab.apply((b) => ops.updateCard(b, 'c1', { text: 'changed' }))).toBe(false)
    tab.session.flushNow()
    await tab.session.save()
    expect(await tab.row()).toEqual(newer(9))
    expect(tab.readJournal('b1')).toBeNull()
  })

  it('written by a newer app while open here: the tab stops writing and takes no more edits', async () => {
    const tab = await openTab()
    await putRow(newer(9))
    tab.apply((b) => ops.updateCard(b, 'c1', { text: 'typed here' }))
    await tab.session.save()
    await eventually(() => expect(tab.saveState().readOnly).toBe(true))
    expect(await tab.row()).toEqual(newer(9))
    expect(tab.apply((b) => ops.updateCard(b, 'c2', { text: 'more' }))).toBe(false)
    // what was typed stays on screen (the banner offers it as a file)
    expect(tab.board().cards.find((c) => c.id === 'c1')!.text).toBe('typed here')
  })
})

describe('the journal across versions', () => {
  it('a journal written before measurements joined the board keeps the stored measurements', async () => {
    vi.resetModules()
    const dbm = await import('./db')
    const boards = await import('./boards')
    const session = await import('./session')
    dbm.setDatabase(new dbm.ParcoursDB(dbName))
    await boards.renameBoardRow('b1', 'x') // rev 2
    await putRow({ ...(await dbm.db.boards.get('b1'))!, board: { ...journey(), measurements: [score('m1', 'c1', 3)] }, measurementIds: ['m1'] })
    const edited = ops.updateCard(journey(), 'c2', { text: 'typed before the upgrade' })
    localStorage.setItem('parcours:journal:b1', JSON.stringify({ board: edited, baseRev: 2, at: 1 }))
    const stored = (await boards.loadBoard('b1'))!
    const recovered = session.journalToRecover('b1', stored)
    expect(recovered).toEqual({ ...edited, measurements: [score('m1', 'c1', 3)] })
    // never over a newer app's board, and never when the database moved on
    expect(session.journalToRecover('b1', { ...stored, readOnly: true })).toBeNull()
    expect(session.journalToRecover('b1', { ...stored, rev: 3 })).toBeNull()
    localStorage.setItem('parcours:journal:b1', JSON.stringify({ board: edited, baseRev: 2, at: 1, v: BOARD_DOCUMENT_VERSION + 1 }))
    expect(session.journalToRecover('b1', stored)).toBeNull()
    dbm.db.close()
  })
})
