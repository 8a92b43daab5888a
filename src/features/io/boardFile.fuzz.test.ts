// @vitest-environment node
// Fuzz test of the board-file reader: thousands of valid files mutated at random (types
// swapped, records deleted or duplicated, ids pointed elsewhere, huge values, lists nested
// 10,000 deep, prototype keys; then the text itself cut, spliced or stuffed) go through
// parseBoardFile, and mutated data through validateBoardFileData. Neither may throw or hang;
// each answer is either a sound board (invariants hold, restore would repair nothing, it
// round-trips) or a refusal whose message exists in English and in French.
// Replay a failure with PARCOURS_SEED=<seed>.
import { describe, expect, it } from 'vitest'
import { boardFileEnvelope, formatImportError, parseBoardFile, serializeBoardFile, validateBoardFileData, type ParseResult } from './boardFile'
import { restoreBoard } from '../../domain/restore'
import { i18n, t } from '../../i18n'
import { invariantErrors, randomBoard } from '../../../test/boards'
import { deepText, mutate } from '../../../test/mutate'
import { rng, seeds, type Rng } from '../../../test/random'
import FIXTURE from '../../../test/fixtures/board-v1.parcours.json?raw'

const TEXT_CASES = 800
const DATA_CASES = 300

function bases(seed: number): unknown[] {
  const r = rng(seed)
  const random = randomBoard(r, 40)
  return [
    JSON.parse(FIXTURE),
    JSON.parse(JSON.stringify(boardFileEnvelope({ ...random, measurements: [{ id: 'm1', metric: 'nps', period: '2026-Q3', value: 12 }] }, []))),
  ]
}

/** Damage to the text itself: cut short, a character stuffed in, brackets or quotes, a byte-order mark. */
function damageText(r: Rng, text: string): { text: string; done: string } {
  const at = r.int(text.length + 1)
  switch (r.int(5)) {
    case 0:
      return { text: text.slice(0, at), done: `cut at ${at}` }
    case 1: {
      const ch = r.pick(['"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\ud800', '\u202e', '1e999', 'null', '-'])
      return { text: text.slice(0, at) + ch + text.slice(at), done: `${JSON.stringify(ch)} at ${at}` }
    }
    case 2:
      return { text: '\ufeff' + text, done: 'byte-order mark' }
    case 3:
      return { text: text.slice(0, at) + text.slice(at + r.int(40)), done: `bytes dropped at ${at}` }
    default:
      return { text: text + r.pick(['', ' ', '\n', 'x', '}']), done: 'trailing' }
  }
}

/** What is wrong with a reader's answer (empty when it is a sound board or a clear refusal). */
function problems(r: ParseResult): string[] {
  if (!r.ok) {
    const errors: string[] = []
    for (const lng of ['en', 'fr']) if (!i18n.exists(`io.${r.code}`, { lng })) errors.push(`no ${lng} message for ${r.code}`)
    const message = formatImportError(r, t)
    if (!message || message.includes('io.')) errors.push(`unclear message: ${message}`)
    return errors
  }
  const errors = invariantErrors(r.file.board)
  const restored = restoreBoard(r.file.board)
  if (restored.warnings.length) errors.push(`accepted, but restore repairs it: ${JSON.stringify(restored.warnings)}`)
  const again = parseBoardFile(serializeBoardFile(r.file.board, r.file.personas))
  if (!again.ok) errors.push(`accepted, but refused once written again: ${formatImportError(again, t)}`)
  else if (JSON.stringify(again.file) !== JSON.stringify(r.file)) errors.push('accepted, but reads differently once written again')
  return errors
}

describe('the board-file reader under random mutations', () => {
  for (const seed of seeds([1, 2, 3])) {
    it(`answers ${TEXT_CASES} mutated files and ${DATA_CASES} mutated data with a sound board or a message (seed ${seed})`, () => {
      const r = rng(seed)
      const files = bases(seed)
      const answers = { ok: 0, refused: new Set<string>() }
      const check = (read: () => ParseResult, context: string) => {
        let result: ParseResult
        try {
          result = read()
        } catch (e) {
          throw new Error(`the reader threw (${context}): ${(e as Error).stack}`)
        }
        expect(problems(result), context).toEqual([])
        if (result.ok) answers.ok++
        else answers.refused.add(result.code)
      }
      for (let i = 0; i < TEXT_CASES; i++) {
        const { value, done } = mutate(r, r.pick(files), r.between(0, 4), true)
        let text = deepText(JSON.stringify(value) ?? '')
        if (r.chance(0.3)) {
          const damage = damageText(r, text)
          text = damage.text
          done.push(damage.done)
        }
        check(() => parseBoardFile(text), `seed ${seed}, text case ${i}: ${done.join(', ')}`)
      }
      for (let i = 0; i < DATA_CASES; i++) {
        const { value, done } = mutate(r, r.pick(files), r.between(1, 4))
        check(() => validateBoardFileData(value), `seed ${seed}, data case ${i}: ${done.join(', ')}`)
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      // Both kinds of answer were given, and refusals for many different reasons.
      expect(answers.ok).toBeGreaterThan(0)
      expect(answers.refused.size).toBeGreaterThan(8)
    }, 60_000)
  }
})
