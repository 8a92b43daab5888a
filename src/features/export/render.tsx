// Draws a scene off-screen, waits until React Flow has measured every node and drawn every
// edge (and fonts and images have arrived), hands the viewport element to `withViewport`, then removes it.
import { createRoot } from 'react-dom/client'
import { ExportCanvas } from './ExportCanvas'
import type { ExportScene } from './scene'

const TIMEOUT_MS = 20_000
const QUIET_MS = 120

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** What is still missing from the drawn scene, or null when it is complete. */
export function missingParts(host: HTMLElement, scene: ExportScene): string | null {
  const nodes = host.querySelectorAll<HTMLElement>('.react-flow__node')
  if (nodes.length < scene.nodes.length) return `nodes ${nodes.length}/${scene.nodes.length}`
  for (const n of nodes) if (n.style.visibility === 'hidden') return 'unmeasured node'
  const paths = host.querySelectorAll('.react-flow__edge-path')
  if (paths.length < scene.edges.length) return `edges ${paths.length}/${scene.edges.length}`
  for (const p of paths) {
    const d = p.getAttribute('d') ?? ''
    if (!d || d.includes('NaN')) return 'edge without a path'
  }
  if (host.querySelectorAll('.emotion-curve').length < scene.curves) return 'emotion curve'
  for (const img of host.querySelectorAll('img')) if (!img.complete) return 'image'
  return null
}

export async function withRenderedScene<T>(scene: ExportScene, withViewport: (viewport: HTMLElement) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const host = document.createElement('div')
  host.className = 'parcours-export'
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  document.body.appendChild(host)
  const root = createRoot(host)
  try {
    root.render(<ExportCanvas scene={scene} />)
    const started = performance.now()
    let changed = performance.now()
    const observer = new MutationObserver(() => (changed = performance.now()))
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true })
    try {
      for (;;) {
        signal?.throwIfAborted()
        await sleep(16)
        const missing = missingParts(host, scene)
        const now = performance.now()
        // complete and settled (nothing loading asynchronously still changing the DOM)
        if (!missing && now - changed >= QUIET_MS) break
        if (now - started > TIMEOUT_MS) throw new Error(`the board did not finish drawing (${missing ?? 'still changing'})`)
      }
    } finally {
      observer.disconnect()
    }
    if (document.fonts) {
      await document.fonts.ready
      await new Promise((r) => requestAnimationFrame(() => r(null)))
    }
    const viewport = host.querySelector<HTMLElement>('.react-flow__viewport')
    if (!viewport) throw new Error('no viewport')
    return await withViewport(viewport)
  } finally {
    root.unmount()
    host.remove()
  }
}
