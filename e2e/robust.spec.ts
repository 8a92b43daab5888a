// Inputs that must not blank or freeze the app (issue 8), as an attacker or a hurried user
// meets them: drawing that still fails (error boundaries), a 10,000-character word, a file
// nested 10,000 levels deep, titles with bidi overrides and invisible characters, cards that a
// spreadsheet would run as formulas, and a large board imported and opened with progress.
// (Malformed rows in the boards store: e2e/store.spec.ts.)
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { expect, test, type Page } from '@playwright/test'
import { readStoredBoard } from './helpers'
import { seedBoard } from './exportTools'

type Json = Record<string, unknown>

/** A journey map of `count` cards over `stages` stages and 7 lanes, as a board file's text. */
function boardFile({
  id,
  title,
  count = 3,
  stages = 3,
  text = (i: number) => `Card ${i + 1}`,
}: {
  id: string
  title: string
  count?: number
  stages?: number
  text?: (i: number) => string
}): string {
  const roles = ['actions', 'touchpoints', 'channels', 'thoughts', 'pains', 'opportunities', 'moments']
  const lanes = roles.map((role, i) => ({ id: `l${i}`, name: role, role }))
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }))
  const cards = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    stageId: stageList[Math.floor(i / lanes.length) % stages].id,
    laneId: lanes[i % lanes.length].id,
    text: text(i),
    ...(i % 3 === 1 ? { tag: 'irritant' } : {}),
  }))
  return JSON.stringify({ format: 'parcours-board', version: 1, board: { id, title, kind: 'journey', stages: stageList, lanes, cards, links: [] } })
}

const importText = (page: Page, name: string, text: string) =>
  page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })

/** Put records straight into the `boards` store (the app's database exists once the home screen is up). */
async function putRecords(page: Page, records: Json[]) {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  await page.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const tx = req.result.transaction('boards', 'readwrite')
          for (const r of rows) tx.objectStore('boards').put(r)
          tx.oncomplete = () => (req.result.close(), resolve(null))
          tx.onerror = () => reject(tx.error)
        }
      }),
    records,
  )
}

const healthy = (id: string, title: string): Json => {
  const board = {
    id,
    title,
    kind: 'journey',
    stages: [{ id: 's1', name: 'Discover' }],
    lanes: [{ id: 'l1', name: 'Actions', role: 'actions' }],
    cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'Reads the letter' }],
    links: [],
  }
  return { id, board, rev: 1, createdAt: 1, updatedAt: Date.now(), title, kind: 'journey', stageCount: 1, cardCount: 1 }
}

// Damaged rows are repaired on read (e2e/store.spec.ts). The error boundaries are the last
// line when drawing still throws: here the browser is made to fail while drawing one board of
// the list (its date), one board (a card text's measure), or the app itself (outside any screen).
const FAILING_DATE = 1_234_567_890_123
async function failWhileDrawing(page: Page) {
  await page.addInitScript((failingDate) => {
    const toLocaleString = Date.prototype.toLocaleString
    Date.prototype.toLocaleString = function (this: Date, ...args: Parameters<Date['toLocaleString']>) {
      if (this.getTime() === failingDate) throw new RangeError('the date of this board cannot be written')
      return toLocaleString.apply(this, args)
    }
    const measureText = CanvasRenderingContext2D.prototype.measureText
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      if (text.includes('☃')) throw new Error('this card text cannot be measured')
      return measureText.call(this, text)
    }
    const lang = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang')!
    Object.defineProperty(HTMLElement.prototype, 'lang', {
      ...lang,
      set(this: HTMLElement, value: string) {
        if (this === document.documentElement && localStorage.getItem('test:fail-app')) throw new Error('the page language cannot be set')
        lang.set!.call(this, value)
      },
    })
  }, FAILING_DATE)
}

