import { mkdirSync, readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, createBoard, expectSaved, readStore, readStoredBoard } from './helpers'

// ---- a real PNG, made here (no fixture file) -----------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
/** A width×height RGB PNG: left half red, right half blue. */
function makePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const red = x < width / 2
      row[1 + x * 3] = red ? 220 : 30
      row[2 + x * 3] = red ? 40 : 90
      row[3 + x * 3] = red ? 40 : 200
    }
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Screenshots and exported files to look at.
const OUT = process.env.E2E_RESULTS ?? 'test-results'
mkdirSync(OUT, { recursive: true })

type StoredPersona = {
  id: string
  name: string
  role?: string
  age?: number
  quote?: string
  goals?: string[]
  frustrations?: string[]
  behaviours?: string[]
  digital?: string
  summary?: string
  primary?: boolean
  photo?: string
}

const readStoredPersonas = (page: Page) => readStore<StoredPersona>(page, 'personas')

/** The natural size of a data-URL image, decoded by the browser. */
const imageSize = (page: Page, src: string) =>
  page.evaluate(
    (s) =>
      new Promise<{ w: number; h: number }>((resolve, reject) => {
        const img = new Image()
        img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight })
        img.onerror = () => reject(new Error('not an image'))
        img.src = s
      }),
    src,
  )

/** Pixels of the test photo's two colours in a PNG (JPEG keeps them close, not exact). */
const photoPixels = (page: Page, png: Buffer) =>
  page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const c = new OffscreenCanvas(bmp.width, bmp.height)
    const ctx = c.getContext('2d')!
    ctx.drawImage(bmp, 0, 0)
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data
    const near = (i: number, rgb: number[]) => Math.abs(d[i] - rgb[0]) < 30 && Math.abs(d[i + 1] - rgb[1]) < 30 && Math.abs(d[i + 2] - rgb[2]) < 30
    let red = 0
    let blue = 0
    for (let i = 0; i < d.length; i += 4) {
      if (near(i, [220, 40, 40])) red++
      else if (near(i, [30, 90, 200])) blue++
    }
    return { red, blue }
  }, png.toString('base64'))

const library = (page: Page) => page.getByRole('dialog', { name: /^Personas$|^Persona: |^New persona$/ })
const libraryItem = (page: Page, name: string) => library(page).getByRole('list', { name: 'Persona library' }).getByRole('listitem').filter({ hasText: name })
const header = (page: Page) => page.locator('.react-flow__node-personas')

async function createPersona(
  page: Page,
  fields: { name: string; role?: string; age?: string; quote?: string; goals?: string; frustrations?: string; photo?: Buffer; primary?: boolean },
) {
  const dialog = library(page)
  await dialog.getByRole('button', { name: 'New persona' }).click()
  const form = page.getByRole('form', { name: 'New persona' })
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await form.getByRole('textbox', { name: 'Name' }).fill(fields.name)
  if (fields.role) await form.getByRole('textbox', { name: 'Role' }).fill(fields.role)
  if (fields.age) await form.getByRole('textbox', { name: 'Age' }).fill(fields.age)
  if (fields.quote) await form.getByRole('textbox', { name: /^What matters to them/ }).fill(fields.quote)
  if (fields.goals) await form.getByRole('textbox', { name: /^Goals/ }).fill(fields.goals)
  if (fields.frustrations) await form.getByRole('textbox', { name: /^Frustrations/ }).fill(fields.frustrations)
  if (fields.primary) await form.getByRole('radio', { name: 'Primary' }).check()
  if (fields.photo) {
    await form.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: fields.photo })
    await expect(form.getByRole('img', { name: `Photo of ${fields.name}` })).toBeVisible()
    await page.screenshot({ path: `${OUT}/persona-form.png` })
  }
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('status')).toContainText(`Persona “${fields.name}” saved.`)
}

