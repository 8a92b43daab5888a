// Board edits of the scores features beyond the measurements themselves (those are in
// ../operations): the customer mapping's expectations, where its axes split, and how score
// badges show their status. Each returns a new board (the same one when nothing changes).
import { produce } from 'immer'
import type { Board, Expectation, Id, ScoreSymbols } from '../types'
import { MAPPING_SCALE } from './customerMapping'

const clampScore = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? undefined : Math.min(MAPPING_SCALE.max, Math.max(MAPPING_SCALE.min, v)))

function clean(e: Expectation): Expectation {
  const out: Expectation = { id: e.id, name: e.name.slice(0, 500) }
  const imp = clampScore(e.importance)
  const sat = clampScore(e.satisfaction)
  if (imp !== undefined) out.importance = imp
  if (sat !== undefined) out.satisfaction = sat
  if (e.cardId) out.cardId = e.cardId
  return out
}

export const addExpectations = (b: Board, items: readonly Expectation[]): Board => {
  const taken = new Set((b.expectations ?? []).map((e) => e.id))
  const fresh = items.filter((e) => !taken.has(e.id) && (!e.cardId || b.cards.some((c) => c.id === e.cardId)))
  if (!fresh.length) return b
  return produce(b, (d) => {
    ;(d.expectations ??= []).push(...fresh.map(clean))
  })
}

/** Change an expectation; a field set to `undefined` is removed. */
export const updateExpectation = (b: Board, id: Id, patch: Partial<Omit<Expectation, 'id'>>): Board => {
  const e = b.expectations?.find((x) => x.id === id)
  if (!e) return b
  const next = clean({ ...e, ...patch }) // (clean leaves out fields set to undefined)
  if (next.cardId && !b.cards.some((c) => c.id === next.cardId)) return b
  return produce(b, (d) => {
    const i = d.expectations!.findIndex((x) => x.id === id)
    d.expectations![i] = next
  })
}

export const deleteExpectations = (b: Board, ids: readonly Id[]): Board => {
  const set = new Set(ids)
  if (!b.expectations?.some((e) => set.has(e.id))) return b
  return produce(b, (d) => {
    d.expectations = d.expectations!.filter((e) => !set.has(e.id))
    if (!d.expectations.length) delete d.expectations
  })
}

export const setMappingSplit = (b: Board, split: 'middle' | 'median'): Board =>
  (b.mappingSplit ?? 'middle') === split
    ? b
    : produce(b, (d) => {
        if (split === 'middle') delete d.mappingSplit
        else d.mappingSplit = split
      })

export const setScoreSymbols = (b: Board, symbols: ScoreSymbols): Board =>
  (b.scoreSymbols ?? 'traffic') === symbols
    ? b
    : produce(b, (d) => {
        if (symbols === 'traffic') delete d.scoreSymbols
        else d.scoreSymbols = symbols
      })
