// @vitest-environment node
// Fuzz test of restore: thousands of random mutations of valid boards (types swapped, records
// deleted or duplicated, ids pointed elsewhere, huge and deep values, prototype keys, NaN…)
// go through restoreBoard. It must never throw nor hang, and always give a sound board: the
// invariants hold, it is a valid board file once written out, restoring it again changes
// nothing, and no prototype was touched. (Here beside the board-file reader, whose checks are
// the measure of a sound board.) Replay a failure with PARCOURS_SEED=<seed>.
import { describe, expect, it } from 'vitest'
import { restoreBoard } from '../../domain/restore'
import type { Board } from '../../domain/types'
import { invariantErrors, journey, randomBoard } from '../../../test/boards'
import { mutate } from '../../../test/mutate'
import { rng, seeds } from '../../../test/random'
import { boardFileEnvelope, validateBoardFileData, formatImportError } from './boardFile'
import { t } from '../../i18n'
import FIXTURE from '../../../test/fixtures/board-v1.parcours.json?raw'

const CASES_PER_SEED = 1_000

function bases(seed: number): Board[] {
  const fixture = JSON.parse(FIXTURE) as { board: Board; measurements: Board['measurements'] }
  return [{ ...fixture.board, measurements: fixture.measurements }, journey(), randomBoard(rng(seed), 40)]
}

/** What is wrong with a restored board (empty when it is sound). */
function unsound(board: Board): string[] {
  const errors = invariantErrors(board)
  let json: string
  try {
    json = JSON.stringify(board)
  } catch (e) {
    return [...errors, `not serialisable: ${(e as Error).message}`]
  }
  // The board as a file is accepted by the board-file reader (every field of the right type and size)…
  const file = validateBoardFileData(JSON.parse(JSON.stringify(boardFileEnvelope(board, []))))
  if (!file.ok) errors.push(`refused as a file: ${formatImportError(file, t)}`)
  // …and restoring it again repairs nothing.
  const again = restoreBoard(JSON.parse(json))
  if (again.warnings.length) errors.push(`restored twice: ${JSON.stringify(again.warnings)}`)
  else if (JSON.stringify(again.board) !== json) errors.push('restored twice: a different board')
  return errors
}

describe('restoreBoard under random mutations', () => {
  for (const seed of seeds([1, 2, 3])) {
    it(`gives a sound board for ${CASES_PER_SEED} mutated boards (seed ${seed})`, () => {
      const r = rng(seed)
      const boards = bases(seed)
      const before = Object.getOwnPropertyNames(Object.prototype).join()
      let repaired = 0
      for (let i = 0; i < CASES_PER_SEED; i++) {
        const base = r.pick(boards)
        const { value, done } = mutate(r, base, r.between(1, 6))
        const context = `seed ${seed}, case ${i}: ${done.join(', ')}`
        let result: ReturnType<typeof restoreBoard>
        try {
          result = restoreBoard(value, r.chance(0.5) ? { id: 'b_row', title: 'Row title' } : {})
        } catch (e) {
          throw new Error(`restoreBoard threw (${context}): ${(e as Error).stack}`)
        }
        expect(unsound(result.board), context).toEqual([])
        if (result.warnings.length) repaired++
      }
      expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      // the mutations did reach what restore repairs (a fuzz test that never hits anything proves nothing)
      expect(repaired).toBeGreaterThan(CASES_PER_SEED / 2)
    }, 60_000)
  }
})
