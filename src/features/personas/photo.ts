// A persona's photo: the uploaded image is checked, cover-cropped to a square, scaled down
// and stored in the persona record as a small JPEG data URL (it travels in board files too).

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',')
/** Larger uploads are refused before decoding (a phone photo is 2–8 MB). */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
/** Larger images are refused before drawing (decoding them could exhaust memory). */
export const MAX_PIXELS = 50_000_000
export const PHOTO_SIDE = 256
/** The stored data URL stays well under this. */
export const MAX_PHOTO_BYTES = 200 * 1024

export type PhotoProblem = 'type' | 'size' | 'decode' | 'dimensions'

export class PhotoError extends Error {
  readonly problem: PhotoProblem
  constructor(problem: PhotoProblem) {
    super(`photo refused: ${problem}`)
    this.problem = problem
  }
}

/** Why a chosen file cannot be a photo, or null when it may be one. */
export function checkPhotoFile(file: { type: string; size: number }): PhotoProblem | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type'
  if (file.size > MAX_UPLOAD_BYTES) return 'size'
  if (file.size === 0) return 'decode'
  return null
}

export interface CropPlan {
  /** The square taken from the source image. */
  sx: number
  sy: number
  side: number
  /** The side of the stored photo (never larger than the source: no upscaling). */
  out: number
}

/**
 * Cover-crop to a centred square, scaled to at most `max` pixels a side. A portrait keeps
 * more of its top than its bottom, where faces usually are.
 */
export function coverCrop(width: number, height: number, max: number = PHOTO_SIDE): CropPlan {
  if (!(width > 0 && height > 0)) throw new PhotoError('dimensions')
  if (width * height > MAX_PIXELS) throw new PhotoError('dimensions')
  const side = Math.min(width, height)
  const sx = Math.floor((width - side) / 2)
  const sy = Math.floor((height - side) / 3)
  return { sx, sy, side, out: Math.max(1, Math.min(Math.round(max), side)) }
}

/** Bytes a base64 data URL decodes to. */
export function dataUrlBytes(url: string): number {
  const b64 = url.slice(url.indexOf(',') + 1)
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0
  return Math.floor((b64.length * 3) / 4) - pad
}

/** JPEG qualities tried in turn until the photo is small enough. */
export const QUALITIES = [0.86, 0.75, 0.6, 0.45] as const

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bmp = await createImageBitmap(file)
      return { source: bmp, width: bmp.width, height: bmp.height, close: () => bmp.close() }
    } catch {
      throw new PhotoError('decode')
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) }
  } catch {
    URL.revokeObjectURL(url)
    throw new PhotoError('decode')
  }
}

/** The uploaded file as a square JPEG data URL of at most 256×256; throws a PhotoError. */
export async function resizePhoto(file: File, max: number = PHOTO_SIDE): Promise<string> {
  const problem = checkPhotoFile(file)
  if (problem) throw new PhotoError(problem)
  const img = await decode(file)
  try {
    const plan = coverCrop(img.width, img.height, max)
    const canvas = document.createElement('canvas')
    canvas.width = plan.out
    canvas.height = plan.out
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new PhotoError('decode')
    // JPEG has no transparency: a transparent PNG sits on white, not black.
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, plan.out, plan.out)
    ctx.imageSmoothingEnabled = true
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(img.source, plan.sx, plan.sy, plan.side, plan.side, 0, 0, plan.out, plan.out)
    let url = ''
    for (const q of QUALITIES) {
      url = canvas.toDataURL('image/jpeg', q)
      if (dataUrlBytes(url) <= MAX_PHOTO_BYTES / 2) break
    }
    if (!/^data:image\/(jpeg|png|webp);base64,/.test(url) || dataUrlBytes(url) > MAX_PHOTO_BYTES) throw new PhotoError('size')
    return url
  } finally {
    img.close()
  }
}
