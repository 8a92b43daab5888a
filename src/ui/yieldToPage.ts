// Long work (an import of thousands of cards, a large board being opened) is cut in slices
// with a yield between them: the page paints its progress and answers the user meanwhile.

type Scheduler = { yield?: () => Promise<void> }

/** Let the page paint and handle input, then go on (a macrotask, not a microtask). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler
  if (s?.yield) return s.yield()
  return new Promise((resolve) => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => resolve()
    ch.port2.postMessage(null)
  })
}

/** A deadline-based slicer: `due()` is true once `ms` have passed since the last yield. */
export function slicer(ms = 12): { due: () => boolean; yield: () => Promise<void> } {
  let start = performance.now()
  return {
    due: () => performance.now() - start >= ms,
    yield: async () => {
      await yieldToPage()
      start = performance.now()
    },
  }
}
