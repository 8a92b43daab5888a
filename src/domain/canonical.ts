// Records compared by content: JSON with sorted keys and no `undefined`.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** JSON with sorted keys and no undefined: two records are the same when these are equal. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    isObject(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .filter((k) => x[k] !== undefined)
            .map((k) => [k, x[k]]),
        )
      : x,
  )
}
