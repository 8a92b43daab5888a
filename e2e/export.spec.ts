// Exports as the report reader gets them: the whole board whatever the zoom, arrows and
// last stages included, text kept in SVG, PDF pages as planned, slides as separate files.
// Exported files are kept in each test's output folder (test-results/…) to be looked at.
import { expect, test, type Download, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { addCardAt, card, createBoard, expectSaved } from './helpers'
import { pdfTextPerPage } from './exportTools'

// Scene geometry (src/features/export/scene.ts and domain/layout.ts): margins 32, lane headers 200, stages 248.
const PAD = 32
const LANE_HEADER = 200
const STAGE = 248
const sceneWidth = (stages: number) => 2 * PAD + LANE_HEADER + stages * STAGE

const EDGE = [0x37, 0x47, 0x4f] // arrows
const STICKY = [0xff, 0xf8, 0xc5] // default card colour

async function saveDownload(download: Download, name: string): Promise<Buffer> {
  // each run of a test keeps its files in its own output folder (test-results/<test>/), to look at
  const path = test.info().outputPath(name)
  await download.saveAs(path)
  return readFileSync(path)
}

interface Probe {
  rgb: number[]
  tol: number
  rect?: [number, number, number, number] // x0, y0, x1, y1
}

/** Decodes a PNG in the page and counts pixels of a colour (in a rectangle). */
async function pngStats(page: Page, png: Buffer, probes: Probe[]): Promise<{ width: number; height: number; counts: number[]; nonWhite: number }> {
  return page.evaluate(
    async ({ b64, probes }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const c = new OffscreenCanvas(bmp.width, bmp.height)
      const ctx = c.getContext('2d')!
      ctx.drawImage(bmp, 0, 0)
      const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data
      const counts = probes.map(({ rgb, tol, rect }) => {
        const [x0, y0, x1, y1] = rect ?? [0, 0, bmp.width, bmp.height]
        let n = 0
        for (let y = Math.max(0, y0); y < Math.min(bmp.height, y1); y++)
          for (let x = Math.max(0, x0); x < Math.min(bmp.width, x1); x++) {
            const i = (y * bmp.width + x) * 4
            if (Math.abs(data[i] - rgb[0]) <= tol && Math.abs(data[i + 1] - rgb[1]) <= tol && Math.abs(data[i + 2] - rgb[2]) <= tol) n++
          }
        return n
      })
      let nonWhite = 0
      for (let i = 0; i < data.length; i += 4 * 97) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) nonWhite++
      return { width: bmp.width, height: bmp.height, counts, nonWhite }
    },
    { b64: png.toString('base64'), probes },
  )
}

async function openExport(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: item }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