test('a board of the list that fails to draw shows what failed in its place; the others stay listed', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await failWhileDrawing(page)
  await putRecords(page, [
    healthy('b_ok1', 'Renewal journey'),
    { ...healthy('b_fails', 'Claims \u202Ejourney'), updatedAt: FAILING_DATE },
    healthy('b_ok2', 'Complaint blueprint'),
  ])
  await page.reload()
  await expect(page.getByRole('link', { name: 'Renewal journey' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Complaint blueprint' })).toBeVisible()
  await expect(page.locator('.board-list > li')).toHaveCount(3)
  const notice = page.getByTestId('error-card')
  await expect(notice).toHaveCount(1)
  await expect(notice).toContainText('The board “Claims journey” could not be shown.')
  await expect(notice).toContainText('What failed: RangeError: the date of this board cannot be written')
  await page.screenshot({ path: test.info().outputPath('boundary-card.png') })
  // What could be read downloads as a board file that opens again.
  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download what could be read' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('claims-journey.parcours.json')
  const path = test.info().outputPath('rescued.parcours.json')
  await file.saveAs(path)
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
    format: 'parcours-board',
    version: 1,
    board: { id: 'b_fails', cards: [{ text: 'Reads the letter' }] },
  })
  await page.getByRole('link', { name: 'Complaint blueprint' }).click()
  await expect(page.locator('.react-flow__node-card', { hasText: 'Reads the letter' })).toBeVisible()
  expect(errors).toEqual([])
})

test('a board that fails to draw shows what failed, its file and the other boards, in French too', async ({ page }) => {
  await failWhileDrawing(page)
  const snowman = healthy('b_snow', 'Winter journey')
  ;(snowman.board as { cards: { text: string }[] }).cards[0].text = 'Shovels the ☃ away'
  await putRecords(page, [healthy('b_ok1', 'Renewal journey'), snowman])
  await page.goto('/#/board/b_snow')
  await page.reload() // (Dexie's live queries do not see rows written around it)
  const notice = page.getByTestId('error-board')
  await expect(notice).toContainText('The board “Winter journey” could not be shown.')
  await expect(notice).toContainText('What failed: Error: this card text cannot be measured')
  await page.screenshot({ path: test.info().outputPath('boundary-board.png') })
  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download what could be read' }).click()
  const path = test.info().outputPath('winter.parcours.json')
  await (await download).saveAs(path)
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ board: { id: 'b_snow', title: 'Winter journey', cards: [{ text: 'Shovels the ☃ away' }] } })
  // The stored board is untouched.
  expect((await readStoredBoard(page, 'b_snow'))?.board.cards[0].text).toBe('Shovels the ☃ away')
  await notice.getByRole('link', { name: 'Open the other boards' }).click()
  await expect(page.getByRole('link', { name: 'Renewal journey' })).toBeVisible()
  // In French
  await page.evaluate(() => localStorage.setItem('parcours:lang', 'fr'))
  await page.goto('/#/board/b_snow')
  await page.reload()
  await expect(page.getByTestId('error-board')).toContainText('Le tableau « Winter journey » n’a pas pu être affiché.')
  await expect(page.getByTestId('error-board').getByRole('link', { name: 'Ouvrir les autres tableaux' })).toBeVisible()
})

test('a board the browser’s storage fails to read says so and what failed, never that it does not exist', async ({ page }) => {
  await putRecords(page, [healthy('b_read', 'Renewal journey')])
  // The browser's IndexedDB fails to read the boards store (a backing store damaged by a crash, say).
  await page.addInitScript(() => {
    const get = IDBObjectStore.prototype.get
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      if (this.name === 'boards' && localStorage.getItem('test:fail-read')) throw new DOMException('Internal error opening backing store', 'UnknownError')
      return get.call(this, key)
    }
  })
  await page.evaluate(() => localStorage.setItem('test:fail-read', '1'))
  await page.goto('/#/board/b_read')
  await page.reload()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This board could not be read from this browser’s storage.')
  await expect(alert).toContainText('What failed: UnknownError: Internal error opening backing store')
  await expect(page.getByText('This board does not exist in this browser')).toHaveCount(0)
  // Once the storage reads again, "Try again" opens it, with nothing changed.
  await page.evaluate(() => localStorage.removeItem('test:fail-read'))
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.locator('.react-flow__node-card', { hasText: 'Reads the letter' })).toBeVisible()
})

test('when the app itself fails to draw, it says so and offers a backup of every board and the boards', async ({ page }) => {
  await failWhileDrawing(page)
  await putRecords(page, [healthy('b_ok1', 'Renewal journey'), healthy('b_ok2', 'Complaint blueprint')])
  await page.evaluate(() => localStorage.setItem('test:fail-app', '1'))
  await page.reload()
  const notice = page.getByTestId('error-app')
  await expect(notice).toContainText('Parcours met a problem it could not get past.')
  await expect(notice).toContainText('What failed: Error: the page language cannot be set')
  await page.screenshot({ path: test.info().outputPath('boundary-app.png') })
  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download a backup of every board' }).click()
  const path = test.info().outputPath('backup.json')
  await (await download).saveAs(path)
  const backup = JSON.parse(readFileSync(path, 'utf8'))
  expect(backup.format).toBe('parcours-workspace')
  expect(backup.boards.map((b: { board: { title: string } }) => b.board.title).sort()).toEqual(['Complaint blueprint', 'Renewal journey'])
  // Once what failed is gone, the boards are there again.
  await page.evaluate(() => localStorage.removeItem('test:fail-app'))
  await notice.getByRole('link', { name: 'Open the other boards' }).click()
  await expect(page.getByRole('link', { name: 'Renewal journey' })).toBeVisible()
})

