// Random mutations of a valid JSON value, for fuzz tests of everything that reads boards
// (restore, the board-file reader): types swapped, records deleted or duplicated, ids
// pointed elsewhere, huge and deeply nested values, keys that reach prototypes, odd numbers
// and texts. Seeded (test/random.ts): a failing case replays from its seed and index.
import type { Rng } from './random'

type Container = Record<string, unknown> | unknown[]
interface Place {
  parent: Container
  key: string | number
}

/** Nested this many levels (lists, or objects `{"a": …}`), built without recursion. */
export function nested(depth: number, kind: 'list' | 'object' = 'list'): unknown {
  let v: unknown = 1
  for (let i = 0; i < depth; i++) v = kind === 'list' ? [v] : { a: v }
  return v
}

/** A text marker that `deepText` replaces with brackets nested `DEEP_LEVELS` deep (JSON.stringify would overflow on the real thing). */
export const DEEP_MARKER = '@@deep@@'
export const DEEP_LEVELS = 10_000
export const deepText = (json: string): string => json.split(JSON.stringify(DEEP_MARKER)).join('['.repeat(DEEP_LEVELS) + ']'.repeat(DEEP_LEVELS))

/** A deep copy, or the value itself when it is too deep to copy (structuredClone recurses). */
function copy<T>(v: T): T {
  try {
    return structuredClone(v)
  } catch {
    return v
  }
}

const ID_KEYS = new Set(['id', 'stageId', 'laneId', 'from', 'to', 'cardId', 'personaId'])

/** Every place of `root` (a key of an object or an index of a list), depth first. */
function places(root: Container): Place[] {
  const out: Place[] = []
  const stack: Container[] = [root]
  while (stack.length) {
    const c = stack.pop()!
    const keys: (string | number)[] = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c)
    for (const key of keys) {
      out.push({ parent: c, key })
      const v = (c as Record<string | number, unknown>)[key]
      if (typeof v === 'object' && v !== null) stack.push(v as Container)
    }
    if (out.length > 5_000) break // enough places to pick from
  }
  return out
}

/** Every id-like text of the value (to point references at something that exists elsewhere). */
function ids(all: Place[]): string[] {
  const out: string[] = []
  for (const p of all) {
    const v = (p.parent as Record<string | number, unknown>)[p.key]
    if (typeof v === 'string' && (ID_KEYS.has(String(p.key)) || typeof p.key === 'number')) out.push(v)
  }
  return out
}

function oddValue(r: Rng, forJson: boolean): unknown {
  const values: unknown[] = [
    null,
    true,
    false,
    0,
    -1,
    0.5,
    11,
    1e21,
    -1e21,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x',
    '42',
    'true',
    '#zzzzzz',
    '\u202Eexe.pdf',
    '\u200B',
    '\ud800',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'a'.repeat(501),
    [],
    [null],
    {},
    { id: 'x' },
  ]
  if (!forJson) values.push(NaN, Infinity, -Infinity, -0, undefined)
  return r.pick(values)
}

function huge(r: Rng, current: unknown): unknown {
  switch (r.int(5)) {
    case 0:
      return 'W'.repeat(r.pick([10_001, 20_000, 100_000]))
    case 1:
      return r.pick([1e308, -1e308, 2 ** 53, -(2 ** 31)])
    case 2: {
      // the same value many times (a small one a thousand times)
      const small = typeof current !== 'object' || current === null || places({ v: current } as Container).length < 50
      const one = typeof current === 'string' && current.length > 100 ? 'x' : (current ?? null)
      return Array.from({ length: small ? 1_000 : 50 }, () => one)
    }
    case 3:
      return Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, i]))
    default:
      return 'é\u0301'.repeat(6_000) // combining marks
  }
}

/**
 * Apply `count` random mutations to a deep copy of `value`; returns the copy (inside a
 * wrapper so the root itself can be replaced) and what was done, for failure messages.
 * `forJson`: only what JSON can carry (deep values become DEEP_MARKER, see `deepText`).
 */
export function mutate(r: Rng, value: unknown, count: number, forJson = false): { value: unknown; done: string[] } {
  const root = { root: structuredClone(value) } as Record<string, unknown>
  const done: string[] = []
  for (let i = 0; i < count; i++) {
    const all = places(root)
    const place = r.pick(all)
    const { parent, key } = place
    const at = (parent as Record<string | number, unknown>)[key]
    const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v)
    const label = (what: string) => done.push(`${what} at ${String(key)}`)
    switch (r.int(9)) {
      case 0: // another type
        set(oddValue(r, forJson))
        label('type')
        break
      case 1: // deleted
        if (Array.isArray(parent)) parent.splice(key as number, 1)
        else if (key !== 'root') delete parent[key as string]
        label('delete')
        break
      case 2: // duplicated (same ids)
        if (Array.isArray(parent)) parent.splice(r.int(parent.length + 1), 0, copy(at))
        else if (typeof at === 'object' && at !== null) {
          const elsewhere = r.pick(all).parent
          if (!Array.isArray(elsewhere)) elsewhere[`copy${i}`] = copy(at)
          else elsewhere.push(copy(at))
        }
        label('duplicate')
        break
      case 3: // an id pointing elsewhere, or at nothing
        set(r.chance(0.7) ? r.pick([...ids(all), 'nowhere']) : r.pick(['', 'x'.repeat(201), 7]))
        label('retarget')
        break
      case 4:
        set(huge(r, at))
        label('huge')
        break
      case 5:
        set(forJson ? DEEP_MARKER : nested(r.pick([100, 10_000]), r.pick(['list', 'object'] as const)))
        label('deep')
        break
      case 6: {
        // a key that reaches a prototype, or shadows a method
        const target = typeof at === 'object' && at !== null && !Array.isArray(at) ? (at as Record<string, unknown>) : (root as Record<string, unknown>)
        const k = r.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])
        Object.defineProperty(target, k, {
          value: k === '__proto__' ? { polluted: true } : r.pick([{ prototype: { polluted: true } }, 1, 'x']),
          enumerable: true,
          configurable: true,
          writable: true,
        })
        label(`key ${k}`)
        break
      }
      case 7: // a list where a record was, a record where a list was
        set(Array.isArray(at) ? Object.fromEntries(at.map((v, j) => [j, v])) : typeof at === 'object' && at !== null ? Object.values(at) : [at])
        label('shape')
        break
      default: // the same field on another record
        if (typeof at === 'object' && at !== null && !Array.isArray(at)) {
          const fields = Object.keys(at)
          if (fields.length) (at as Record<string, unknown>)[r.pick(fields)] = oddValue(r, forJson)
        } else set(oddValue(r, forJson))
        label('field')
    }
  }
  return { value: root.root, done }
}
