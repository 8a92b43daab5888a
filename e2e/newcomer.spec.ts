// What a newcomer tripped on, tried as they did, in English and in French: an empty card left
// by a double-click, a board that stops fitting when the window changes size, an empathy
// zone's name cut short, a quote shown with two pairs of quotation marks, "Annuler" for both
// Undo and Cancel, colours read out as hex codes, English digit groups in the French interface.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

const SHOTS = join(process.env.E2E_RESULTS ?? 'test-results', 'newcomer')
mkdirSync(SHOTS, { recursive: true })

const NNBSP = '\u202f' // French digit groups: a narrow no-break space

async function setLanguage(page: Page, lang: 'en' | 'fr') {
  await page.getByRole('combobox', { name: /Language/ }).selectOption(lang)
}

/** A point inside a cell, below its cards, on screen (the board is named in any language). */
async function cellPoint(page: Page, stageName: string, laneName: string) {
  return page.evaluate(
    ([s, l]) => {
      const nodeWith = (sel: string, name: string) =>
        [...document.querySelectorAll(sel)].find((n) => [...n.querySelectorAll<HTMLInputElement>('textarea, input')].some((i) => i.value === name))
      const st = nodeWith('.react-flow__node-stage', s)
      const ln = nodeWith('.react-flow__node-lane', l)
      if (!st || !ln) return null
      const sb = st.getBoundingClientRect()
      const lb = ln.getBoundingClientRect()
      const p = { x: sb.x + sb.width / 2, y: lb.y + lb.height - 8 }
      return document.elementFromPoint(p.x, p.y)?.closest('.react-flow__node-lane') ? p : null
    },
    [stageName, laneName],
  )
}

async function doubleClickCell(page: Page, stageName: string, laneName: string) {
  const p = await cellPoint(page, stageName, laneName)
  expect(p, `cell ${stageName} × ${laneName} on screen`).not.toBeNull()
  await page.mouse.dblclick(p!.x, p!.y)
}

const cards = (page: Page) => page.locator('.react-flow__node-card')
const storedTexts = async (page: Page, id: string) => (await readStoredBoard(page, id))!.board.cards.map((c) => c.text).sort()

