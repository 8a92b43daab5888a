// Overlays drawn inside the board's surface (over the canvas only, not over a side panel).
import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

export function useBoardSurface(): HTMLElement | null {
  const [el, setEl] = useState<HTMLElement | null>(() => document.querySelector<HTMLElement>('.board-surface'))
  useEffect(() => {
    if (el?.isConnected) return
    // the canvas is not drawn yet (or was drawn anew): look for it at the next frames
    let raf = 0
    const look = () => {
      const found = document.querySelector<HTMLElement>('.board-surface')
      if (found) setEl(found)
      else raf = requestAnimationFrame(look)
    }
    raf = requestAnimationFrame(look)
    return () => cancelAnimationFrame(raf)
  }, [el])
  return el
}

/** Its children drawn over the canvas (React events still bubble to the overlay, not the canvas). */
export function OnSurface({ children }: { children: ReactNode }) {
  const el = useBoardSurface()
  return el ? createPortal(children, el) : null
}
