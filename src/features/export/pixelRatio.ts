// How many device pixels per board pixel an image export can have. Browsers refuse canvases
// past a size (Chromium: 32,767 px a side, 268,435,456 px in all) and then draw nothing, so
// the ratio is lowered to what fits, and the user is told, rather than given a blank image.

export interface CanvasLimits {
  maxSide: number
  maxArea: number
}

export const CHROMIUM_CANVAS: CanvasLimits = { maxSide: 32_767, maxArea: 268_435_456 }
/** A little under the limits: a canvas right at them fails on some machines. */
export const SAFE_CANVAS: CanvasLimits = { maxSide: 32_000, maxArea: 250_000_000 }

export const PIXEL_RATIOS = [1, 2, 3] as const
const MIN_RATIO = 0.1

export interface RatioChoice {
  ratio: number
  /** True when `ratio` is below what was asked for. */
  lowered: boolean
  /** The canvas size at `ratio` (whole pixels). */
  width: number
  height: number
}

/** The largest ratio ≤ `requested` at which a `width` × `height` image fits the limits (two decimals). */
export function fitPixelRatio(width: number, height: number, requested: number, limits: CanvasLimits = SAFE_CANVAS): RatioChoice {
  const w = Math.max(1, width)
  const h = Math.max(1, height)
  const bySide = limits.maxSide / Math.max(w, h)
  const byArea = Math.sqrt(limits.maxArea / (w * h))
  const max = Math.min(bySide, byArea)
  let ratio = requested
  if (requested > max) ratio = Math.max(MIN_RATIO, Math.floor(max * 100) / 100)
  const size = (r: number) => ({ width: Math.floor(w * r), height: Math.floor(h * r) })
  return { ratio, lowered: ratio < requested, ...size(ratio) }
}

/** A lower ratio to try again with after a blank or failed canvas; null below the minimum. */
export function lowerRatio(ratio: number): number | null {
  const next = Math.floor(ratio * 70 + 1e-6) / 100
  return next >= MIN_RATIO ? next : null
}