test('a card of 10,000 characters with no space opens, and the page answers', async ({ page }) => {
  await page.goto('/')
  const word = 'W'.repeat(10_000)
  await importText(page, 'long-word.parcours.json', boardFile({ id: 'b_long', title: 'Long word', count: 2, text: (i) => (i === 0 ? word : 'A short card') }))
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('Board “Long word” imported.')
  await page.getByRole('link', { name: 'Long word' }).first().click()
  // The card is some 15,000 pixels tall: the board opens seen from far (cards without text).
  const long = page.locator('.react-flow__node[data-id="c0"]')
  await expect(long).toBeVisible()
  await expect(page.locator('.react-flow__node[data-id="c1"]')).toBeVisible()
  // The card is as tall as the browser lays its text out (measured here in a box of the
  // card's text width and font): no line cut off, no empty lines.
  const heights = await page.evaluate((text) => {
    const node = document.querySelector<HTMLElement>('.react-flow__node[data-id="c0"]')!
    const probe = document.createElement('div')
    // (a word this long is drawn without kerning: see canvas/measure.ts)
    probe.style.cssText =
      'position:absolute;visibility:hidden;width:189px;font:15px Inter, "Segoe UI", Roboto, Arial, sans-serif;line-height:20px;white-space:pre-wrap;overflow-wrap:anywhere;font-kerning:none'
    probe.textContent = text
    document.body.append(probe)
    const laidOut = probe.getBoundingClientRect().height
    probe.remove()
    return { card: parseFloat(node.style.height), text: laidOut }
  }, word)
  expect(heights.text).toBeGreaterThan(10_000)
  expect(heights.card - 48).toBeGreaterThanOrEqual(heights.text)
  expect(heights.card - 48).toBeLessThanOrEqual(heights.text + 20)
  // Zoomed in, the text is drawn, and the page still answers.
  for (let i = 0; i < 25 && (await long.locator('.card.is-far').count()); i++) await page.getByRole('button', { name: 'Zoom In' }).click()
  await expect(long.locator('.card-text')).toContainText('WWWWWWWWWW')
  // The page answers: the title can be typed in and is saved.
  const title = page.getByRole('textbox', { name: 'Board title' })
  await title.fill('Long word, renamed')
  await title.press('Enter')
  await expect.poll(async () => (await readStoredBoard(page, 'b_long'))?.board.title).toBe('Long word, renamed')
})