test('a persona with a photo: created in the library, drawn on a target map, edited, kept after a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Personas' }).click()
  await expect(library(page)).toBeVisible()
  await expect(library(page)).toContainText('No persona yet')

  // a file that is not an image is refused, with a message, and nothing changes
  await library(page).getByRole('button', { name: 'New persona' }).click()
  const form = page.getByRole('form', { name: 'New persona' })
  await form.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await expect(form.getByRole('alert')).toContainText('not a PNG, JPEG or WebP image')
  // a "PNG" that is not one is refused too
  await form.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') })
  await expect(form.getByRole('alert')).toContainText('could not be read as an image')
  await expect(form.locator('img')).toHaveCount(0)
  // a name is required
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByRole('alert')).toContainText('Give the persona a name.')
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await form.getByRole('button', { name: 'Cancel' }).click()
  expect(await readStoredPersonas(page)).toEqual([])

  await createPersona(page, {
    name: 'Amélie Tremblay',
    role: 'Retired teacher',
    age: '67',
    quote: 'I want to talk to a person who knows my file.',
    goals: 'Renew her health card\nAvoid the queue',
    frustrations: 'Forms that expire\nBeing sent from one office to another\nNo reply by e-mail',
    photo: makePng(640, 480),
    primary: true,
  })
  const item = libraryItem(page, 'Amélie Tremblay')
  await expect(item).toContainText('Retired teacher · 67 years old')
  await expect(item).toContainText('Primary')
  await expect(item).toContainText('Not used by any board')
  await expect(item.getByRole('img', { name: 'Photo of Amélie Tremblay' })).toBeVisible()
  await createPersona(page, { name: 'Bruno Gagnon', role: 'Small business owner' })
  await page.screenshot({ path: `${OUT}/library.png` })

  // the stored photo: a square JPEG of 256×256, well under 200 KB
  let stored = await readStoredPersonas(page)
  const amelie = stored.find((p) => p.name === 'Amélie Tremblay')!
  expect(amelie).toMatchObject({ role: 'Retired teacher', age: 67, primary: true, goals: ['Renew her health card', 'Avoid the queue'] })
  expect(amelie.photo).toMatch(/^data:image\/jpeg;base64,/)
  expect(amelie.photo!.length).toBeLessThan(200 * 1024)
  expect(await imageSize(page, amelie.photo!)).toEqual({ w: 256, h: 256 })

  // Escape closes the library
  await page.keyboard.press('Escape')
  await expect(library(page)).toBeHidden()

  // a target journey map drawn for Amélie
  const boardId = await createBoard(page, 'Health card renewal', 'Target journey map')
  await expect(header(page)).toHaveCount(0)
  await page.getByRole('toolbar').getByRole('button', { name: 'Personas' }).click()
  await expect(library(page).getByText('Target journey map: drawn for one persona.')).toBeVisible()
  await library(page).getByRole('button', { name: 'Use Amélie Tremblay on this board' }).click()
  await expect(libraryItem(page, 'Amélie Tremblay')).toContainText('On this board')
  // one persona only: choosing Bruno replaces Amélie, undo brings her back
  await library(page).getByRole('button', { name: 'Use Bruno Gagnon on this board instead' }).click()
  await expect(library(page).getByRole('button', { name: 'Use Amélie Tremblay on this board instead' })).toBeVisible()
  await library(page).getByRole('button', { name: 'Use Amélie Tremblay on this board instead' }).click()
  await page.keyboard.press('Escape')
  await expect(library(page)).toBeHidden()

  const card = header(page)
  await expect(card).toContainText('Amélie Tremblay')
  await expect(card).toContainText('Retired teacher · 67 years old')
  await expect(card).toContainText('I want to talk to a person who knows my file.')
  await expect(card).toContainText('Renew her health card')
  await expect(card).toContainText('+1 more') // the third frustration, summarised
  await expect(card.getByRole('img', { name: 'Photo of Amélie Tremblay' })).toBeVisible()
  expect(
    await card.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 256 && img.src.startsWith('data:image/jpeg')),
  ).toBe(true)
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.screenshot({ path: `${OUT}/board-header.png` })

  // the exported PNG carries the header card, photo included
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'PNG image' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export as a PNG image' })
  const download = page.waitForEvent('download', { timeout: 0 })
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  await (await download).saveAs(`${OUT}/target-export.png`)
  const exported = await photoPixels(page, readFileSync(`${OUT}/target-export.png`))
  expect(exported.red).toBeGreaterThan(1500) // the red half of the photo
  expect(exported.blue).toBeGreaterThan(1500) // and its blue half

  // editing the persona (from the header card) updates the board at once
  await card.getByRole('button', { name: 'Edit Amélie Tremblay' }).click()
  const edit = page.getByRole('form', { name: 'Persona: Amélie Tremblay' })
  await expect(edit.getByRole('textbox', { name: 'Name' })).toHaveValue('Amélie Tremblay')
  await edit.getByRole('textbox', { name: 'Role' }).fill('Retired school principal')
  await edit.getByRole('textbox', { name: 'Age' }).fill('68')
  await edit.getByRole('button', { name: 'Save' }).click()
  await page.keyboard.press('Escape')
  await expect(library(page)).toBeHidden()
  await expect(card).toContainText('Retired school principal · 68 years old')

  await expectSaved(page)
  const board = (await readStoredBoard(page, boardId)) as unknown as { board: { personaIds?: string[] } }
  expect(board.board.personaIds).toEqual([amelie.id])

  // after a reload: the board, its header card and the persona are all there
  await page.reload()
  await expect(header(page)).toContainText('Retired school principal · 68 years old')
  await expect(header(page).getByRole('img', { name: 'Photo of Amélie Tremblay' })).toBeVisible()
  stored = await readStoredPersonas(page)
  expect(stored.find((p) => p.id === amelie.id)).toMatchObject({ role: 'Retired school principal', age: 68, photo: amelie.photo })
})

