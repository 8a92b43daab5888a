// The other people's pointers on the board, on desktops: each device shares where its pointer
// is (board coordinates, through the room's awareness) and draws the others' with their name.
import { useEffect } from 'react'
import { ViewportPortal, useReactFlow, useViewport } from '@xyflow/react'
import { sharePresence, useLive } from './liveState'

/** At most one pointer update per this many milliseconds (awareness is cheap, not free). */
const EVERY_MS = 80

export function LiveCursors() {
  const live = useLive((s) => !!s.membership)
  const peers = useLive((s) => s.peers)
  const me = useLive((s) => s.me)
  const { zoom } = useViewport()
  const rf = useReactFlow()
  useEffect(() => {
    if (!live) return
    const pane = document.querySelector<HTMLElement>('.react-flow')
    if (!pane) return
    let last = 0
    let pending: ReturnType<typeof setTimeout> | null = null
    let at: { x: number; y: number } | null = null
    const send = () => {
      pending = null
      last = Date.now()
      sharePresence({ cursor: at })
    }
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY })
      at = { x: Math.round(p.x), y: Math.round(p.y) }
      if (pending) return
      const wait = EVERY_MS - (Date.now() - last)
      if (wait <= 0) send()
      else pending = setTimeout(send, wait)
    }
    const onLeave = () => {
      at = null
      if (!pending) send()
    }
    pane.addEventListener('pointermove', onMove)
    pane.addEventListener('pointerleave', onLeave)
    return () => {
      pane.removeEventListener('pointermove', onMove)
      pane.removeEventListener('pointerleave', onLeave)
      if (pending) clearTimeout(pending)
    }
  }, [live, rf])
  if (!live) return null
  const others = peers.filter((p) => p.client !== me && p.cursor)
  if (!others.length) return null
  return (
    <ViewportPortal>
      {others.map((p) => (
        <div
          key={p.client}
          className="live-cursor"
          aria-hidden
          style={{ transform: `translate(${p.cursor!.x}px, ${p.cursor!.y}px) scale(${1 / zoom})`, color: p.color }}
          data-testid="live-cursor"
        >
          <svg width="18" height="22" viewBox="0 0 18 22">
            <path d="M1 1 L1 18 L6 13 L10 21 L13 19.5 L9 12 L16 12 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" />
          </svg>
          <span className="live-cursor-name" style={{ background: p.color }}>
            {p.name}
          </span>
        </div>
      ))}
    </ViewportPortal>
  )
}