async function exportOne(page: Page, item: string, name: string, setup?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<Buffer> {
  const dialog = await openExport(page, item)
  if (setup) await setup(dialog)
  const download = page.waitForEvent('download', { timeout: 0 })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  return saveDownload(await download, name)
}

// ---- boards written straight into IndexedDB (faster than drawing 150 cards) ----------

type AnyBoard = { id: string; title: string; kind: string; stages: { id: string; name: string }[]; cards: unknown[] }

async function seedBoard(page: Page, board: AnyBoard) {
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

const STAGE_NAMES = [
  'Hears about it',
  'Compares offers',
  'Books online',
  'Gets a reminder',
  'Arrives',
  'Waits',
  'Is served',
  'Pays',
  'Leaves',
  'Gets the result',
  'Gives feedback',
  'Renews',
]
const TEXTS = [
  'Fills in the form online',
  'Calls the hotline to check the status',
  'Reads the confirmation e-mail',
  'Cannot find the opening hours',
  'Waits 40 minutes in line',
  'Agent checks the file',
  'Prints the receipt',
  'Sends a survey by SMS',
  'Asks a neighbour for advice',
  'Pays by card at the counter',
  'Receives a reminder the day before',
  'Searches the website for the documents to bring',
]

/** A board of `stages` stages over the given lanes, `count` cards spread over the card lanes, some arrows. */
function generatedBoard(opts: {
  id: string
  title: string
  kind: 'journey' | 'blueprint'
  stages: number
  lanes: [string, string][]
  count: number
  links?: number
}) {
  const stages = Array.from({ length: opts.stages }, (_, i) => ({
    id: `s${i + 1}`,
    name: STAGE_NAMES[i % STAGE_NAMES.length] + (i >= STAGE_NAMES.length ? ` ${i + 1}` : ''),
    ...(i === 4 ? { moment: 'negative' } : {}),
  }))
  const lanes = opts.lanes.map(([role, name], i) => ({ id: `l${i + 1}`, name, role }))
  const cardLanes = lanes.filter((l) => !l.role.startsWith('line-') && l.role !== 'emotions')
  const tags = [undefined, 'irritant', undefined, 'idea', 'wow', undefined, 'question', 'must', 'touchpoint']
  const cards = Array.from({ length: opts.count }, (_, i) => {
    const lane = cardLanes[i % cardLanes.length]
    const stage = stages[Math.floor(i / cardLanes.length) % stages.length]
    return {
      id: `c${i + 1}`,
      stageId: stage.id,
      laneId: lane.id,
      text: `${TEXTS[i % TEXTS.length]} (${i + 1})`,
      ...(tags[i % tags.length] ? { tag: tags[i % tags.length] } : {}),
      ...(i % 11 === 3 ? { failPoint: true } : {}),
      ...(i % 13 === 5 ? { waitPoint: true, durationMinutes: 40 } : {}),
      ...(i % 7 === 2 ? { evidence: 'assumption' } : i % 7 === 4 ? { evidence: 'fact' } : {}),
      ...(i % 9 === 1 ? { votes: 3 } : {}),
      ...(i % 17 === 6 ? { moment: 'positive' } : {}),
    }
  })
  const links = Array.from({ length: Math.min(opts.links ?? 0, cards.length - cardLanes.length) }, (_, i) => {
    const from = cards[(i * 3) % cards.length]
    const to = cards.find((c) => c.stageId === from.stageId && c.laneId !== from.laneId && c.id !== from.id) ?? cards[(i * 3 + 1) % cards.length]
    return { id: `k${i + 1}`, from: from.id, to: to.id }
  }).filter((l, i, all) => l.from !== l.to && all.findIndex((x) => x.from === l.from && x.to === l.to) === i)
  const emotions = lanes.some((l) => l.role === 'emotions')
    ? stages.map((s, i) => ({ stageId: s.id, value: [1, 2, 0, -1, -3, -2, 1, 2, 0, 3, 1, 2][i % 12] }))
    : undefined
  return {
    id: opts.id,
    title: opts.title,
    kind: opts.kind,
    stages,
    lanes,
    cards,
    links,
    phases: [
      { id: 'p1', name: 'Before', stageIds: stages.slice(0, Math.ceil(opts.stages / 3)).map((s) => s.id) },
      { id: 'p2', name: 'During', stageIds: stages.slice(Math.ceil(opts.stages / 3), Math.ceil((2 * opts.stages) / 3)).map((s) => s.id) },
      { id: 'p3', name: 'After', stageIds: stages.slice(Math.ceil((2 * opts.stages) / 3)).map((s) => s.id) },
    ],
    ...(emotions ? { emotions } : {}),
  }
}

const JOURNEY_LANES: [string, string][] = [
  ['actions', 'Customer actions'],
  ['touchpoints', 'Touchpoints'],
  ['channels', 'Channels'],
  ['thoughts', 'Thoughts'],
  ['emotions', 'Emotion curve'],
  ['pains', 'Pain points'],
  ['opportunities', 'Opportunities'],
  ['moments', 'Moments of truth'],
]
const BLUEPRINT_LANES: [string, string][] = [
  ['evidence', 'Physical evidence'],
  ['customer', 'Customer actions'],
  ['line-interaction', 'Line of interaction'],
  ['frontstage', 'Frontstage'],
  ['line-visibility', 'Line of visibility'],
  ['backstage', 'Backstage'],
  ['line-internal', 'Line of internal interaction'],
  ['support', 'Support processes'],
]

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length

// ---------------------------------------------------------------------------------------

test('PNG and SVG: the whole board whatever the zoom, last stage and arrows included', async ({ page }) => {
  test.slow() // exports are heavy work: three times the suite's timeout
  await createBoard(page, 'Export check')
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Add stage' }).click()
  const stageNames = await page.getByRole('textbox', { name: 'Stage name' }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  const laneNames = await page.getByRole('textbox', { name: 'Lane name' }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  const n = stageNames.length
  expect(n).toBeGreaterThanOrEqual(6)
  const first = stageNames[0]
  const last = stageNames[n - 1]
  const texts = ['Opens the letter', 'Receives the passport', 'Calls the hotline']
  await addCardAt(page, first, laneNames[0], texts[0])
  await addCardAt(page, last, laneNames[0], texts[1])
  await addCardAt(page, last, laneNames[1], texts[2])
  await card(page, texts[0]).click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `${last} · ${texts[1]}` })
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expectSaved(page)

  // zoom into the top-left corner: the last stage is off screen
  const surface = (await page.locator('.board-surface').boundingBox())!
  await page.mouse.move(surface.x + 60, surface.y + 60)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400)
  await expect(card(page, texts[1])).not.toBeInViewport()

  let png: Buffer
  await test.step('the export dialog is a labelled, focused dialog that Escape closes', async () => {
    const dialog = await openExport(page, 'PNG image')
    await expect(dialog).toHaveAccessibleName('Export as a PNG image')
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused()
  })

  await test.step('PNG at 1×: the board’s bounds, not the viewport', async () => {
    png = await exportOne(page, 'PNG image', 'whole-board-1x.png', (d) => d.getByRole('radio', { name: /^1×/ }).check())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const lastColumn: [number, number, number, number] = [PAD + LANE_HEADER + (n - 1) * STAGE, 0, PAD + LANE_HEADER + n * STAGE, 100_000]
    const s = await pngStats(page, png, [
      { rgb: EDGE, tol: 10 },
      { rgb: STICKY, tol: 4, rect: lastColumn },
    ])
    expect(s.width).toBe(sceneWidth(n))
    expect(s.height).toBeGreaterThan(800)
    // the last stage's cards are there (two yellow stickies ≈ 2 × 216 × 70 px)
    expect(s.counts[1]).toBeGreaterThan(15_000)
    const withArrow = s.counts[0]

    // the same board without its arrow: the difference is the arrow's pixels
    await page.locator('.board-surface').focus()
    await page.keyboard.press('Control+z')
    await expect(page.locator('.react-flow__edge')).toHaveCount(0)
    const bare = await exportOne(page, 'PNG image', 'whole-board-1x-no-arrow.png', (d) => d.getByRole('radio', { name: /^1×/ }).check())
    const b = await pngStats(page, bare, [{ rgb: EDGE, tol: 10 }])
    expect(withArrow - b.counts[0]).toBeGreaterThan(400)
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  })

  await test.step('PNG at 2× (the default): twice the size', async () => {
    const png2 = await exportOne(page, 'PNG image', 'whole-board-2x.png')
    const s = await pngStats(page, png2, [])
    expect(s.width).toBe(2 * sceneWidth(n))
  })

  await test.step('SVG: every card’s text is text, drawn natively (no foreignObject)', async () => {
    const svg = (await exportOne(page, 'SVG image', 'whole-board.svg')).toString('utf8')
    expect(svg).toContain('<svg')
    expect(svg).not.toContain('foreignObject')
    for (const t of [...texts, 'Export check', last]) expect(svg).toContain(t)
    expect(svg).toMatch(/stroke="#37474f" stroke-width="2.4"/) // the arrow
  })
})

test('PDF: as many pages as planned, the title and page number on each', async ({ page }) => {
  test.slow() // exports are heavy work: three times the suite's timeout
  const board = generatedBoard({
    id: 'pdf-board',
    title: 'Passport renewal — été 2025',
    kind: 'journey',
    stages: 12,
    lanes: JOURNEY_LANES,
    count: 60,
    links: 8,
  })
  await seedBoard(page, board)
  const dialog = await openExport(page, 'PDF')
  await dialog.getByRole('radio', { name: 'A4 landscape' }).check()
  await dialog.getByRole('radio', { name: /^Readable/ }).check()
  const planned = Number((await dialog.locator('.export-info').innerText()).match(/(\d+) pages?/)![1])
  expect(planned).toBeGreaterThanOrEqual(3) // 12 stages do not fit across one A4 page legibly
  // a vector PDF of many pages takes a while on a busy machine: wait for the file, not for a time
  const download = page.waitForEvent('download', { timeout: 0 })
  const started = Date.now()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const pdf = await saveDownload(await download, 'board-a4.pdf')
  console.log(`readable PDF of 12 stages × 8 lanes, 60 cards: ${planned} pages in ${Date.now() - started} ms`)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pageCount(pdf)).toBe(planned)
  const texts = pdfTextPerPage(pdf)
  expect(texts).toHaveLength(planned)
  texts.forEach((t, i) => {
    expect(t).toContain('Passport renewal — été 2025')
    expect(t).toContain(`Page ${i + 1} / ${planned}`)
  })

  // the whole board on one A3 page
  const one = await exportOne(page, 'PDF', 'board-a3-fit.pdf', async (d) => {
    await d.getByRole('radio', { name: 'A3 landscape' }).check()
    await d.getByRole('radio', { name: 'The whole board on one page' }).check()
    await expect(d.locator('.export-info')).toContainText('1 page')
  })
  expect(pageCount(one)).toBe(1)
})

