import { expect, test, type Page } from '@playwright/test'
import { card, createBoard, expectSaved, readStoredBoard } from './helpers'

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name })
/** The row of the shortcuts dialog that names an action. */
const row = (page: Page, action: string) => page.getByRole('row', { name: new RegExp(`^${action}`) })

test('? opens the Keyboard shortcuts dialog, listing every shortcut grouped; Escape closes it and gives the focus back', async ({ page }) => {
  await createBoard(page, 'Shortcuts')
  const surface = page.locator('.board-surface')
  // closed, the dialog is nowhere on screen (and covers nothing)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.locator('.shortcuts-dialog')).toBeHidden()
  await surface.focus()
  await page.keyboard.press('?')
  const d = dialog(page, 'Keyboard shortcuts')
  await expect(d).toBeVisible()
  for (const group of ['Undo and redo', 'Cards', 'Moving around', 'Help']) await expect(d.getByRole('heading', { name: group })).toBeVisible()
  await expect(row(page, 'Undo')).toContainText('Ctrl+Z')
  await expect(row(page, 'Redo')).toContainText(/Ctrl\+Shift\+Z\s*or\s*Ctrl\+Y/)
  await expect(row(page, 'Add card')).toContainText('N')
  await expect(row(page, 'Add card')).toContainText('Board focused')
  await expect(row(page, 'Move the card to the stage on the right')).toContainText('Alt+→')
  await expect(row(page, 'Finish editing the card')).toContainText(/Esc\s*or\s*Ctrl\+Enter/)
  await expect(row(page, 'Show the keyboard shortcuts')).toContainText('?')
  // the arrows are named for a screen reader
  await expect(row(page, 'Go to the stage on the right').locator('.sr-only')).toHaveText('Right arrow')

  // keys pressed in the dialog stay there: N adds no card behind it
  await page.keyboard.press('n')
  await page.keyboard.press('Escape')
  await expect(d).toBeHidden()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(surface).toBeFocused()
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0)
})

test('the Help menu of the toolbar opens the same dialog, in French with the French key names', async ({ page }) => {
  await createBoard(page, 'Raccourcis')
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption('fr')
  await page.getByRole('button', { name: 'Aide' }).click()
  await page.getByRole('menuitem', { name: 'Raccourcis clavier' }).click()
  const d = dialog(page, 'Raccourcis clavier')
  await expect(d).toBeVisible()
  await expect(d.getByRole('heading', { name: 'Défaire et rétablir' })).toBeVisible()
  await expect(row(page, 'Supprimer')).toContainText(/Suppr\s*ou\s*Retour arrière/)
  await expect(row(page, 'Rétablir')).toContainText('Ctrl+Maj+Z')
  await expect(row(page, 'Modifier la carte')).toContainText('Entrée')
  await expect(row(page, 'Terminer la saisie de la carte')).toContainText('Échap')
  await d.getByRole('button', { name: 'Fermer' }).click()
  await expect(d).toBeHidden()
  await expect(page.getByRole('button', { name: 'Aide' })).toBeFocused()
})

test('canvas keys come from the registry: N adds a card at the cursor, ? typed in a card is text, Ctrl+Z and Ctrl+D act on the board', async ({ page }) => {
  const id = await createBoard(page, 'Keys')
  await page.locator('.board-surface').focus()
  await page.keyboard.press('ArrowRight') // the first cell
  await page.keyboard.press('n')
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused()
  await page.keyboard.type('Why? Who?')
  await expect(dialog(page, 'Keyboard shortcuts')).toHaveCount(0)
  await page.keyboard.press('Control+Enter')
  await expect(card(page, 'Why? Who?')).toBeVisible()
  await expect(page.locator('.board-surface')).toBeFocused()

  // the card under the cursor: Ctrl+D duplicates the selection, Ctrl+Z undoes it
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Control+d')
  await expect(card(page, 'Why? Who?')).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Why? Who?')).toHaveCount(1)
  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  expect(stored!.board.cards.map((c) => c.text)).toEqual(['Why? Who?'])
})

test('an empathy map offers no "Add stage" (its zones are not stages); a journey map does', async ({ page }) => {
  await createBoard(page, 'Zones', 'Empathy map')
  await expect(page.getByRole('button', { name: 'Add lane' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add stage' })).toHaveCount(0)
  await createBoard(page, 'Stages')
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible()
})
