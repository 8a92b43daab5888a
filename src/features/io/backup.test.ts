import { beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase, putStoredRow, storedRow, storedRows } from '../../../test/db'
import { deleteBoardRow, listBoards, loadBoard, putNewBoard } from '../../persistence/boards'
import { getPersona, listPersonas, savePersona } from '../../persistence/personas'
import type { Board, Measurement, Persona } from '../../domain/types'
import { t } from '../../i18n'
import { formatImportError } from './importError'
import {
  canonical,
  parseWorkspace,
  readWorkspace,
  restoreBackupText,
  serializeWorkspace,
  validateWorkspaceData,
  validateWorkspaceDataSliced,
  WORKSPACE_FORMAT,
} from './backup'

beforeEach(() => void freshDatabase())

const board = (id: string, title: string, extra: Partial<Board> = {}): Board => ({
  id,
  title,
  kind: 'journey',
  stages: [{ id: `${id}-s1`, name: 'Discover' }],
  lanes: [{ id: `${id}-l1`, name: 'Irritants', role: 'pains' }],
  cards: [{ id: `${id}-c1`, stageId: `${id}-s1`, laneId: `${id}-l1`, text: 'Too long', tag: 'irritant' }],
  links: [],
  ...extra,
})
const persona: Persona = { id: 'pe_marie', name: 'Marie', role: 'Citizen', goals: ['Renew fast'], primary: true }
const measurement = (id: string, cardId: string): Measurement => ({ id, cardId, metric: 'nps', period: '2026-Q3', value: 12, n: 140 })

const put = (b: Board, ms: Measurement[] = []) => putNewBoard(ms.length ? { ...b, measurements: ms } : b)
const boardCount = async () => (await listBoards()).boards.length

async function seed() {
  await savePersona(persona)
  await put(board('b_one', 'Renewal', { personaIds: ['pe_marie'] }), [measurement('m1', 'b_one-c1')])
  await put(board('b_two', 'Complaint'))
}

const backupText = async () => serializeWorkspace(await readWorkspace())