test('slides: a title slide and 2 slides of 4 stages as PNG files, lane headers on each; one PDF', async ({ page }) => {
  test.slow() // exports are heavy work: three times the suite's timeout
  const board = generatedBoard({ id: 'slides-board', title: 'Slides board', kind: 'journey', stages: 8, lanes: JOURNEY_LANES, count: 40, links: 4 })
  await seedBoard(page, board)
  const dialog = await openExport(page, 'Slides…')
  await dialog.getByRole('combobox', { name: 'Stages per slide' }).selectOption('4')
  await expect(dialog.locator('.export-info')).toContainText('3 slides: stages 1–4, 5–8')
  await dialog.getByRole('radio', { name: /^PNG images/ }).check()
  await dialog.getByRole('radio', { name: /^1×/ }).check()
  const files: Download[] = []
  page.on('download', (d) => files.push(d))
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect.poll(() => files.length, { timeout: 120_000 }).toBe(3)
  await expect(dialog).toBeHidden()
  expect(files.map((f) => f.suggestedFilename())).toEqual(['slides-board-01-title.png', 'slides-board-02-stages-1-4.png', 'slides-board-03-stages-5-8.png'])
  for (const [i, f] of files.entries()) {
    const png = await saveDownload(f, `slide-${i + 1}.png`)
    const s = await pngStats(page, png, [{ rgb: [0xee, 0xf1, 0xf4], tol: 2 }])
    // a 16:9 slide, 1920 px wide at 1×
    expect([s.width, s.height]).toEqual([1920, 1080])
    // lane headers (grey column) on every slide of stages
    if (i > 0) expect(s.counts[0]).toBeGreaterThan(20_000)
  }
  // the same deck as one PDF: a page per slide
  const pdf = await exportOne(page, 'Slides…', 'slides.pdf', async (d) => {
    await d.getByRole('combobox', { name: 'Stages per slide' }).selectOption('4')
    await d.getByRole('radio', { name: /^One PDF/ }).check()
  })
  expect(pageCount(pdf)).toBe(3)
  const texts = pdfTextPerPage(pdf)
  expect(texts[1]).toContain('Customer actions')
  expect(texts[2]).toContain(board.stages[7].name)
})

