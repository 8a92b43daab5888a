// Long work (an import of thousands of cards, a large board being opened) is cut in slices
// with a yield between them: the page paints its progress and answers the user meanwhile.

/** Let the page handle input and paint if a frame is due, then go on (a task, not a microtask). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => resolve()
    ch.port2.postMessage(null)
  })
}

/**
 * Go on once the page has painted what was just set (a progress message): after the next
 * animation frame. A hidden tab paints no frames, so never wait more than `ms`.
 */
export function afterPaint(ms = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false
    const go = () => {
      if (done) return
      done = true
      resolve()
    }
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0))
    setTimeout(go, ms)
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