test('a file nested 10,000 levels deep is refused with a message, and nothing is written', async ({ page }) => {
  await page.goto('/')
  const deep = `{"format":"parcours-board","version":1,"board":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
  await importText(page, 'deep.parcours.json', deep)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('deep.parcours.json: lists and objects are nested more than 64 levels deep (line 1, column 111)')
  // A workspace backup nested as deep: refused too.
  await page.getByTestId('restore-input').setInputFiles({
    name: 'deep-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`{"format":"parcours-workspace","version":1,"boards":[${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}]}`),
  })
  await expect(page.getByTestId('backup-outcome')).toContainText('nested more than 64 levels deep')
  await expect(page.getByText('No board yet.', { exact: false })).toBeVisible()
})

test('a title with a right-to-left override and invisible characters is shown as it is written', async ({ page }) => {
  await page.goto('/')
  const title = 'Invoice\u202Efdp.exe\u200B\u2066'
  await importText(page, 'bidi.parcours.json', boardFile({ id: 'b_bidi', title }))
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('Board “Invoicefdp.exe” imported.')
  const shown = page.locator('[data-board-id="b_bidi"] .board-title')
  await expect(shown).toHaveText('Invoicefdp.exe')
  expect(await shown.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/)
  await expect(page.getByRole('link', { name: 'Invoicefdp.exe' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('bidi-title-home.png') })
  await page.getByRole('link', { name: 'Invoicefdp.exe' }).click()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title) // the stored title is kept as it is
  await expect(page).toHaveTitle('Invoicefdp.exe — Parcours')
  // Its files are named as it reads too.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'JSON (board file)' }).click()
  expect((await download).suggestedFilename()).toBe('invoice-fdp-exe.parcours.json')
  // In the title box (what is edited), the hidden characters are pointed out, and removed in one click.
  const warning = page.getByRole('button', {
    name: /^Hidden characters: this title holds characters that reorder or hide its letters .* It reads: “Invoicefdp.exe”/,
  })
  await expect(warning).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('bidi-title-board.png') })
  await warning.click()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Invoicefdp.exe')
  await expect(warning).toBeHidden()
  await expect.poll(async () => (await readStoredBoard(page, 'b_bidi'))?.board.title).toBe('Invoicefdp.exe')
})

test('cards a spreadsheet would run as formulas are exported as text', async ({ page }) => {
  await page.goto('/')
  const texts = ['  =1+1', '\n=HYPERLINK("http://evil.example")', '＝cmd|" /C calc"!A0', '＠SUM(A1)', 'Plain text']
  await importText(page, 'formulas.parcours.json', boardFile({ id: 'b_csv', title: 'Formulas', count: texts.length, text: (i) => texts[i] }))
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toBeVisible()
  await page.getByRole('link', { name: 'Formulas' }).first().click()
  await expect(page.locator('.react-flow__node-card', { hasText: 'Plain text' })).toBeVisible()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'CSV (cards)' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
  const path = test.info().outputPath('formulas.csv')
  await (await download).saveAs(path)
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data
  const cells = rows.slice(1).map((r) => r[5])
  expect(cells.sort()).toEqual(texts.map((t) => (t === 'Plain text' ? t : `'${t}`)).sort())
})

test('a large board is imported and opened with progress, its cards painted from far, and stays usable', async ({ page }) => {
  test.setTimeout(180_000) // 5,000 cards imported, opened and edited: slow on a busy machine
  // What the page painted of the progress (recorded as it happens, from before the app starts).
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __progress: string[] }).__progress = [])
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="import-progress"], [data-testid="open-progress"]')) {
        const what = `${el.getAttribute('data-testid')}: ${el.textContent}${el instanceof HTMLProgressElement ? el.value : ''}`
        if (seen[seen.length - 1] !== what) seen.push(what)
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await page.goto('/')
  const count = 5_000
  await importText(
    page,
    'large.parcours.json',
    boardFile({ id: 'b_large', title: 'Large board', count, stages: 60, text: (i) => `Customer step ${i + 1}: waits for an answer` }),
  )
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('Board “Large board” imported.', { timeout: 60_000 })
  const seen = () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)
  // Each step was painted before the next began: the page answered all along.
  expect((await seen()).filter((s) => s.startsWith('import-progress')).map((s) => s.replace(/\d+(\.\d+)?$/, ''))).toEqual([
    'import-progress: Importing “large.parcours.json”: reading the file…',
    'import-progress: Importing “large.parcours.json”: checking 5,000 cards…',
    'import-progress: Importing “large.parcours.json”: saving 5,000 cards…',
  ])

  await page.getByRole('link', { name: 'Large board' }).first().click()
  const layer = page.getByTestId('cards-layer')
  await expect(layer).toHaveAttribute('data-cards', /^[1-9]\d*$/, { timeout: 60_000 })
  expect((await seen()).some((s) => s.startsWith('open-progress'))).toBe(true)
  // Seen from far, the cards are painted, not mounted one by one.
  expect(await page.locator('.react-flow__node-card').count()).toBeLessThan(50)
  await page.screenshot({ path: test.info().outputPath('large-board-far.png') })

  // A painted card answers a double-click: it opens for editing like any card.
  const spot = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="cards-layer"]')!
    const ctx = canvas.getContext('2d')!
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    const box = canvas.getBoundingClientRect()
    // the middle of a run of the default card colour (#fff8c5), away from the pane's edges
    for (let y = Math.floor(height * 0.3); y < height * 0.7; y += 3)
      for (let x = Math.floor(width * 0.3); x < width * 0.7; x += 1) {
        const at = (y * width + x) * 4
        const same = (dx: number) => data[at + dx * 4] === 255 && data[at + dx * 4 + 1] === 248 && data[at + dx * 4 + 2] === 197
        if ([0, 1, 2, 3].every(same)) return { x: box.left + ((x + 1.5) / width) * box.width, y: box.top + (y / height) * box.height }
      }
    return null
  })
  expect(spot, 'a painted card on screen').not.toBeNull()
  await page.mouse.dblclick(spot!.x, spot!.y)
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue(/^Customer step \d+: waits for an answer$/)
  await editor.fill('Edited from far')
  await editor.press('Escape')
  await expect
    .poll(async () => (await readStoredBoard(page, 'b_large'))?.board.cards.filter((c) => c.text === 'Edited from far').length, { timeout: 30_000 })
    .toBe(1)
})