test('a journey map for two personas, the first is the main one; deleting a persona asks, names the boards, and can be undone', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Personas' }).click()
  await createPersona(page, { name: 'Chloé Roy', role: 'Student', goals: 'Pay less' })
  await createPersona(page, { name: 'Denis Côté', role: 'Farmer', primary: true })
  await page.keyboard.press('Escape')

  const journeyId = await createBoard(page, 'Renewal journey', 'Journey map')
  await page.getByRole('toolbar').getByRole('button', { name: 'Personas' }).click()
  const dialog = library(page)
  await dialog.getByRole('button', { name: 'Use Chloé Roy on this board' }).click()
  // the library's primary persona goes first: it becomes the board's main persona
  await dialog.getByRole('button', { name: 'Use Denis Côté on this board' }).click()
  const onBoard = dialog.getByRole('region', { name: 'On this board' }).getByRole('listitem')
  await expect(onBoard).toHaveText([/Denis Côté.*Main persona/, /Chloé Roy/])
  await dialog.getByRole('button', { name: 'Move Chloé Roy up' }).click()
  await expect(onBoard).toHaveText([/Chloé Roy.*Main persona/, /Denis Côté/])
  await page.keyboard.press('Escape')
  // the card appears above the board, scrolled into view
  await expect(header(page)).toBeInViewport()
  await expect(header(page).locator('.ph-main')).toContainText('Chloé Roy')
  await expect(header(page).locator('.ph-others')).toContainText('Denis Côté')
  await expectSaved(page)
  await page.screenshot({ path: `${OUT}/journey-two-personas.png` })

  // a second board drawn for Chloé: an empathy map, with her in the centre and a situation
  const empathyId = await createBoard(page, 'Chloé at the counter', 'Empathy map')
  await expect(header(page)).toContainText('No persona yet')
  await header(page).getByRole('button', { name: 'Choose a persona' }).click()
  await library(page).getByRole('button', { name: 'Use Chloé Roy on this board' }).click()
  await page.keyboard.press('Escape')
  await expect(header(page)).toContainText('Chloé Roy')
  const situation = header(page).getByRole('textbox', { name: 'Situation' })
  await situation.fill('At the counter, after an hour of waiting')
  await situation.press('Enter')
  await expectSaved(page)
  expect(((await readStoredBoard(page, empathyId)) as unknown as { board: { situation?: string } }).board.situation).toBe(
    'At the counter, after an hour of waiting',
  )
  for (const text of ['Asks where to go', 'Takes a number', 'Checks her phone']) await addCardAt(page, '', 'Does', text)
  await addCardAt(page, '', 'Feels', 'Tired')
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.screenshot({ path: `${OUT}/empathy.png` })

  // deleting Chloé from the empathy map: the confirmation names the two boards
  await page.getByRole('toolbar').getByRole('button', { name: 'Personas' }).click()
  await library(page).getByRole('button', { name: 'Delete Chloé Roy' }).click()
  await expect(library(page).getByRole('alert')).toContainText('Delete “Chloé Roy”? It is used by 2 boards: it will be removed from them.')
  await page.screenshot({ path: `${OUT}/delete-confirm.png` })
  await library(page).getByRole('button', { name: 'Keep it' }).click()
  await expect(library(page).getByRole('alert')).toHaveCount(0)
  await library(page).getByRole('button', { name: 'Delete Chloé Roy' }).click()
  await library(page).getByRole('button', { name: 'Delete the persona' }).click()
  await expect(library(page).getByRole('status')).toContainText('Persona “Chloé Roy” deleted.')
  await expect(libraryItem(page, 'Chloé Roy')).toHaveCount(0)
  await expect(header(page)).toContainText('No persona yet') // the open board, at once
  await expectSaved(page)
  expect(((await readStoredBoard(page, journeyId)) as unknown as { board: { personaIds?: string[] } }).board.personaIds).toHaveLength(1)

  // undo: Chloé is back, on both boards, in her place
  await library(page).getByRole('button', { name: 'Undo' }).click()
  await expect(libraryItem(page, 'Chloé Roy')).toContainText('Used by 2 boards')
  await page.keyboard.press('Escape')
  await expect(header(page)).toContainText('Chloé Roy')
  await expectSaved(page)
  const personas = await readStoredPersonas(page)
  const chloe = personas.find((p) => p.name === 'Chloé Roy')!
  const denis = personas.find((p) => p.name === 'Denis Côté')!
  expect(((await readStoredBoard(page, journeyId)) as unknown as { board: { personaIds?: string[] } }).board.personaIds).toEqual([chloe.id, denis.id])

  // the library keeps its one primary persona: making Chloé primary makes Denis secondary
  await page.getByRole('toolbar').getByRole('button', { name: 'Personas' }).click()
  await library(page).getByRole('button', { name: 'Edit Chloé Roy' }).click()
  await page.getByRole('radio', { name: 'Primary' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(libraryItem(page, 'Denis Côté')).toContainText('Secondary')
  expect((await readStoredPersonas(page)).filter((p) => p.primary).map((p) => p.name)).toEqual(['Chloé Roy'])

  // unsaved changes: Escape asks first
  await library(page).getByRole('button', { name: 'Edit Denis Côté' }).click()
  await page.getByRole('textbox', { name: 'Role' }).fill('Dairy farmer')
  await page.keyboard.press('Escape')
  await expect(library(page).getByRole('alert')).toContainText('Discard your changes to this persona?')
  await library(page).getByRole('button', { name: 'Discard' }).click()
  await expect(library(page)).toBeHidden()
  expect((await readStoredPersonas(page)).find((p) => p.name === 'Denis Côté')!.role).toBe('Farmer')
})

test('the library in French', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('parcours:lang', 'fr'))
  await page.reload()
  await page.getByRole('button', { name: 'Personas' }).click()
  await page.getByRole('button', { name: 'Nouveau persona' }).click()
  const form = page.getByRole('form', { name: 'Nouveau persona' })
  for (const label of ['Nom', 'Rôle', 'Âge']) await expect(form.getByRole('textbox', { name: label, exact: true })).toBeVisible()
  for (const label of [/^Ce qui compte pour lui\/elle/, /^Objectifs/, /^Frustrations/, /^Comportements/, /^Habitudes numériques/])
    await expect(form.getByRole('textbox', { name: label })).toBeVisible()
  await expect(form.getByRole('radio', { name: 'Principal' })).toBeVisible()
  await expect(form.getByRole('radio', { name: 'Secondaire' })).toBeChecked()
})

