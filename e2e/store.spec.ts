// Storage as a user meets it: a browser that last ran an older Parcours (measurements in
// their own table), stored records damaged by a bug or a hand, and a board written by a
// newer Parcours. Records are written and read with the raw IndexedDB API, not the app's code.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { readStore } from './helpers'

const FIXTURE = JSON.parse(readFileSync(new URL('../test/fixtures/board-v1.parcours.json', import.meta.url), 'utf8'))
const TITLE = FIXTURE.board.title as string

/** A blank page of the app's origin, where no app code runs (to write a database before it opens). */
async function blankPageOfTheOrigin(page: Page) {
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }))
  await page.goto('/blank.html')
}

/** Writes the database as Parcours wrote it before version 2 of its schema (IndexedDB version 10). */
async function writeVersion1Database(page: Page) {
  await page.evaluate(
    (f) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('parcours', 10)
        req.onupgradeneeded = () => {
          const db = req.result
          db.createObjectStore('boards', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
          db.createObjectStore('personas', { keyPath: 'id' })
          const ms = db.createObjectStore('measurements', { keyPath: 'id' })
          ms.createIndex('boardId', 'boardId')
          ms.createIndex('cardId', 'cardId')
        }
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['boards', 'personas', 'measurements'], 'readwrite')
          const b = f.board
          tx.objectStore('boards').put({
            id: b.id,
            board: b,
            rev: 3,
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
            title: b.title,
            kind: b.kind,
            stageCount: b.stages.length,
            cardCount: b.cards.length,
          })
          for (const p of f.personas) tx.objectStore('personas').put(p)
          for (const m of f.measurements) tx.objectStore('measurements').put({ ...m, boardId: b.id })
          tx.oncomplete = () => (db.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
    FIXTURE,
  )
}

/** Puts rows in the boards store as they are (the database already made by the app). */
async function putRows(page: Page, rows: unknown[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction('boards', 'readwrite')
          for (const r of list) tx.objectStore('boards').put(r)
          tx.oncomplete = () => (db.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
    rows,
  )
}

const storeNames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const out = { version: req.result.version, stores: [...req.result.objectStoreNames].sort() }
          req.result.close()
          resolve(out)
        }
      }),
  )

type Row = { id: string; v?: number; rev: number; updatedAt?: number; board: { id: string; title: string; measurements?: unknown[] } & Record<string, unknown> }

const board = (id: string, title: string) => ({ ...FIXTURE.board, id, title, personaIds: undefined })
const row = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  board: board(id, title),
  v: 2,
  rev: 1,
  createdAt: 1,
  updatedAt: 1_700_000_000_000,
  title,
  kind: 'blueprint',
  stageCount: 4,
  cardCount: 6,
  measurementIds: [],
  ...extra,
})

test('a browser that last ran the previous version opens with each board’s measurements inside it, in its files too', async ({ page }) => {
  await blankPageOfTheOrigin(page)
  await writeVersion1Database(page)
  await page.goto('/')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  expect(await storeNames(page)).toEqual({ version: 20, stores: ['boards', 'personas'] })
  const [stored] = await readStore<Row>(page, 'boards')
  expect(stored).toMatchObject({ id: FIXTURE.board.id, v: 2, rev: 3 })
  expect(stored.board.measurements).toEqual(FIXTURE.measurements)

  // The board file carries them where format v1 has them: beside the board.
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(TITLE)
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  let download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'JSON (board file)' }).click()
  const jsonPath = test.info().outputPath('board.parcours.json')
  await (await download).saveAs(jsonPath)
  const file = JSON.parse(readFileSync(jsonPath, 'utf8'))
  expect(file.measurements).toEqual(FIXTURE.measurements)
  expect(file.board).not.toHaveProperty('measurements')
  expect(file.board.cards).toEqual(FIXTURE.board.cards)

  // ...and the cards CSV lists each card's scores.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'CSV (cards)' }).click()
  download = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
  const csvPath = test.info().outputPath('cards.csv')
  await (await download).saveAs(csvPath)
  const rows = Papa.parse<string[]>(readFileSync(csvPath, 'utf8').slice(1), { skipEmptyLines: true }).data
  const header = rows[0]
  const scores = rows.slice(1).map((r) => [r[header.indexOf('Text')], r[header.length - 1]])
  expect(header.at(-1)).toBe('Measurements')
  expect(scores.find(([text]) => text.startsWith('« Je ne trouve'))![1]).toBe('NPS 2026-09: -8.33 (n=120)')
})

