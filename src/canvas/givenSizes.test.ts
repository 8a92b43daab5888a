import { describe, expect, it } from 'vitest'
import { trustGivenSizes } from './givenSizes'

type Update = { id: string; nodeElement: HTMLDivElement; force?: boolean }

/** React Flow's store, as far as trustGivenSizes uses it. */
function fakeStore(nodes: Record<string, { handles?: unknown[]; width?: number }>) {
  const calls: Map<string, Update>[] = []
  let state = {
    nodeLookup: new Map(Object.entries(nodes).map(([id, n]) => [id, { measured: { width: n.width }, internals: { userNode: { id, handles: n.handles } } }])),
    updateNodeInternals: (updates: Map<string, Update>) => void calls.push(updates),
  }
  const store = {
    getState: () => state,
    setState: (part: Partial<typeof state>) => void (state = { ...state, ...part }),
  }
  return { store, calls, original: state.updateNodeInternals }
}

const el = {} as HTMLDivElement

describe("React Flow's forced measure of the board's nodes", () => {
  it('is asked for unforced where a node gave its size and handles, forced elsewhere, and the undo puts it back', () => {
    const { store, calls, original } = fakeStore({
      card: { handles: [{ type: 'source' }], width: 216 },
      lane: { handles: [], width: 5000 },
      other: { width: 40 },
      unsized: { handles: [] },
    })
    const undo = trustGivenSizes(store as never)
    const updates = new Map<string, Update>(['card', 'lane', 'other', 'unsized'].map((id) => [id, { id, nodeElement: el, force: true }]))
    store.getState().updateNodeInternals(updates)
    const asked = calls[0]
    expect(asked.get('card')?.force).toBe(false)
    expect(asked.get('lane')?.force).toBe(false)
    expect(asked.get('other')?.force).toBe(true) // no handles given: React Flow reads them
    expect(asked.get('unsized')?.force).toBe(true) // no size given
    expect(updates.get('card')?.force).toBe(true) // the caller's map is left as it was
    undo()
    expect(store.getState().updateNodeInternals).toBe(original)
  })

  it('passes an unforced measure on as it is', () => {
    const { store, calls } = fakeStore({ card: { handles: [], width: 216 } })
    trustGivenSizes(store as never)
    const updates = new Map<string, Update>([['card', { id: 'card', nodeElement: el }]])
    store.getState().updateNodeInternals(updates)
    expect(calls[0]).toBe(updates)
  })
})