test('an empathy map with no persona offers to create one, drawn for it at once', async ({ page }) => {
  await createBoard(page, 'First visit', 'Empathy map')
  await header(page).getByRole('button', { name: 'Choose a persona' }).click()
  await expect(library(page).getByText('This board is not drawn for a persona yet')).toBeVisible()
  await createPersona(page, { name: 'Émile Fortin', role: 'Newcomer' })
  await expect(library(page).getByRole('region', { name: 'On this board' })).toContainText('Émile Fortin')
  await library(page).getByRole('button', { name: 'Close the personas' }).click()
  await expect(library(page)).toBeHidden()
  await expect(header(page)).toContainText('Émile Fortin')
  await expect(header(page)).toContainText('Newcomer')
  // one undo step takes the persona off the board again (the persona stays in the library)
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(header(page)).toContainText('No persona yet')
  expect((await readStoredPersonas(page)).map((p) => p.name)).toEqual(['Émile Fortin'])
})

/** The persona drafts stored in IndexedDB: the text typed in each unsaved form, by row key. */
const storedPersonaDrafts = async (page: Page) =>
  Object.fromEntries(
    (await readStore<{ boardId: string; draft: { form: Record<string, string> } }>(page, 'drafts'))
      .filter((r) => r.boardId.startsWith('persona:'))
      .map((r) => [r.boardId, r.draft.form]),
  )

