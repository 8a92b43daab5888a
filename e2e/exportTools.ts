// What the export tests need to look at exported files as a reader's tools do: the PDF's text
// (pdftotext) and pages (pdftoppm), an SVG drawn by librsvg (rsvg-convert), PNG pixels decoded
// in the page, and boards written straight into IndexedDB.
import { expect, test, type Download, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export async function saveDownload(download: Download, name: string): Promise<Buffer> {
  const path = test.info().outputPath(name)
  await download.saveAs(path)
  return readFileSync(path)
}

export async function openExport(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: item }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeVisible()
  return dialog
}

export async function exportOne(page: Page, item: string, name: string, setup?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<Buffer> {
  const dialog = await openExport(page, item)
  if (setup) await setup(dialog)
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  return saveDownload(await download, name)
}

export type AnyBoard = { id: string; title: string; kind: string; stages: { id: string; name: string }[]; cards: unknown[] }

export async function seedBoard(page: Page, board: AnyBoard) {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  await page.evaluate(
    (b) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction('boards', 'readwrite')
          const now = Date.now()
          tx.objectStore('boards').put({
            id: b.id,
            board: b,
            rev: 1,
            createdAt: now,
            updatedAt: now,
            title: b.title,
            kind: b.kind,
            stageCount: b.stages.length,
            cardCount: b.cards.length,
          })
          tx.oncomplete = () => (db.close(), resolve(null))
          tx.onerror = () => reject(tx.error)
        }
      }),
    board,
  )
  await page.goto(`/#/board/${board.id}`)
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(board.title)
  await expect(page.locator('.react-flow__node-stage').first()).toBeVisible()
}

/** The text of each page of a PDF, as pdftotext reads it (content order, whitespace folded). */
export function pdfTextPerPage(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'))
  const file = join(dir, 'in.pdf')
  writeFileSync(file, pdf)
  const all = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return all
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' ').trim())
}

/** Each page of a PDF rendered as PNG by pdftoppm (poppler), at `dpi`. */
export function pdfPagesPng(pdf: Buffer, dpi = 40): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdfpng-'))
  const file = join(dir, 'in.pdf')
  writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')])
  return readdirSync(dir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(dir, f)))
}

/** An SVG drawn by librsvg (rsvg-convert), `width` px wide. */
export function rsvgPng(svg: Buffer | string, width: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'rsvg-'))
  const file = join(dir, 'in.svg')
  writeFileSync(file, svg)
  return execFileSync('rsvg-convert', ['-w', String(width), '-b', 'white', file])
}

export interface InkMap {
  width: number
  height: number
  /** Per tile of `tile` px: how many pixels are dark (text, lines). */
  tiles: number[]
  cols: number
  rows: number
  /** Bounding box of the non-white pixels. */
  bbox: { x0: number; y0: number; x1: number; y1: number } | null
}

/** Decodes a PNG in the page and maps its dark ink per tile, and the box of everything not white. */
export async function inkMap(page: Page, png: Buffer, tile = 16, dark = 110, below = 0): Promise<InkMap> {
  return page.evaluate(
    async ({ b64, tile, dark, below }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const c = new OffscreenCanvas(bmp.width, bmp.height)
      const ctx = c.getContext('2d')!
      ctx.drawImage(bmp, 0, 0)
      const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data
      const cols = Math.ceil(bmp.width / tile)
      const rows = Math.ceil(bmp.height / tile)
      const tiles = new Array<number>(cols * rows).fill(0)
      let x0 = Infinity,
        y0 = Infinity,
        x1 = -1,
        y1 = -1
      for (let y = 0; y < bmp.height; y++)
        for (let x = 0; x < bmp.width; x++) {
          const i = (y * bmp.width + x) * 4
          const r = data[i],
            g = data[i + 1],
            b = data[i + 2]
          if (r < dark && g < dark && b < dark) tiles[Math.floor(y / tile) * cols + Math.floor(x / tile)]++
          if (y >= below && (r < 235 || g < 235 || b < 235)) {
            x0 = Math.min(x0, x)
            y0 = Math.min(y0, y)
            x1 = Math.max(x1, x)
            y1 = Math.max(y1, y)
          }
        }
      return { width: bmp.width, height: bmp.height, tiles, cols, rows, bbox: x1 < 0 ? null : { x0, y0, x1, y1 } }
    },
    { b64: png.toString('base64'), tile, dark, below },
  )
}
