// axe-core, as a machine checks accessibility, on every screen a user reaches: the home
// screen and its dialogs, each kind of board with its side panel, the board's dialogs and the
// worst-case scenario table. Every rule axe has (WCAG A/AA and best practices), no exception:
// 0 violations.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { addCardAt, card, createBoard } from './helpers'

// A scan takes a second or two on a quiet machine, much longer on a busy one: generous limits.
const AXE_TIMEOUT = 600_000

/** `within`: a dialog or menu scanned alone (the screen under it was scanned already). */
async function expectNoViolations(page: Page, where: string, within?: string) {
  const axe = new AxeBuilder({ page })
  if (within) axe.include(within)
  const { violations } = await axe.analyze()
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
  expect(found, `axe violations on ${where}`).toEqual([])
}

test('the home screen and its dialogs', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Boards in this browser' })).toBeVisible()
  await expectNoViolations(page, 'the empty home screen')

  await page.getByRole('button', { name: 'New board' }).click()
  await expectNoViolations(page, 'the new-board form')
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Paste from a spreadsheet' }).click()
  const paste = page.getByRole('dialog', { name: 'Paste a grid from a spreadsheet' })
  await paste.getByRole('button', { name: 'Create the board' }).click()
  await expect(paste.getByRole('alert')).toBeVisible()
  await expectNoViolations(page, 'the paste dialog with its error')
  await paste.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Personas' }).click()
  await page.getByRole('button', { name: 'New persona' }).click()
  await expect(page.getByRole('form', { name: 'New persona' })).toBeVisible()
  await expectNoViolations(page, 'the persona form')
  await page.getByRole('form', { name: 'New persona' }).getByRole('textbox', { name: 'Name' }).fill('Amélie')
  await page
    .getByRole('form', { name: 'New persona' })
    .getByRole('textbox', { name: /^What matters to them/ })
    .fill('« Quelqu’un qui connaît mon dossier »')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Persona “Amélie” saved.')).toBeVisible()
  await expectNoViolations(page, 'the personas library')
})

test('the home screen with boards, and its banners', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT)
  // with boards, a deleted one (its Undo banner) and the backup's outcome
  await createBoard(page, 'Kept', 'Journey map')
  await createBoard(page, 'Deleted', 'Target journey map')
  await page.goto('/')
  await page.getByRole('button', { name: 'Delete: Deleted' }).click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up the workspace' }).click()
  await download
  await expect(page.getByTestId('backup-outcome')).toBeVisible()
  // a board file imported, and a file refused: the import's banner
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'board.parcours.json', mimeType: 'application/json', buffer: readFileSync('test/fixtures/board-v1.parcours.json') })
  await expect(page.getByRole('link', { name: 'Open' })).toBeVisible()
  await expectNoViolations(page, 'the home screen with boards and banners')
  await page.getByTestId('import-input').setInputFiles({ name: 'broken.parcours.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') })
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoViolations(page, 'the home screen with an import refused')
})

for (const [template, stage, lane] of [
  ['Journey map', 'Discover', 'Customer actions'],
  ['Service blueprint', 'Arrive', 'Frontstage actions'],
  ['Target journey map', 'Apply', 'Irritants'],
  ['Empathy map', 'Situation', 'Says'],
]) {
  test(`a ${template}, with the card side panel`, async ({ page }) => {
    test.setTimeout(AXE_TIMEOUT)
    await createBoard(page, `Axe ${template}`, template)
    await expectNoViolations(page, `a new ${template}`)
    await addCardAt(page, stage, lane, `A card on the ${template}`)
    await card(page, `A card on the ${template}`).click()
    await expect(page.getByRole('complementary', { name: 'Card details' })).toBeVisible()
    await expectNoViolations(page, `the ${template} with the side panel open`)
  })
}

test('a blueprint’s dialogs, arrow panel, options and worst-case scenario table', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT)
  await createBoard(page, 'Axe dialogs', 'Service blueprint')
  await addCardAt(page, 'Arrive', 'Customer actions', 'Walks in')
  await addCardAt(page, 'Arrive', 'Frontstage actions', 'Greets')
  // an arrow between them, and its side panel
  await card(page, 'Walks in').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: 'Arrive · Greets' })
  await page.locator('.react-flow__edge').first().click({ force: true })
  await expect(page.getByRole('complementary', { name: 'Arrows' })).toBeVisible()
  await expectNoViolations(page, 'the arrow side panel')
  await page.getByRole('button', { name: 'Close card details' }).click()

  await page.getByRole('button', { name: /^Stage options: Arrive/ }).click()
  await expect(page.getByRole('group', { name: /^Stage options: Arrive/ })).toBeVisible()
  await expectNoViolations(page, 'a stage’s options', '.menu-pop[role="group"]')
  await page.keyboard.press('Escape')

  for (const item of ['PNG image', 'SVG image', 'PDF', 'Slides…', 'CSV (cards)']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    if (item === 'PNG image') await expectNoViolations(page, 'the export menu', '[role="menu"]')
    await page.getByRole('menuitem', { name: item }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoViolations(page, `the ${item} export dialog`, 'dialog[open], [role="dialog"]')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }

  await page.getByRole('toolbar').getByRole('button', { name: 'Personas' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoViolations(page, 'the personas library of a board', 'dialog[open], [role="dialog"]')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Worst-case scenario' }).click()
  await page.getByTestId('fmea-add').selectOption({ index: 1 })
  await expect(page.getByTestId('fmea-row')).toHaveCount(1)
  await expectNoViolations(page, 'the worst-case scenario table', '[role="dialog"]')
})

test('in French too: a board with its side panel and the home screen', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT)
  await page.goto('/')
  await page.getByRole('combobox', { name: /Language/ }).selectOption('fr')
  await expectNoViolations(page, 'the home screen in French')
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en')
  await createBoard(page, 'Axe en français', 'Target journey map')
  await addCardAt(page, 'Apply', 'Irritants', '« Personne ne rappelle »')
  await page.getByRole('combobox', { name: /Language/ }).selectOption('fr')
  await expect(page.getByRole('button', { name: 'Défaire' })).toBeVisible()
  await card(page, '« Personne ne rappelle »').click()
  await expect(page.getByRole('complementary', { name: 'Détails de la carte' })).toBeVisible()
  await expectNoViolations(page, 'a target journey map in French with its side panel')
})
