// The one "write a bundle" transaction: all or nothing, never overwriting, ids re-issued.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeBundle } from './bundle'
import { db } from './db'
import { listBoards, loadBoard, putNewBoard } from './boards'
import { getPersona, listPersonas, savePersona } from './personas'
import type { Board, Measurement, Persona } from '../domain/types'
import { journey } from '../../test/boards'
import { dropDatabase, freshDatabase, storedRow } from '../../test/db'

beforeEach(() => void freshDatabase())
afterEach(async () => {
  vi.restoreAllMocks()
  await dropDatabase()
})

const score = (id: string, cardId: string): Measurement => ({ id, cardId, metric: 'nps', period: '2026-Q3', value: 10 })
const withScores = (b: Board, ...ms: Measurement[]): Board => ({ ...b, measurements: ms })
const marie: Persona = { id: 'p_marie', name: 'Marie', primary: true }
const ids = async () => (await listBoards()).boards.map((b) => b.id).sort()

describe('writeBundle', () => {
  it('writes boards with their measurements and personas, and says where each board went', async () => {
    const r = await writeBundle({ boards: [withScores(journey(), score('m1', 'c1')), { ...journey(), id: 'b2' }], personas: [marie] })
    expect(r.boards).toEqual([
      { id: 'b1', title: 'Buying a train ticket', outcome: 'added' },
      { id: 'b2', title: 'Buying a train ticket', outcome: 'added' },
    ])
    expect(r.personas).toEqual({ added: 1, same: 0, copied: 0 })
    expect((await loadBoard('b1'))!.board.measurements).toEqual([score('m1', 'c1')])
    expect(await getPersona('p_marie')).toEqual(marie)
    expect((await storedRow('b1'))!.rev).toBe(1)
  })

  it('is all or nothing: a failure half-way writes nothing at all', async () => {
    await savePersona({ id: 'p_here', name: 'Here' })
    const add = db.boards.add.bind(db.boards)
    let calls = 0
    vi.spyOn(db.boards, 'add').mockImplementation(((row: Parameters<typeof add>[0]) =>
      ++calls === 2 ? Promise.reject(new Error('disk full')) : add(row)) as never)
    await expect(writeBundle({ boards: [journey(), { ...journey(), id: 'b2' }], personas: [marie] })).rejects.toThrow('disk full')
    vi.restoreAllMocks()
    expect(await ids()).toEqual([])
    expect((await listPersonas()).map((p) => p.id)).toEqual(['p_here'])
  })

  it('never overwrites a board: one whose id is taken comes in as a copy under fresh ids, titled as asked', async () => {
    await putNewBoard({ ...journey(), title: 'Mine' })
    const r = await writeBundle({ boards: [withScores(journey(), score('m1', 'c1'))] }, { copyTitle: (t) => `${t} (copy)` })
    expect(r.boards[0].outcome).toBe('copied')
    expect((await loadBoard('b1'))!.board.title).toBe('Mine')
    const copy = (await loadBoard(r.boards[0].id))!.board
    expect(copy.title).toBe('Buying a train ticket (copy)')
    expect(copy.cards.map((c) => c.id).filter((id) => journey().cards.some((c) => c.id === id))).toEqual([])
    expect(copy.measurements![0].cardId).toBe(copy.cards[0].id)
  })

  it('re-issues a measurement id that another stored board uses, keeping what it scores', async () => {
    await putNewBoard(withScores({ ...journey(), id: 'other' }, score('m1', 'c1')))
    const r = await writeBundle({ boards: [withScores(journey(), score('m1', 'c3'), score('m2', 'c2'))] })
    const ms = (await loadBoard(r.boards[0].id))!.board.measurements!
    expect(ms[0].id).not.toBe('m1')
    expect(ms[0]).toMatchObject({ cardId: 'c3' })
    expect(ms[1]).toEqual(score('m2', 'c2'))
    expect((await loadBoard('other'))!.board.measurements).toEqual([score('m1', 'c1')])
  })

  it('with skipSame, a board here with the same content is left alone (a restore)', async () => {
    await putNewBoard(withScores(journey(), score('m1', 'c1'), score('m2', 'c2')))
    // same content, measurements in another order, an empty list the store would not keep
    const again = { ...withScores(journey(), score('m2', 'c2'), score('m1', 'c1')), personaIds: [] }
    const r = await writeBundle({ boards: [again] }, { skipSame: true })
    expect(r.boards).toEqual([{ id: 'b1', title: 'Buying a train ticket', outcome: 'same' }])
    expect(await ids()).toEqual(['b1'])
    const changed = withScores(journey(), score('m1', 'c1'))
    expect((await writeBundle({ boards: [changed] }, { skipSame: true })).boards[0].outcome).toBe('copied')
  })

  it('keeps the library’s persona and its primary one; a new primary persona joins as secondary', async () => {
    await savePersona({ id: 'p_here', name: 'Primary here', primary: true })
    await savePersona({ id: 'p_marie', name: 'Marie, edited here' })
    const r = await writeBundle({ boards: [{ ...journey(), personaIds: ['p_marie'] }], personas: [marie, { id: 'p_new', name: 'New', primary: true }] })
    expect(r.personas).toEqual({ added: 1, same: 1, copied: 0 })
    expect((await getPersona('p_marie'))!.name).toBe('Marie, edited here')
    expect((await listPersonas()).filter((p) => p.primary).map((p) => p.id)).toEqual(['p_here'])
    expect((await loadBoard('b1'))!.board.personaIds).toEqual(['p_marie'])
  })

  it('one primary persona even when the bundle brings two and the library has none', async () => {
    await writeBundle({ boards: [], personas: [marie, { id: 'p_2', name: 'Two', primary: true }] })
    expect((await listPersonas()).filter((p) => p.primary).map((p) => p.id)).toEqual(['p_marie'])
  })

  it('with personaConflict "copy", a persona here with other content is added as a copy that its boards follow', async () => {
    await savePersona({ ...marie, name: 'Marie D.' })
    const r = await writeBundle(
      { boards: [{ ...journey(), personaIds: ['p_marie'] }], personas: [marie] },
      { personaConflict: 'copy', copyPersonaName: (n) => `${n} (restored)` },
    )
    expect(r.personas).toEqual({ added: 0, same: 0, copied: 1 })
    const copy = (await listPersonas()).find((p) => p.name === 'Marie (restored)')!
    expect(copy.primary).toBeUndefined()
    expect((await loadBoard('b1'))!.board.personaIds).toEqual([copy.id])
    expect((await getPersona('p_marie'))!.name).toBe('Marie D.')
  })
})
