// An SVG document drawn on a canvas, and the canvas encoded as PNG. A canvas the browser could
// not allocate comes back blank: `isBlank` tells, and the caller tries a lower pixel ratio.

/** Draws SVG markup on a canvas of `size` × `ratio` device pixels, on white. */
export async function svgToCanvas(svg: string, size: { width: number; height: number }, ratio: number): Promise<HTMLCanvasElement> {
  const img = new Image()
  img.decoding = 'sync'
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg)
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.floor(size.width * ratio)
  canvas.height = Math.floor(size.height * ratio)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('the browser could not create the image')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.scale(ratio, ratio)
  ctx.drawImage(img, 0, 0, size.width, size.height)
  return canvas
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

export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('the browser could not encode the image')
  return blob
}