test('an empty new card vanishes on Escape, and no undo brings it back', async ({ page }) => {
  test.setTimeout(180_000)
  const id = await createBoard(page, 'Trips', 'Journey map')
  await addCardAt(page, 'Discover', 'Customer actions', 'Kept')
  await expect(cards(page)).toHaveCount(1)

  // a double-click on a cell by mistake, then Escape: nothing is left behind
  await doubleClickCell(page, 'Compare', 'Customer actions')
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await expect(editor).toBeFocused()
  await expect(cards(page)).toHaveCount(2)
  await editor.press('Escape')
  await expect(cards(page)).toHaveCount(1)
  await expect(page.getByText('Empty card')).toHaveCount(0)
  await expect(page.locator('.board-surface')).toBeFocused()
  await expect(page.getByTestId('cursor-announcer')).toHaveText('Compare × Customer actions. empty cell')

  // Undo takes back the last real edit (the "Kept" card); Redo brings it back; never an empty card
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(cards(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(cards(page)).toHaveCount(1)
  await expect(card(page, 'Kept')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled()

  // the keyboard's way (N adds a card where the cursor is), then Escape: the same
  await page.locator('.board-surface').focus()
  await page.keyboard.press('n')
  await expect(editor).toBeFocused()
  await editor.press('Escape')
  await expect(cards(page)).toHaveCount(1)

  // a click elsewhere ends it too
  await doubleClickCell(page, 'Sign up', 'Customer actions')
  await expect(editor).toBeFocused()
  await page.getByRole('textbox', { name: 'Board title' }).click()
  await expect(cards(page)).toHaveCount(1)

  // typed whitespace is no text
  await doubleClickCell(page, 'Compare', 'Customer actions')
  await editor.fill('   ')
  await editor.press('Escape')
  await expect(cards(page)).toHaveCount(1)

  // tagging a new card in its side panel first keeps it (the text comes after)
  await doubleClickCell(page, 'Compare', 'Customer actions')
  await expect(editor).toBeFocused()
  await page.getByRole('complementary', { name: 'Card details' }).getByText('Irritant', { exact: true }).click()
  await expect(cards(page)).toHaveCount(2)
  await expect(page.getByRole('radio', { name: 'Irritant' })).toBeChecked()

  await expectSaved(page)
  expect(await storedTexts(page, id)).toEqual(['', 'Kept'])
})

test('in French: the empty card vanishes too, and Undo is « Défaire », not « Annuler »', async ({ page }) => {
  test.setTimeout(180_000)
  await createBoard(page, 'Parcours', 'Journey map')
  await setLanguage(page, 'fr')
  await doubleClickCell(page, 'Discover', 'Customer actions')
  const editor = page.getByRole('textbox', { name: 'Texte de la carte' })
  await expect(editor).toBeFocused()
  await editor.press('Escape')
  await expect(cards(page)).toHaveCount(0)
  await expect(page.getByText('Carte vide')).toHaveCount(0)

  // undo and redo have names of their own; "Annuler" is only ever Cancel
  const toolbar = page.getByRole('toolbar', { name: 'Outils du tableau' })
  await expect(toolbar.getByRole('button', { name: 'Défaire', exact: true })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Rétablir', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /Annuler/ })).toHaveCount(0)
  // the canvas's own buttons speak French too
  for (const name of ['Zoom avant', 'Zoom arrière', 'Voir tout le tableau']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'board-fr.png') })

  // on the home screen, a board's deletion offers « Défaire » while the new-board form offers « Annuler »
  await page.getByRole('button', { name: 'Retour aux tableaux' }).click()
  await page.getByRole('button', { name: /^Supprimer.*Parcours$/ }).click()
  await page.getByRole('button', { name: 'Nouveau tableau' }).click()
  await expect(page.getByRole('button', { name: 'Défaire', exact: true })).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toHaveCount(1)
  await page.screenshot({ path: join(SHOTS, 'home-fr.png') })
  await page.getByRole('button', { name: 'Défaire', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Parcours' })).toBeVisible()
})

test('a board shown whole stays whole when the window is resized, until the user moves it', async ({ page }) => {
  test.setTimeout(180_000)
  await createBoard(page, 'Resize', 'Service blueprint')
  // every stage header and lane inside the canvas
  const wholeOnScreen = () =>
    page.evaluate(() => {
      const pane = document.querySelector('.board-surface')!.getBoundingClientRect()
      return [...document.querySelectorAll('.react-flow__node-stage, .react-flow__node-lane')]
        .map((e) => e.getBoundingClientRect())
        .every((r) => r.left >= pane.left - 1 && r.right <= pane.right + 1 && r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1)
    })
  const view = () => page.locator('.react-flow__viewport').getAttribute('style')
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  expect(await wholeOnScreen()).toBe(true)

  await page.setViewportSize({ width: 900, height: 640 })
  await expect.poll(wholeOnScreen).toBe(true)
  await page.screenshot({ path: join(SHOTS, 'resized.png') })
  await page.setViewportSize({ width: 1440, height: 900 })
  await expect.poll(wholeOnScreen).toBe(true)

  // the user zooms in: the view is theirs, a resize leaves it as it is
  await page.mouse.move(600, 400)
  await page.mouse.wheel(0, -400)
  await expect.poll(wholeOnScreen).toBe(false)
  await frames()
  const zoomed = await view()
  await page.setViewportSize({ width: 1100, height: 760 })
  await frames()
  await frames()
  expect(await view()).toBe(zoomed)

  // Fit View shows it whole again, and it stays so through the next resize
  await page.getByRole('button', { name: 'Fit View' }).click()
  await expect.poll(wholeOnScreen).toBe(true)
  await page.setViewportSize({ width: 820, height: 600 })
  await expect.poll(wholeOnScreen).toBe(true)
})

test('an empathy map’s zone names wrap, never cut (French)', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await setLanguage(page, 'fr')
  await page.getByRole('button', { name: 'Nouveau tableau' }).click()
  await page.getByRole('radio', { name: /^Carte d’empathie/ }).check()
  await page.getByRole('button', { name: 'Créer', exact: true }).click()
  await expect(page).toHaveURL(/#\/board\//)
  const names = page.getByRole('textbox', { name: 'Nom du couloir' })
  await expect(names).toHaveCount(6)
  // each name shows whole: nothing scrolled out of its box, across or down
  const cut = await names.evaluateAll((els) =>
    (els as HTMLTextAreaElement[]).filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.value),
  )
  expect(cut).toEqual([])
  const values = await names.evaluateAll((els) => (els as HTMLTextAreaElement[]).map((e) => e.value))
  expect(values).toContain('Irritants / points de douleur')
  // a longer name wraps onto more lines, whole
  const pains = names.nth(values.indexOf('Irritants / points de douleur'))
  const oneLine = (await pains.boundingBox())!.height
  await pains.fill('Irritants / points de douleur, peurs, frustrations et obstacles rencontrés en chemin')
  await pains.press('Enter')
  await expect.poll(async () => (await pains.boundingBox())!.height).toBeGreaterThan(oneLine * 1.5)
  expect(await pains.evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1)).toBe(true)
  await page.mouse.move(5, 5)
  await page.screenshot({ path: join(SHOTS, 'empathy-fr.png') })
})

test('a quote typed with its own quotation marks gets no second pair, in either language', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await setLanguage(page, 'fr')
  await page.getByRole('button', { name: 'Personas' }).click()
  const library = page.getByRole('dialog', { name: 'Personas' })
  for (const [name, quote] of [
    ['Amélie', '« Quelqu’un qui connaît mon dossier »'],
    ['Bruno', 'Qu’on me rappelle'],
  ]) {
    await library.getByRole('button', { name: 'Nouveau persona' }).click()
    const form = page.getByRole('form', { name: 'Nouveau persona' })
    await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(name)
    await form.getByRole('textbox', { name: /^Ce qui compte/ }).fill(quote)
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(library.getByRole('status')).toContainText(`Persona « ${name} » enregistré.`)
  }
  const quoteOf = (name: string) =>
    page
      .getByRole('list', { name: /^(Bibliothèque de personas|Persona library)$/ })
      .getByRole('listitem')
      .filter({ hasText: name })
      .locator('q')
  await expect(quoteOf('Amélie')).toHaveText('« Quelqu’un qui connaît mon dossier »')
  await expect(quoteOf('Bruno')).toHaveText('«\u00a0Qu’on me rappelle\u00a0»')
  await library.screenshot({ path: join(SHOTS, 'personas-fr.png') })
  await page.keyboard.press('Escape')
  await setLanguage(page, 'en')
  await page.getByRole('button', { name: 'Personas' }).click()
  await expect(quoteOf('Amélie')).toHaveText('« Quelqu’un qui connaît mon dossier »')
  await expect(quoteOf('Bruno')).toHaveText('“Qu’on me rappelle”')
  await page.getByRole('dialog', { name: 'Personas' }).screenshot({ path: join(SHOTS, 'personas-en.png') })
})

test('colour swatches are named, and numbers follow the interface’s language', async ({ page }) => {
  test.setTimeout(180_000)
  const id = await createBoard(page, 'Couleurs et nombres', 'Service blueprint')
  await addCardAt(page, 'Arrive', 'Customer actions', 'Attend au guichet')
  await setLanguage(page, 'fr')
  await card(page, 'Attend au guichet').click()
  const panel = page.getByRole('complementary', { name: 'Détails de la carte' })
  const colours = panel.getByRole('group', { name: 'Couleur' }).getByRole('button')
  const names = await colours.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  expect(names).toEqual([
    'Couleur jaune',
    'Couleur rose',
    'Couleur bleu',
    'Couleur vert',
    'Couleur violet',
    'Couleur orange',
    'Couleur gris',
    'Couleur blanc',
    'Aucune couleur',
  ])
  await panel.getByRole('button', { name: 'Couleur bleu' }).click()
  await expect(panel.getByRole('button', { name: 'Couleur bleu' })).toHaveAttribute('aria-pressed', 'true')

  // a duration typed the French way, shown the French way, on the card and in the panel
  const duration = panel.getByRole('textbox', { name: 'Durée (minutes)' })
  await duration.fill('1500,5')
  await duration.press('Enter')
  await expect(card(page, 'Attend au guichet')).toContainText(`1${NNBSP}500,5 min`)
  await expect(duration).toHaveValue('1500,5')
  await panel.screenshot({ path: join(SHOTS, 'panel-fr.png') })
  await expect(page.getByTestId('save-status')).toContainText('Enregistré')
  const stored = (await readStoredBoard(page, id))!.board.cards.find((c) => c.text === 'Attend au guichet') as unknown as {
    color?: string
    durationMinutes?: number
  }
  expect(stored).toMatchObject({ color: '#e3f2fd', durationMinutes: 1500.5 })

  // the export dialog's image size: "3 008 × 1 232 px", not "3,008 × 1,232 px"
  await page.getByRole('button', { name: 'Exporter', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Image PNG' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(new RegExp(`Taille de l’image : \\d{1,3}(${NNBSP}\\d{3})+ × \\d{1,3}(${NNBSP}\\d{3})* px`))
  await expect(dialog).not.toContainText(/\d,\d{3}/)
  await dialog.screenshot({ path: join(SHOTS, 'export-fr.png') })
  await page.keyboard.press('Escape')

  // back in English: the English way
  await setLanguage(page, 'en')
  await expect(card(page, 'Attend au guichet')).toContainText('1,500.5 min')
  await expect(page.getByRole('complementary', { name: 'Card details' }).getByRole('button', { name: 'Colour blue' })).toHaveAttribute('aria-pressed', 'true')
})

/** Names shared by several visible buttons (a screen reader could not tell them apart). */
const sharedButtonNames = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<string, number>()
    for (const el of document.querySelectorAll<HTMLElement>('button, [role="button"], a[href]')) {
      if (el.closest('[aria-hidden="true"]') || !el.getClientRects().length) continue
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').replace(/\s+/g, ' ').trim()
      seen.set(name, (seen.get(name) ?? 0) + 1)
    }
    return [...seen].filter(([, n]) => n > 1).map(([name]) => name)
  })

test('no two buttons share a name, on the home screen and a board with its side panel, in both languages', async ({ page }) => {
  test.setTimeout(180_000)
  await createBoard(page, 'Noms', 'Service blueprint')
  await addCardAt(page, 'Arrive', 'Customer actions', 'Entre')
  await addCardAt(page, 'Arrive', 'Frontstage actions', 'Accueille')
  await addCardAt(page, 'Pay', 'Frontstage actions', 'Encaisse')
  await card(page, 'Accueille').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: 'Pay · Encaisse' })
  await card(page, 'Entre').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: 'Arrive · Accueille' })
  await card(page, 'Accueille').click()
  await expect(page.getByRole('button', { name: 'Delete the arrow to “Encaisse”' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete the arrow from “Entre”' })).toBeVisible()
  for (const lang of ['en', 'fr'] as const) {
    await setLanguage(page, lang)
    expect(await sharedButtonNames(page), `a board with its side panel (${lang})`).toEqual([])
  }
  await page.getByRole('button', { name: 'Supprimer la flèche vers « Encaisse »' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)

  await page.getByRole('button', { name: 'Retour aux tableaux' }).click()
  await page.getByRole('button', { name: /^Supprimer.*Noms$/ }).click()
  await page.getByRole('button', { name: 'Nouveau tableau' }).click()
  for (const lang of ['fr', 'en'] as const) {
    await setLanguage(page, lang)
    expect(await sharedButtonNames(page), `the home screen with a form and a banner (${lang})`).toEqual([])
  }
})