describe('workspace backup', () => {
  it('writes every board with its measurements and every persona, in the documented format', async () => {
    await seed()
    const data = JSON.parse(await backupText())
    expect(data).toMatchObject({ format: WORKSPACE_FORMAT, version: 1 })
    expect(typeof data.exportedAt).toBe('string')
    expect(data.personas).toEqual([persona])
    expect(data.boards).toHaveLength(2)
    expect(data.boards[0]).toMatchObject({
      format: 'parcours-board',
      version: 1,
      board: { id: 'b_one', title: 'Renewal' },
      measurements: [measurement('m1', 'b_one-c1')],
    })
    expect(data.boards[0].measurements[0].boardId).toBeUndefined()
    expect(data.boards[1].measurements).toEqual([])
  })

  it('restores into an empty browser everything it holds', async () => {
    await seed()
    const text = await backupText()
    freshDatabase()
    const r = await restoreBackupText(text)
    expect(r).toMatchObject({ ok: true, counts: { added: 2, same: 0, copied: 0, personasAdded: 1 } })
    expect(r.message).toBe('Backup restored: 2 boards added; 1 persona added.')
    const one = (await loadBoard('b_one'))!.board
    expect(one.personaIds).toEqual(['pe_marie'])
    expect(one.measurements).toEqual([measurement('m1', 'b_one-c1')])
    expect(await getPersona('pe_marie')).toEqual(persona)
  })

  it('adds what is missing, skips what is already here, never duplicates', async () => {
    await seed()
    const text = await backupText()
    await deleteBoardRow('b_one')
    const r = await restoreBackupText(text)
    expect(r.counts).toMatchObject({ added: 1, same: 1, copied: 0, personasAdded: 0, personasSame: 1 })
    expect(r.message).toBe('Backup restored: 1 board added, 1 already here; 1 persona already here.')
    expect(await boardCount()).toBe(2)
    expect((await loadBoard('b_one'))!.board.measurements).toEqual([measurement('m1', 'b_one-c1')])
    // Restoring again changes nothing.
    const again = await restoreBackupText(text)
    expect(again.counts).toMatchObject({ added: 0, same: 2, copied: 0 })
    expect(await boardCount()).toBe(2)
    expect(await listPersonas()).toHaveLength(1)
  })

  it('keeps a board changed since the backup, and adds the backup’s version as a copy with fresh ids', async () => {
    await seed()
    const text = await backupText()
    const row = (await storedRow('b_one'))!
    const edited = { ...row.board, cards: [{ ...row.board.cards[0], text: 'Edited since' }] }
    await putStoredRow({ ...row, board: edited })
    await savePersona({ ...persona, name: 'Marie D.' })

    const r = await restoreBackupText(text)
    expect(r.counts).toMatchObject({ added: 0, same: 1, copied: 1, personasCopied: 1 })
    expect(r.message).toBe('Backup restored: 1 already here, 1 kept as a copy; 1 persona kept as a copy.')
    // Nothing overwritten.
    const here = (await loadBoard('b_one'))!.board
    expect(here.cards[0].text).toBe('Edited since')
    expect((await getPersona('pe_marie'))!.name).toBe('Marie D.')
    expect(here.measurements).toEqual([measurement('m1', 'b_one-c1')])
    // The copy: the backup's content, new ids everywhere, its measurement following its card.
    const copyId = r.counts!.boardIds[0]
    const copy = (await loadBoard(copyId))!
    expect(copy.board.title).toBe('Renewal (restored)')
    expect(copy.board.cards[0].text).toBe('Too long')
    expect(copy.board.cards[0].id).not.toBe('b_one-c1')
    const ms = copy.board.measurements!
    expect(ms).toHaveLength(1)
    expect(ms[0].cardId).toBe(copy.board.cards[0].id)
    expect(ms[0].id).not.toBe('m1')
    // The copied persona, and the restored board drawn for it.
    const personas = await listPersonas()
    const restored = personas.find((p) => p.name === 'Marie (restored)')!
    expect(restored).toBeTruthy()
    expect(restored.primary).toBeUndefined()
    expect(copy.board.personaIds).toEqual([restored.id])
  })

  it('refuses a bad file as a whole, naming the board and the field, and writes nothing', async () => {
    await savePersona({ id: 'pe_other', name: 'Other' })
    const good = JSON.parse(serializeWorkspace({ boards: [board('b_a', 'A'), board('b_b', 'B')], personas: [persona] }))
    const bad = structuredClone(good)
    bad.boards[1].board.cards[0].stageId = 'nowhere'
    const r = await restoreBackupText(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    expect(r.message).toBe('The backup could not be read: boards[1].board.cards[0].stageId: no stage of the board has the id “nowhere”')
    expect(await boardCount()).toBe(0)
    expect(await listPersonas()).toHaveLength(1)

    const votes = structuredClone(good)
    votes.boards[0].board.cards[0].votes = -5
    expect(parseWorkspace(JSON.stringify(votes))).toMatchObject({ ok: false, path: 'boards[0].board.cards[0].votes' })
  })

  it('names each problem of the envelope', () => {
    const ws = (x: object) => validateWorkspaceData({ format: WORKSPACE_FORMAT, version: 1, ...x })
    const msg = (r: ReturnType<typeof validateWorkspaceData>) => (r.ok ? 'ok' : formatImportError(r, t))
    expect(msg(parseWorkspace('not json'))).toMatch(/not JSON/)
    expect(msg(validateWorkspaceData([]))).toMatch(/not a Parcours workspace backup/)
    expect(msg(validateWorkspaceData({ format: 'parcours-board', version: 1 }))).toMatch(/^format: This is not a Parcours workspace backup/)
    expect(msg(ws({ version: 2 }))).toMatch(/^version: This backup was made by a newer version of Parcours \(version 2/)
    expect(msg(ws({ version: '1' }))).toMatch(/^version: "version" must be a whole number/)
    expect(msg(ws({ boards: {} }))).toBe('boards: expected a list.')
    expect(msg(ws({ boards: [42] }))).toBe('boards[0]: expected an object.')
    expect(msg(ws({ personas: [{ id: 'p', name: 'x', photo: 'data:image/gif;base64,AAAA' }] }))).toMatch(/^personas\[0\]\.photo: only PNG/)
    expect(
      msg(
        ws({
          personas: [
            { id: 'ok', name: 'a' },
            { id: 'p', name: 7 },
          ],
        }),
      ),
    ).toMatch(/^personas\[1\]\.name: expected text/)
    expect(msg(ws({ personas: [persona, persona] }))).toMatch(/^personas\[1\]\.id: the id “pe_marie” appears twice/)
    const twice = { format: 'parcours-board', version: 1, board: board('b_x', 'X') }
    expect(msg(ws({ boards: [twice, twice] }))).toMatch(/^boards\[1\]\.board\.id: the id “b_x” appears twice/)
    expect(msg(ws({ boards: [{ ...twice, format: 'other' }] }))).toMatch(/^boards\[0\]\.format: expected "parcours-board"/)
    expect(ws({})).toMatchObject({ ok: true, workspace: { boards: [], personas: [] } })
  })

  it('drops, with a warning, a board’s reference to a persona the backup does not hold', () => {
    const r = validateWorkspaceData(JSON.parse(serializeWorkspace({ boards: [board('b_a', 'A', { personaIds: ['pe_gone'] })], personas: [] })))
    if (!r.ok) throw new Error(r.code)
    expect(r.workspace.boards[0].personaIds).toBeUndefined()
    expect(r.warnings[0]).toMatch(/^A: 1 persona/)
  })

  it('refuses a backup nested 10,000 levels deep with a message, and writes nothing', async () => {
    const deep = `{"format":"parcours-workspace","version":1,"personas":[],"boards":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`
    const r = await restoreBackupText(deep)
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/nested more than 64 levels deep \(line 1, column \d+\)/)
    expect(await storedRows()).toHaveLength(0)
  })

  it('checks a backup of many boards in slices, with the same answer and the boards checked so far', async () => {
    const many = JSON.parse(serializeWorkspace({ boards: Array.from({ length: 400 }, (_, i) => board(`b_${i}`, `Board ${i}`)), personas: [] }))
    const seen: number[] = []
    const sliced = await validateWorkspaceDataSliced(many, (done, total) => {
      expect(total).toBe(400)
      seen.push(done)
    })
    expect(sliced).toEqual(validateWorkspaceData(many))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    many.boards[399].board.cards[0].text = 7
    expect(await validateWorkspaceDataSliced(many)).toMatchObject({ ok: false, path: 'boards[399].board.cards[0].text' })
  })

  it('compares records whatever the order of their keys', () => {
    expect(canonical({ b: 1, a: { d: 2, c: undefined } })).toBe(canonical({ a: { d: 2 }, b: 1 }))
  })
})
