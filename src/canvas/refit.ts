// A board shown whole stays whole when the window changes size — until the user pans or
// zooms: then the view is theirs, and a resize leaves it where it is.
import { useCallback, useEffect, useRef } from 'react'
import type { Viewport } from '@xyflow/react'

/** Two viewports the user cannot tell apart. */
export const sameViewport = (a: Viewport, b: Viewport) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4

/**
 * `fit` computes the fitting viewport for the pane as it is now; `getViewport` and `setViewport`
 * are React Flow's. Returns `fitted(v)` to call with every viewport that came from a fit, and
 * the handlers that note the Fit View button's result.
 */
export function useRefitOnResize(fit: () => Viewport | null, getViewport: () => Viewport, setViewport: (v: Viewport) => void) {
  const lastFit = useRef<Viewport | null>(null)
  const fitting = useRef(false)
  const latest = useRef({ fit, getViewport, setViewport })
  latest.current = { fit, getViewport, setViewport }

  useEffect(() => {
    let frame = 0
    const onResize = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const { fit, getViewport, setViewport } = latest.current
        const was = lastFit.current
        if (!was || !sameViewport(getViewport(), was)) return // the user moved since the fit
        const v = fit()
        if (!v) return
        lastFit.current = v
        setViewport(v)
      })
    }
    window.addEventListener('resize', onResize)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('resize', onResize)
    }
  }, [])

  return {
    fitted: useCallback((v: Viewport) => void (lastFit.current = v), []),
    /** The Fit View button was pressed: its viewport is known when the move ends. */
    onFitView: useCallback(() => void (fitting.current = true), []),
    onMoveEnd: useCallback((_e: unknown, v: Viewport) => {
      if (!fitting.current) return
      fitting.current = false
      lastFit.current = v
    }, []),
  }
}
