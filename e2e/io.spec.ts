// Spreadsheets and backups as a facilitator meets them: paste a grid copied from Excel and
// get the board; import a CSV file (French Excel: `;`, Windows-1252); a wrong CSV is refused
// with its message and nothing changes; the cards exported as CSV; the whole workspace
// backed up and restored without duplicating what is already here.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test, type Page } from '@playwright/test'
import { card, readStoredBoard, storedIds } from './helpers'

const SHOTS = join(process.env.E2E_RESULTS ?? 'test-results', 'io-screens')
mkdirSync(SHOTS, { recursive: true })

const storedBoardIds = (page: Page) => storedIds(page, 'boards')
const storedPersonaIds = (page: Page) => storedIds(page, 'personas')

/** Ctrl+V on the home screen, as after copying cells in a spreadsheet. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((data) => {
    const dt = new DataTransfer()
    dt.setData('text/plain', data)
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, text)
}

const laneNames = async (page: Page) => {
  const boxes = page.getByRole('textbox', { name: 'Lane name', exact: true })
  return Promise.all((await boxes.all()).map((b) => b.inputValue()))
}

// A target journey map as Excel copies it: tabs between cells, a cell with line breaks in
// quotes (its own quotes doubled), French lane names.
const TARGET_GRID = [
  '\tS’informer\tDemander\tAttendre',
  'Irritants\t"« Je ne comprends pas\nle formulaire »"\t"• Trop de pièces\n• Jargon"\t« Personne ne rappelle »',
  'Incontournables\tUne page claire\tDix questions au plus\tUn délai annoncé',
  'Les « plus »\t\tAide en direct\tSuivi par SMS',
].join('\r\n')

test('paste a grid copied from a spreadsheet and get the board', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Boards in this browser' })).toBeVisible()
  await pasteText(page, TARGET_GRID)
  const dialog = page.getByRole('dialog', { name: 'Paste a grid from a spreadsheet' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Copied cells (tab-separated)' })).toHaveValue(TARGET_GRID.replace(/\r\n/g, '\n'))
  await dialog.getByRole('textbox', { name: 'Title of the new board' }).fill('Permis — carte cible')
  await dialog.screenshot({ path: join(SHOTS, 'paste-dialog.png') })
  await dialog.getByRole('button', { name: 'Create the board' }).click()

  await expect(page).toHaveURL(/#\/board\//)
  const id = decodeURIComponent(page.url().split('#/board/')[1])
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Permis — carte cible')
  expect(await laneNames(page)).toEqual(['Irritants', 'Incontournables', 'Les « plus »'])
  await expect(card(page, 'Trop de pièces')).toBeVisible()
  await expect(card(page, 'Suivi par SMS')).toBeVisible()
  await expect(card(page, 'le formulaire »')).toBeVisible()

  const stored = (await readStoredBoard(page, id))!.board as unknown as {
    kind: string
    lanes: { name: string; role: string }[]
    stages: { name: string }[]
    cards: { text: string; tag?: string; evidence?: string }[]
  }
  expect(stored.kind).toBe('target')
  expect(stored.stages.map((s) => s.name)).toEqual(['S’informer', 'Demander', 'Attendre'])
  expect(stored.lanes.map((l) => l.role)).toEqual(['irritants', 'musts', 'pluses'])
  expect(stored.cards).toHaveLength(9)
  // The quoted multi-line cell is one card, its quotation marks kept, a fact from customers.
  expect(stored.cards.find((c) => c.text.startsWith('« Je'))).toMatchObject({
    text: '« Je ne comprends pas\nle formulaire »',
    tag: 'irritant',
    evidence: 'fact',
  })
  expect(stored.cards.filter((c) => c.tag === 'must')).toHaveLength(3)
  expect(stored.cards.filter((c) => c.tag === 'wow').map((c) => c.text)).toEqual(['Aide en direct', 'Suivi par SMS'])
  await page.screenshot({ path: join(SHOTS, 'pasted-board.png') })
})

test('type a grid in the paste dialog: a journey with its emotion curve', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Paste from a spreadsheet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste a grid from a spreadsheet' })
  const grid = [
    'Étapes\tDécouvrir\tS’inscrire',
    'Actions du client\tCherche\tRemplit',
    'Courbe des émotions\t+1\t-2',
    'Points de douleur\t\tFormulaire long',
  ].join('\n')
  await dialog.getByRole('textbox', { name: 'Copied cells (tab-separated)' }).fill(grid)
  await dialog.getByRole('button', { name: 'Create the board' }).click()
  await expect(page).toHaveURL(/#\/board\//)
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Pasted grid')
  await expect(page.getByRole('slider', { name: 'Emotion at S’inscrire' })).toHaveAttribute('aria-valuenow', '-2')
  await expect(page.getByRole('slider', { name: 'Emotion at Découvrir' })).toHaveAttribute('aria-valuenow', '1')
  await expect(card(page, 'Formulaire long')).toBeVisible()
})

test('import a CSV file saved by French Excel, then export its cards as CSV', async ({ page }) => {
  await page.goto('/')
  // `;` separators, a cell with `;` and a line break in quotes, Windows-1252 bytes (É = 0xC9).
  const csv = ['Étapes;Découvrir;Payer', 'Actions du client;"Lit; compare\nhésite";Paie en ligne', 'Irritants;"=1+1 ne fait rien";Frais cachés', ''].join(
    '\r\n',
  )
  await page.getByTestId('import-input').setInputFiles({ name: 'Parcours usager.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') })
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('Board “Parcours usager” imported.')
  await page.getByRole('link', { name: 'Parcours usager' }).first().click()
  await expect(page).toHaveURL(/#\/board\//)
  await expect(card(page, 'Frais cachés')).toBeVisible()
  await expect(card(page, 'hésite')).toBeVisible()
  expect(await laneNames(page)).toEqual(['Actions du client', 'Irritants'])

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'CSV (cards)' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Export the cards as CSV')
  const download = page.waitForEvent('download', { timeout: 0 })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('parcours-usager-cards.csv')
  const path = test.info().outputPath('cards.csv')
  await file.saveAs(path)
  const text = readFileSync(path, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
  expect(rows[0].slice(0, 8)).toEqual(['Stage #', 'Stage', 'Phase', 'Lane', 'Lane role', 'Text', 'Tag', 'Evidence'])
  expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
    ['1', 'Découvrir', 'Actions du client', 'Lit; compare', ''],
    ['1', 'Découvrir', 'Actions du client', 'hésite', ''],
    ['1', 'Découvrir', 'Irritants', "'=1+1 ne fait rien", 'Irritant'],
    ['2', 'Payer', 'Actions du client', 'Paie en ligne', ''],
    ['2', 'Payer', 'Irritants', 'Frais cachés', 'Irritant'],
  ])
})

test('a wrong CSV is refused with a message naming the problem, and the boards are unchanged', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('import-input').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(',A\nNotes,x') })
  await expect(page.getByRole('link', { name: 'good' })).toBeVisible()
  const ids = await storedBoardIds(page)

  const cases: [string, string, string][] = [
    ['quotes.csv', ',A,B\nNotes,"never closed,x\nIdeas,y,z', 'quotes.csv: row 2: a quoted cell is not closed properly'],
    ['column.csv', 'Just one column\nof text\n', 'column.csv: row 1: The first row must name the stages'],
    ['lanes.csv', 'Irritants,Long wait,Lost file\nMusts,Call back,', 'lanes.csv: A1: “Irritants” is the name of a lane'],
    ['emotion.csv', ',A,B\nEmotion curve,2,42', 'emotion.csv: C2: an emotion must be a number from −3 to +3; found “42”.'],
    ['empty.csv', '\r\n;;\r\n', 'empty.csv: The grid is empty'],
  ]
  for (const [name, text, message] of cases) {
    await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
    await expect(page.getByRole('alert')).toContainText(message)
    await page.getByRole('button', { name: 'Close' }).click()
  }
  // Pasted garbage gets its message in the dialog, which stays open.
  await page.getByRole('button', { name: 'Paste from a spreadsheet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste a grid from a spreadsheet' })
  await dialog
    .getByRole('textbox', { name: 'Copied cells (tab-separated)' })
    .fill('\t' + Array.from({ length: 201 }, (_, i) => `S${i}`).join('\t') + '\nNotes\tx')
  await dialog.getByRole('button', { name: 'Create the board' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('row 1: 201 stages: at most 200 can be imported.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.reload()
  await expect(page.locator('.board-item')).toHaveCount(1)
  expect(await storedBoardIds(page)).toEqual(ids)
})

test('back up the workspace, delete a board, restore: the deleted one is back, nothing duplicated', async ({ page }) => {
  await page.goto('/')
  for (const [name, grid] of [
    ['Renouvellement.csv', ',Demander,Recevoir\nIrritants,Attente,Perte du dossier'],
    ['Plainte.csv', ',Écrire\nNotes,Courriel'],
  ]) {
    await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(grid) })
    await expect(page.getByRole('status').filter({ hasText: 'imported' })).toBeVisible()
    await page.getByRole('button', { name: 'Close' }).click()
  }
  // A persona, written as the library would store it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onsuccess = () => {
          const tx = req.result.transaction('personas', 'readwrite')
          tx.objectStore('personas').put({ id: 'pe_marie', name: 'Marie', role: 'Citoyenne', primary: true })
          tx.oncomplete = () => (req.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
        req.onerror = () => reject(req.error)
      }),
  )
  const ids = await storedBoardIds(page)
  expect(ids).toHaveLength(2)

  const download = page.waitForEvent('download', { timeout: 0 })
  await page.getByRole('button', { name: 'Back up the workspace' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^parcours-workspace-\d{4}-\d\d-\d\d\.json$/)
  await expect(page.getByTestId('backup-outcome')).toContainText('Backup saved to your downloads: 2 boards, 1 persona.')
  const path = test.info().outputPath('workspace.json')
  await file.saveAs(path)
  const backup = readFileSync(path, 'utf8')
  const data = JSON.parse(backup)
  expect(data).toMatchObject({ format: 'parcours-workspace', version: 1, personas: [{ id: 'pe_marie', name: 'Marie' }] })
  expect(data.boards.map((b: { board: { title: string } }) => b.board.title).sort()).toEqual(['Plainte', 'Renouvellement'])

  await page.getByRole('button', { name: 'Delete: Renouvellement' }).click()
  await expect(page.getByRole('link', { name: 'Renouvellement' })).toHaveCount(0)

  await page.getByTestId('restore-input').setInputFiles({ name: 'workspace.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
  await expect(page.getByTestId('backup-outcome')).toHaveText(/Backup restored: 1 board added, 1 already here; 1 persona already here\./)
  await expect(page.getByRole('link', { name: 'Renouvellement' })).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'Plainte' })).toHaveCount(1)
  await page.screenshot({ path: join(SHOTS, 'restored.png') })
  expect(await storedBoardIds(page)).toEqual(ids)
  expect(await storedPersonaIds(page)).toEqual(['pe_marie'])

  // The Import button recognises a backup too; restoring it again adds nothing.
  await page.getByTestId('backup-outcome').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('import-input').setInputFiles({ name: 'workspace.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toContainText('2 already here')
  await page.reload()
  await expect(page.locator('.board-item')).toHaveCount(2)
  expect(await storedBoardIds(page)).toEqual(ids)

  // A damaged backup is refused whole, naming the board and the field.
  const bad = structuredClone(data)
  bad.boards[1].board.cards[0].votes = -1
  await page.getByTestId('restore-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) })
  await expect(page.getByTestId('backup-outcome')).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId('backup-outcome')).toContainText('The backup could not be read: boards[1].board.cards[0].votes')
  expect(await storedBoardIds(page)).toEqual(ids)
})
