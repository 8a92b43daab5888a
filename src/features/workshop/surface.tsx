// Where workshop overlays are drawn: over the board's canvas (the round and voting bars, the
// presentation's captions: over the canvas only, not over a side panel), or beside it in the
// board's body (the workshop panel, next to the side panel).
import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

function useElement(selector: string): HTMLElement | null {
  const [el, setEl] = useState<HTMLElement | null>(() => document.querySelector<HTMLElement>(selector))
  useEffect(() => {
    if (el?.isConnected) return
    // not drawn yet (or drawn anew): look for it at the next frames
    let raf = 0
    const look = () => {
      const found = document.querySelector<HTMLElement>(selector)
      if (found) setEl(found)
      else raf = requestAnimationFrame(look)
    }
    raf = requestAnimationFrame(look)
    return () => cancelAnimationFrame(raf)
  }, [el, selector])
  return el
}

export const useBoardSurface = (): HTMLElement | null => useElement('.board-surface')

/** Its children drawn over the canvas (React events still bubble to the overlay, not the canvas). */
export function OnSurface({ children }: { children: ReactNode }) {
  const el = useBoardSurface()
  return el ? createPortal(children, el) : null
}

/** Its children drawn in the board's body, beside the canvas (a panel, like the side panel). */
export function BesideBoard({ children }: { children: ReactNode }) {
  const el = useElement('.board-body')
  return el ? createPortal(children, el) : null
}
