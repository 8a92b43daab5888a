import { describe, expect, it } from 'vitest'
import { checkPhotoFile, coverCrop, dataUrlBytes, MAX_UPLOAD_BYTES, PhotoError, resizePhoto } from './photo'

describe('photo upload checks', () => {
  it('accepts PNG, JPEG and WebP files of a reasonable size', () => {
    expect(checkPhotoFile({ type: 'image/png', size: 1000 })).toBeNull()
    expect(checkPhotoFile({ type: 'image/jpeg', size: MAX_UPLOAD_BYTES })).toBeNull()
    expect(checkPhotoFile({ type: 'image/webp', size: 1 })).toBeNull()
  })

  it('refuses other types, huge files and empty files', () => {
    expect(checkPhotoFile({ type: 'image/svg+xml', size: 1000 })).toBe('type')
    expect(checkPhotoFile({ type: 'application/pdf', size: 1000 })).toBe('type')
    expect(checkPhotoFile({ type: '', size: 1000 })).toBe('type')
    expect(checkPhotoFile({ type: 'image/png', size: MAX_UPLOAD_BYTES + 1 })).toBe('size')
    expect(checkPhotoFile({ type: 'image/png', size: 0 })).toBe('decode')
  })

  it('refuses a file before decoding it', async () => {
    const file = new File(['<svg/>'], 'a.svg', { type: 'image/svg+xml' })
    await expect(resizePhoto(file)).rejects.toBeInstanceOf(PhotoError)
    await expect(resizePhoto(file)).rejects.toMatchObject({ problem: 'type' })
  })
})

describe('cover crop to a square', () => {
  it('takes the centre of a landscape image and scales it to 256', () => {
    expect(coverCrop(4000, 3000)).toEqual({ sx: 500, sy: 0, side: 3000, out: 256 })
  })

  it('keeps more of the top of a portrait (where the face is)', () => {
    expect(coverCrop(3000, 4500)).toEqual({ sx: 0, sy: 500, side: 3000, out: 256 })
  })

  it('leaves a square as it is and never upscales a small image', () => {
    expect(coverCrop(256, 256)).toEqual({ sx: 0, sy: 0, side: 256, out: 256 })
    expect(coverCrop(64, 40)).toEqual({ sx: 12, sy: 0, side: 40, out: 40 })
    expect(coverCrop(1, 1)).toEqual({ sx: 0, sy: 0, side: 1, out: 1 })
  })

  it('honours another maximum side', () => {
    expect(coverCrop(1000, 1000, 128).out).toBe(128)
  })

  it('refuses empty or gigantic images', () => {
    expect(() => coverCrop(0, 100)).toThrow(PhotoError)
    expect(() => coverCrop(NaN, 100)).toThrow(PhotoError)
    expect(() => coverCrop(10_000, 10_000)).toThrow(PhotoError)
  })
})

describe('data URL size', () => {
  it('counts decoded bytes, padding included', () => {
    expect(dataUrlBytes('data:image/png;base64,QQ==')).toBe(1)
    expect(dataUrlBytes('data:image/png;base64,QUI=')).toBe(2)
    expect(dataUrlBytes('data:image/png;base64,QUJD')).toBe(3)
  })
})