test('a board too large for the browser at 3× is exported at a lower ratio, with a message, not blank', async ({ page }) => {
  test.slow() // exports are heavy work: three times the suite's timeout
  const board = generatedBoard({ id: 'wide-board', title: 'Very wide board', kind: 'journey', stages: 45, lanes: [['actions', 'Customer actions']], count: 45 })
  await seedBoard(page, board)
  const dialog = await openExport(page, 'PNG image')
  await dialog.getByRole('radio', { name: /^3×/ }).check()
  await expect(dialog.locator('.export-info')).toContainText('it will be exported at 2.')
  const download = page.waitForEvent('download', { timeout: 0 })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const png = await saveDownload(await download, 'too-wide.png')
  await expect(dialog.getByRole('alert')).toContainText('too large for the browser to draw at 3×')
  const s = await pngStats(page, png, [])
  expect(s.width).toBeLessThanOrEqual(32_767)
  expect(s.width).toBeGreaterThan(2 * sceneWidth(45))
  expect(s.nonWhite).toBeGreaterThan(1000)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('blueprint with tags and flags: PNG with its legend, and the export time of a 150-card board', async ({ page }) => {
  test.slow() // exports are heavy work: three times the suite's timeout
  const blueprint = generatedBoard({
    id: 'bp-board',
    title: 'Service blueprint — passport office',
    kind: 'blueprint',
    stages: 6,
    lanes: BLUEPRINT_LANES,
    count: 40,
    links: 10,
  })
  await seedBoard(page, blueprint)
  const png = await exportOne(page, 'PNG image', 'blueprint-2x.png')
  const s = await pngStats(page, png, [{ rgb: EDGE, tol: 10 }])
  expect(s.width).toBe(2 * sceneWidth(6))
  expect(s.counts[0]).toBeGreaterThan(2000)

  // the benchmark board: 12 stages × 8 lanes, 150 cards, at 2×
  const big = generatedBoard({ id: 'bench-board', title: 'Benchmark board', kind: 'journey', stages: 12, lanes: JOURNEY_LANES, count: 150, links: 20 })
  await seedBoard(page, big)
  const runs: { width: number; height: number; bytes: number; ms: number }[] = []
  for (let i = 0; i < 2; i++) runs.push(await page.evaluate(() => window.__parcoursExport!.png({ pixelRatio: 2 })))
  console.log(
    `export of a 12-stage × 8-lane, 150-card board at 2×: ${runs.map((r) => `${r.ms} ms`).join(', ')} (${runs[0].width} × ${runs[0].height} px, ${Math.round(runs[0].bytes / 1024)} KiB)`,
  )
  expect(runs[0].width).toBe(2 * sceneWidth(12))
  expect(runs[0].bytes).toBeGreaterThan(100_000)
})
