import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './db'
import { earlyReadDone, readBoard, readBoardEarly } from './earlyRead'
import { putNewBoard, renameBoardRow } from './boards'
import { journey } from '../../test/boards'
import { dropDatabase, freshDatabase } from '../../test/db'

beforeEach(() => {
  freshDatabase()
})
afterEach(dropDatabase)

describe('the early read of the board a page opens on', () => {
  it('is what the board screen reads, once: a later open reads the board as it is then', async () => {
    const board = journey()
    await putNewBoard(board)
    readBoardEarly(board.id)
    await renameBoardRow(board.id, 'Renamed after the early read')
    // the first open takes the read started before it (its answer may predate the rename)
    const first = readBoard(board.id)
    const result = await first.result
    expect(result.loaded?.board.id).toBe(board.id)
    expect(result.draft).toBeNull()
    expect(result.error).toBeNull()
    expect(first.settled).toBe(result) // there to be read synchronously once it came
    // a later open of the same board reads again
    expect((await readBoard(board.id).result).loaded?.board.title).toBe('Renamed after the early read')
  })

  it('is dropped when another board opens first, and a missing board reads as missing', async () => {
    const a = journey()
    const b = { ...journey(), id: 'b_other', title: 'Other' }
    await putNewBoard(a)
    await putNewBoard(b)
    readBoardEarly('b_missing')
    expect((await readBoard(b.id).result).loaded?.board.title).toBe('Other')
    // the early read of the missing board was dropped: nothing is left to take
    await putNewBoard({ ...journey(), id: 'b_missing', title: 'Now here' })
    expect((await readBoard('b_missing').result).loaded?.board.title).toBe('Now here')
  })

  it('a read the storage fails says so (never "missing"), and the wait for it is over when it came', async () => {
    const board = journey()
    await putNewBoard(board)
    readBoardEarly(board.id)
    await earlyReadDone(10_000) // returns once the read came, not after 10 s
    const read = readBoard(board.id)
    expect(read.settled?.loaded?.board.title).toBe(board.title)
    await expect(earlyReadDone(10_000)).resolves.toBeUndefined() // none left: at once
    vi.spyOn(db.boards, 'get').mockRejectedValueOnce(new Error('UnknownError: the disk failed'))
    const failed = await readBoard(board.id).result
    expect(failed.loaded).toBeNull()
    expect(String(failed.error)).toContain('the disk failed')
  })
})
