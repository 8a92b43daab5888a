// The board file as a user meets it: Export → JSON, Import (button or drop) on the home
// screen, a bad file refused with its message while nothing changes.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard, storedIds } from './helpers'

const storedBoardIds = (page: Page) => storedIds(page, 'boards')

/** Drop files on the home screen, as a file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dt = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }))
    return dt
  }, files)
  await page.locator('main.home').dispatchEvent('dragover', { dataTransfer: dt })
  await page.locator('main.home').dispatchEvent('drop', { dataTransfer: dt })
}

test('a board exported as JSON and imported again is the same board', async ({ page }) => {
  const id = await createBoard(page, 'Round trip — été')
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  await addCardAt(page, stage, 'Customer actions', 'Opens the <i>letter</i>')
  await addCardAt(page, stage, 'Pain points', 'Cannot find the form')
  await card(page, 'Cannot find the form').click()
  await page.getByRole('radio', { name: 'Irritant' }).check()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `${stage} · Opens the <i>letter</i>` })
  const point = page.getByRole('slider', { name: `Emotion at ${stage}` })
  await point.focus()
  await point.press('ArrowDown')
  await expectSaved(page)
  const before = (await readStoredBoard(page, id))!.board

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const download = page.waitForEvent('download', { timeout: 0 })
  await page.getByRole('menuitem', { name: 'JSON (board file)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('round-trip-ete.parcours.json')
  const path = test.info().outputPath('round-trip.parcours.json')
  await file.saveAs(path)
  const text = readFileSync(path, 'utf8')
  const envelope = JSON.parse(text)
  expect(envelope).toMatchObject({ format: 'parcours-board', version: 1 })
  expect(envelope.board).toEqual(before)

  // delete the board, then bring it back from the file
  await page.getByRole('button', { name: /Back to boards/ }).click()
  await page.getByRole('button', { name: 'Delete: Round trip — été' }).click()
  await expect(page.getByRole('link', { name: 'Round trip — été' })).toHaveCount(0)
  await page.getByTestId('import-input').setInputFiles({ name: 'round-trip.parcours.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('Board “Round trip — été” imported.')
  expect(await storedBoardIds(page)).toEqual([id])
  expect((await readStoredBoard(page, id))!.board).toEqual(before)

  await page.getByRole('link', { name: 'Round trip — été' }).click()
  await expect(card(page, 'Opens the <i>letter</i>')).toBeVisible()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expect(page.getByRole('slider', { name: `Emotion at ${stage}` })).toHaveAttribute('aria-valuenow', '-1')

  // importing it once more never overwrites: a copy with fresh ids
  await page.getByRole('button', { name: /Back to boards/ }).click()
  await page.getByTestId('import-input').setInputFiles({ name: 'again.parcours.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.getByRole('link', { name: 'Round trip — été' })).toHaveCount(2)
  const ids = await storedBoardIds(page)
  expect(ids).toHaveLength(2)
  expect((await readStoredBoard(page, id))!.board).toEqual(before)
  const copy = (await readStoredBoard(
    page,
    ids.find((x) => x !== id)!,
  ))!.board
  expect(copy.cards.map((c) => c.text).sort()).toEqual(before.cards.map((c) => c.text).sort())
  expect(copy.cards.some((c) => before.cards.some((b) => b.id === c.id))).toBe(false)
})

test('a bad file dropped on the app is refused with its message, and nothing changes', async ({ page }) => {
  await createBoard(page, 'Already here')
  await page.getByRole('button', { name: /Back to boards/ }).click()
  await expect(page.getByRole('link', { name: 'Already here' })).toBeVisible()
  const ids = await storedBoardIds(page)

  const good = {
    format: 'parcours-board',
    version: 1,
    board: {
      id: 'b_x',
      title: 'Dangling',
      kind: 'journey',
      stages: [{ id: 's1', name: 'One' }],
      lanes: [{ id: 'l1', name: 'Actions', role: 'actions' }],
      cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'ok' }],
      links: [] as unknown[],
    },
  }
  const cases: [string, string, RegExp][] = [
    ['notes.parcours.json', 'this is { not json', /notes\.parcours\.json: this file is not JSON/],
    ['newer.parcours.json', JSON.stringify({ ...good, version: 7 }), /version: this file was written by a newer version of Parcours \(format version 7\)/],
    [
      'dangling.parcours.json',
      JSON.stringify({ ...good, board: { ...good.board, links: [{ id: 'k1', from: 'c1', to: 'c9' }] } }),
      /board\.links\[0\]\.to: no card of the board has the id “c9”/,
    ],
    [
      'typed.parcours.json',
      JSON.stringify({ ...good, board: { ...good.board, cards: [{ ...good.board.cards[0], votes: 'many' }] } }),
      /board\.cards\[0\]\.votes: expected a number, found the text “many”/,
    ],
  ]
  for (const [name, text, message] of cases) {
    await dropFiles(page, [{ name, text }])
    await expect(page.getByRole('alert')).toContainText(message)
    await page.getByRole('button', { name: 'Close' }).click()
  }
  // a good file and a bad one together: refused as a whole
  await dropFiles(page, [
    { name: 'good.parcours.json', text: JSON.stringify(good) },
    { name: 'bad.parcours.json', text: '[]' },
  ])
  await expect(page.getByRole('alert')).toContainText('bad.parcours.json')
  await page.reload()
  await expect(page.getByRole('link', { name: 'Already here' })).toBeVisible()
  await expect(page.locator('.board-item')).toHaveCount(1)
  expect(await storedBoardIds(page)).toEqual(ids)
})