test('damaged records never blank the home list: every healthy board stays listed, and the broken rows are repaired once', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  const undated = row('b_undated', 'Undated board')
  delete (undated as Record<string, unknown>).updatedAt
  await putRows(page, [
    row('b_healthy_1', 'Healthy one'),
    { id: 'b_oops', board: 'oops', rev: 1, title: 'Oops' },
    row('b_object', 'x', { title: { fr: 'objet' }, board: { ...board('b_object', 'x'), title: { fr: 'objet' } } }),
    undated,
    row('b_moved', 'Moved board', { board: board('b_somewhere_else', 'Moved board') }),
    row('b_healthy_2', 'Healthy two'),
  ])
  await page.reload()
  for (const name of ['Healthy one', 'Healthy two', 'Oops', 'Untitled board', 'Undated board', 'Moved board'])
    await expect(page.getByRole('link', { name })).toBeVisible()
  await expect(page.locator('.board-item')).toHaveCount(6)

  // Written back repaired: dates, the board's own id (so an edit never writes a second row).
  await expect.poll(async () => (await readStore<Row>(page, 'boards')).find((r) => r.id === 'b_moved')?.board.id).toBe('b_moved')
  await expect.poll(async () => typeof (await readStore<Row>(page, 'boards')).find((r) => r.id === 'b_undated')?.updatedAt).toBe('number')
  await page.getByRole('link', { name: 'Moved board' }).click()
  const title = page.getByRole('textbox', { name: 'Board title' })
  await title.fill('Moved board, renamed')
  await title.press('Enter')
  await expect(page.getByTestId('save-status')).toContainText('Saved')
  await page.getByRole('button', { name: /Back to boards/ }).click()
  await expect(page.getByRole('link', { name: 'Moved board, renamed' })).toBeVisible()
  await expect(page.locator('.board-item')).toHaveCount(6)
  expect((await readStore<Row>(page, 'boards')).map((r) => r.id).sort()).toEqual(['b_healthy_1', 'b_healthy_2', 'b_moved', 'b_object', 'b_oops', 'b_undated'])
})

test('a board saved by a newer version of Parcours opens read-only: listed, shown, downloadable, never rewritten', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  const future = row('b_future', 'From the future', {
    v: 99,
    rev: 7,
    board: { ...board('b_future', 'From the future'), reactions: [{ cardId: 'c1', emoji: '👍' }] },
  })
  await putRows(page, [future])
  await page.reload()
  const item = page.locator('.board-item[data-board-id="b_future"]')
  await expect(item).toContainText('Newer version — read-only')
  await expect(item.getByRole('button', { name: 'Rename: From the future' })).toBeDisabled()
  await expect(item.getByRole('button', { name: 'Duplicate: From the future' })).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('home-newer.png') })

  await item.getByRole('link', { name: 'From the future' }).click()
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Parcours')
  await expect(page.locator('.react-flow__node-card')).toHaveCount(6)
  await expect(page.getByTestId('save-status')).toHaveText('⊘ Read-only')
  await page.screenshot({ path: test.info().outputPath('board-newer.png') })
  // An edit is not taken: names are read-only, a card's text stays as it was.
  await expect(page.getByRole('textbox', { name: 'Board title' })).not.toBeEditable()
  await page.locator('.react-flow__node-card').first().dblclick()
  await page.keyboard.type('typed in the older app')
  await page.keyboard.press('Escape')
  await expect(page.locator('.react-flow__node-card', { hasText: 'typed in the older app' })).toHaveCount(0)
  // ...the board can be taken away as a file...
  const download = page.waitForEvent('download')
  await page.getByRole('alert').getByRole('button', { name: 'Download the board as a file' }).click()
  const path = test.info().outputPath('future.parcours.json')
  await (await download).saveAs(path)
  expect(JSON.parse(readFileSync(path, 'utf8')).board.title).toBe('From the future')
  // ...and the stored record is exactly as the newer app left it, after a reload too.
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Parcours')
  expect((await readStore<Row>(page, 'boards'))[0]).toEqual(future)
})