test('a large board seen from far: a scored, voted card shows its marks (symbols, readable) on the painted layer', async ({ page }) => {
  test.slow() // 1,600 cards opened on a busy machine
  const lanes = ['actions', 'touchpoints', 'channels', 'thoughts', 'pains', 'opportunities', 'moments'].map((role, i) => ({ id: `l${i}`, name: role, role }))
  const stages = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }))
  const cards = Array.from({ length: 1_600 }, (_, i) => ({
    id: `c${i}`,
    stageId: stages[Math.floor(i / lanes.length) % stages.length].id,
    laneId: lanes[i % lanes.length].id,
    text: `Customer step ${i + 1}`,
    ...(i === 801 ? { votes: 3 } : {}),
  }))
  const board = {
    id: 'b_marks',
    title: 'Marks from far',
    kind: 'journey',
    stages,
    lanes,
    cards,
    links: [],
    // the card's NPS misses its target
    measurements: [{ id: 'm1', cardId: 'c801', metric: 'nps', period: '2026-Q3', value: 5, n: 300, target: 30 }],
  }
  await seedBoard(page, board)
  const layer = page.getByTestId('cards-layer')
  await expect(layer).toHaveAttribute('data-cards', /^[1-9]\d*$/, { timeout: 60_000 })
  expect(await page.locator('.react-flow__node-card').count()).toBeLessThan(50) // seen from far: painted, not mounted
  // its two marks: the status "missed" and the votes with their count
  await expect(layer).toHaveAttribute('data-marks', '2')
  const zoom = await page.evaluate(() => {
    const m = /scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)
    return m ? Number(m[1]) : NaN
  })
  expect(zoom).toBeLessThan(0.3) // far: the cards’ own badges would be a few pixels
  // What the layer painted: the missed status's red (#c62828) and the marks' ink (#1b2430), side by side.
  // (a mark's symbol is an image: the layer paints it again once the image is decoded)
  const painted = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="cards-layer"]')!
      const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      const near = (at: number, rgb: number[], tol: number) => rgb.every((v, k) => Math.abs(data[at + k] - v) <= tol) && data[at + 3] > 200
      const sets = { red: [] as number[][], ink: [] as number[][], white: 0 }
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const at = (y * width + x) * 4
          if (near(at, [0xc6, 0x28, 0x28], 16)) sets.red.push([x, y])
          else if (near(at, [0x1b, 0x24, 0x30], 16)) sets.ink.push([x, y])
          else if (near(at, [255, 255, 255], 2)) sets.white++
        }
      const box = (pts: number[][]) =>
        pts.length
          ? [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))]
          : null
      const r = canvas.getBoundingClientRect()
      return {
        red: sets.red.length,
        ink: sets.ink.length,
        white: sets.white,
        redBox: box(sets.red),
        inkBox: box(sets.ink),
        scale: canvas.width / r.width,
        left: r.left,
        top: r.top,
      }
    })
  await expect.poll(async () => (await painted()).red, { message: 'the missed status symbol' }).toBeGreaterThan(20)
  const found = await painted()
  expect(found.ink, 'the vote dot, its count and the chips’ outline').toBeGreaterThan(40)
  expect(found.white, 'the chips').toBeGreaterThan(40)
  // one card's row of marks: the two within a few chips of each other, each about 14 px high on screen
  const [rx0, ry0, rx1, ry1] = found.redBox!
  const [ix0, iy0, ix1, iy1] = found.inkBox!
  expect(Math.max(ix1, rx1) - Math.min(ix0, rx0)).toBeLessThan(120 * found.scale)
  expect(Math.max(iy1, ry1) - Math.min(iy0, ry0)).toBeLessThan(20 * found.scale)
  expect((ry1 - ry0) / found.scale).toBeGreaterThan(6) // the status disc, about 10 px across
  const clip = { x: found.left + ix0 / found.scale - 60, y: found.top + iy0 / found.scale - 40, width: 220, height: 100 }
  await page.screenshot({ path: test.info().outputPath('marks-far.png') })
  await page.screenshot({ path: test.info().outputPath('marks-far-closeup.png'), clip })
})