test('text typed in a persona’s form comes back after the tab is closed, focused, and goes once saved', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('button', { name: 'Personas' }).click()
  await createPersona(page, { name: 'Amélie Tremblay', role: 'Retired teacher', goals: 'Renew her health card' })
  const id = (await readStoredPersonas(page))[0].id
  await libraryItem(page, 'Amélie Tremblay').getByRole('button', { name: 'Edit Amélie Tremblay' }).click()
  const form = page.getByRole('form', { name: /^Persona: Amélie Tremblay/ })
  await form.getByRole('textbox', { name: /^What matters to them/ }).fill('A person who knows my file')
  const goals = form.getByRole('textbox', { name: /^Goals/ })
  await goals.fill('Renew her health card\nAvoid the queue')
  await expect(goals).toBeFocused() // never left: nothing committed
  // kept as the persona's draft while typed (the persona itself unchanged)
  await expect.poll(async () => (await storedPersonaDrafts(page))[`persona:${id}`]?.goals).toBe('Renew her health card\nAvoid the queue')
  expect((await readStoredPersonas(page))[0]).not.toHaveProperty('quote')
  await page.close() // no unload handlers run: the tab just dies

  const again = await context.newPage()
  await again.goto('/')
  await again.getByRole('button', { name: 'Personas' }).click()
  const item = libraryItem(again, 'Amélie Tremblay')
  await expect(item).toContainText('✎ Unsaved changes kept')
  await again.screenshot({ path: `${OUT}/persona-draft-kept.png` })
  await item.getByRole('button', { name: 'Edit Amélie Tremblay' }).click()
  const back = again.getByRole('form', { name: /^Persona: Amélie Tremblay/ })
  await expect(back.getByRole('textbox', { name: /^What matters to them/ })).toHaveValue('A person who knows my file')
  await expect(back.getByRole('textbox', { name: /^Goals/ })).toHaveValue('Renew her health card\nAvoid the queue')
  await expect(back.getByRole('textbox', { name: /^Goals/ })).toBeFocused() // the field last typed in
  await expect(back.getByRole('textbox', { name: 'Role' })).toHaveValue('Retired teacher')
  await again.screenshot({ path: `${OUT}/persona-draft-back.png` })
  await back.getByRole('button', { name: 'Save' }).click()
  await expect(library(again).getByRole('status')).toContainText('Persona “Amélie Tremblay” saved.')
  await expect(item).not.toContainText('Unsaved changes kept')
  await expect
    .poll(async () => (await readStoredPersonas(again))[0])
    .toMatchObject({ quote: 'A person who knows my file', goals: ['Renew her health card', 'Avoid the queue'] })
  await expect.poll(() => storedPersonaDrafts(again)).toEqual({})
})

test('a new persona being written when the tab closes comes back from New persona; Cancel drops it', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('button', { name: 'Personas' }).click()
  await library(page).getByRole('button', { name: 'New persona' }).click()
  const form = page.getByRole('form', { name: 'New persona' })
  await form.getByRole('textbox', { name: 'Name' }).fill('Bruno Gagnon')
  await form.getByRole('textbox', { name: 'Role' }).fill('Small business owner')
  await page.close({ runBeforeUnload: true }) // closed at once, the draft maybe still waiting

  const again = await context.newPage()
  await again.goto('/')
  await again.getByRole('button', { name: 'Personas' }).click()
  await expect(library(again)).toContainText('A new persona you had started is kept, unsaved')
  expect(await readStoredPersonas(again)).toEqual([])
  await library(again).getByRole('button', { name: 'New persona' }).click()
  const back = again.getByRole('form', { name: 'New persona' })
  await expect(back.getByRole('textbox', { name: 'Name' })).toHaveValue('Bruno Gagnon')
  await expect(back.getByRole('textbox', { name: 'Role' })).toHaveValue('Small business owner')
  await expect(back.getByRole('textbox', { name: 'Role' })).toBeFocused()
  await back.getByRole('button', { name: 'Cancel' }).click()
  await expect(library(again)).not.toContainText('A new persona you had started')
  await expect.poll(() => storedPersonaDrafts(again)).toEqual({})
  await library(again).getByRole('button', { name: 'New persona' }).click()
  await expect(again.getByRole('form', { name: 'New persona' }).getByRole('textbox', { name: 'Name' })).toHaveValue('')
})
