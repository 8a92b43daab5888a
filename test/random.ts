// A seeded pseudo-random generator for property tests (mulberry32): the same seed gives
// the same sequence, so a failing case can be replayed from the seed in its message.
export interface Rng {
  readonly seed: number
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** An integer in [min, max]. */
  between(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  /** A short lowercase word (for names and card texts). */
  word(maxLength?: number): string
  /** Fresh ids, unique within this generator. */
  id(prefix: string): string
}

export function rng(seed: number): Rng {
  let a = seed >>> 0
  let counter = 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    seed,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)]
    },
    chance: (p) => next() < p,
    word: (maxLength = 8) => {
      const n = 1 + int(maxLength)
      let s = ''
      for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz'[int(26)]
      return s
    },
    id: (prefix) => `${prefix}-${(++counter).toString(36)}`,
  }
}

/** Seeds for a property test: a few fixed ones, plus one from PARCOURS_SEED to replay a failure. */
export function seeds(fixed: number[]): number[] {
  const raw: unknown = import.meta.env.PARCOURS_SEED
  const extra = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isFinite(extra) ? [extra] : fixed
}
