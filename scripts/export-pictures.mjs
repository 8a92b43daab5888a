#!/usr/bin/env node
// `node scripts/export-pictures.mjs`: the README's pictures of exports. Builds the app, opens
// the French service blueprint of test/fixtures/frenchBlueprint.mjs (with a persona) in
// headless Chromium with the interface in English, exports it through the Export dialog as a
// readable A4 PDF, as 16:9 slides in one PDF and as SVG, and turns them into PNG files with the
// tools a reader's pipeline has: pdftoppm (poppler-utils) for the pages and slides, rsvg-convert
// (librsvg2-bin) for the SVG. Writes docs/screenshots/export-*.png.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { chromium } from '@playwright/test'
import { frenchBlueprint } from '../test/fixtures/frenchBlueprint.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'docs/screenshots')
const DIST = join(ROOT, 'dist-pictures')
const board = frenchBlueprint('bp-pictures')
const persona = {
  id: 'p_sophie',
  name: 'Sophie Martin',
  role: 'Infirmière de nuit, mère de deux enfants',
  age: 52,
  primary: true,
  quote: 'Je veux savoir où en est mon dossier sans passer mes pauses au téléphone.',
  goals: ['Renouveler trois passeports avant l’été', 'Un seul déplacement au guichet'],
  frustrations: ['Attendre sans nouvelles', 'Des formulaires qui changent chaque année'],
}
board.personaIds = [persona.id]
board.cards.push({ id: 'chatbot', stageId: 's2', laneId: 'fr', text: 'Chatbot' })

await build({ root: ROOT, logLevel: 'error', build: { outDir: DIST, emptyOutDir: true } })
const server = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, build: { outDir: DIST } })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const work = mkdtempSync(join(tmpdir(), 'pictures-'))
try {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true })).newPage()
  await page.goto(base + '/')
  await page.getByRole('button', { name: 'New board' }).waitFor()
  await page.evaluate(
    ({ b, p }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['boards', 'personas'], 'readwrite')
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
          tx.objectStore('personas').put(p)
          tx.oncomplete = () => (db.close(), resolve(null))
          tx.onerror = () => reject(tx.error)
        }
      }),
    { b: board, p: persona },
  )
  await page.goto(`${base}/#/board/${board.id}`)
  await page.locator('.react-flow__node-card').first().waitFor()

  const exportAs = async (item, name, setup) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('menuitem', { name: item }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Export', exact: true }).waitFor()
    if (setup) await setup(dialog)
    const download = page.waitForEvent('download', { timeout: 120_000 })
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const file = join(work, name)
    await (await download).saveAs(file)
    return file
  }
  const pdfToPngs = (pdf, dpi, prefix) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(work, prefix)], { stdio: 'ignore' })
    for (const f of readdirSync(work)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
      .sort()) {
      const n = Number(f.match(/-(\d+)\.png$/)[1])
      renameSync(join(work, f), join(OUT, `${prefix}-${n}.png`))
      console.log(`docs/screenshots/${prefix}-${n}.png`)
    }
  }
  const readable = await exportAs('PDF', 'readable.pdf', async (d) => {
    await d.getByRole('radio', { name: 'A4 landscape' }).check()
    await d.getByRole('radio', { name: /^Readable/ }).check()
  })
  pdfToPngs(readable, 90, 'export-pdf-page')
  const slides = await exportAs('Slides…', 'slides.pdf', async (d) => {
    await d.getByRole('radio', { name: /^Widescreen 16:9/ }).check()
    await d.getByRole('radio', { name: /^One PDF/ }).check()
  })
  pdfToPngs(slides, 60, 'export-slide')
  const svg = await exportAs('SVG image', 'board.svg')
  execFileSync('rsvg-convert', ['-w', '1400', '-b', 'white', svg, '-o', join(OUT, 'export-svg-librsvg.png')])
  console.log('docs/screenshots/export-svg-librsvg.png (the SVG drawn by librsvg)')
} finally {
  await browser.close()
  await new Promise((r) => server.httpServer.close(r))
  rmSync(work, { recursive: true, force: true })
  rmSync(DIST, { recursive: true, force: true })
}
