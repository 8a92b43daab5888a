// The drawn viewport becomes an SVG document (./serialize: its HTML in a foreignObject, the
// app's style sheets, fonts embedded by html-to-image's font embedder — pinned to 1.11.11),
// then a canvas. A canvas the browser could not allocate comes back blank: it is detected
// and the capture retried at a lower pixel ratio.
import { getFontEmbedCSS } from 'html-to-image'
import { fitPixelRatio, lowerRatio } from './pixelRatio'
import { sceneSvg, svgToCanvas } from './serialize'

/** Editing affordances that have no place in an image (also hidden by CSS). */
export const LEFT_OUT = '.grip, .menu, .react-flow__handle, .react-flow__edge-interaction, .react-flow__edgeupdater'

let fontCss: { key: number; css: Promise<string> } | null = null
/** The page's web fonts as embeddable CSS, fetched once (every slide of an export reuses it). */
export function fontEmbedCss(node: HTMLElement): Promise<string> {
  const key = document.styleSheets.length
  if (!fontCss || fontCss.key !== key) {
    fontCss = { key, css: getFontEmbedCSS(node).catch(() => '') }
  }
  return fontCss.css
}

/** True when the canvas shows nothing but white or transparency (drawn on a small probe). */
export function isBlank(canvas: HTMLCanvasElement): boolean {
  if (!canvas.width || !canvas.height) return true
  const probe = document.createElement('canvas')
  probe.width = 48
  probe.height = 48
  const ctx = probe.getContext('2d', { willReadFrequently: true })
  if (!ctx) return true
  ctx.drawImage(canvas, 0, 0, 48, 48)
  const px = ctx.getImageData(0, 0, 48, 48).data
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] > 0 && (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245)) return false
  }
  return true
}

export interface CanvasCapture {
  canvas: HTMLCanvasElement
  ratio: number
  /** The ratio is lower than the one asked for (the image would have been too large). */
  lowered: boolean
}

export async function captureCanvas(viewport: HTMLElement, size: { width: number; height: number }, requested: number): Promise<CanvasCapture> {
  const fontEmbedCSS = await fontEmbedCss(viewport)
  let ratio: number | null = fitPixelRatio(size.width, size.height, requested).ratio
  let svg: string | undefined
  while (ratio !== null) {
    let canvas: HTMLCanvasElement | null = null
    try {
      svg ??= sceneSvg(viewport, size, { fontCss: fontEmbedCSS, leftOut: LEFT_OUT })
      canvas = await svgToCanvas(svg, size, ratio)
    } catch (e) {
      console.warn('export: capture failed at', ratio, e)
    }
    if (canvas && !isBlank(canvas)) return { canvas, ratio, lowered: ratio < requested }
    if (canvas) canvas.width = canvas.height = 0
    ratio = lowerRatio(ratio)
  }
  throw new Error('the browser could not draw the image')
}

export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('the browser could not encode the image')
  return blob
}

/** An SVG file whose text stays text (HTML in a foreignObject), fonts embedded. */
export async function captureSvg(viewport: HTMLElement, size: { width: number; height: number }): Promise<string> {
  const fontEmbedCSS = await fontEmbedCss(viewport)
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + sceneSvg(viewport, size, { fontCss: fontEmbedCSS, leftOut: LEFT_OUT })
}
