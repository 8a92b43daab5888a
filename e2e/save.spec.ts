// Saving, as a hurried user meets it: text typed in an open box comes back after a closed tab
// (drafts), and two tabs that fight over one card are told about it, with "Keep mine".
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

/** The board's stored draft text (raw IndexedDB), or null. */
const storedDraft = (page: Page, boardId: string) =>
  page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const get = db.transaction('drafts', 'readonly').objectStore('drafts').get(id)
          get.onsuccess = () => (db.close(), resolve((get.result?.draft?.text as string | undefined) ?? null))
          get.onerror = () => reject(get.error)
        }
      }),
    boardId,
  )

const firstName = (page: Page, box: 'Stage name' | 'Lane name') => page.getByRole('textbox', { name: box }).first().inputValue()

test('text typed in a card editor comes back after the tab is closed, in the reopened editor', async ({ context }) => {
  const page = await context.newPage()
  const id = await createBoard(page, 'Drafts')
  await addCardAt(page, await firstName(page, 'Stage name'), await firstName(page, 'Lane name'), 'Looks for the timetable')
  await card(page, 'Looks for the timetable').dblclick()
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await expect(editor).toBeFocused()
  await editor.fill('Looks for the timetable, then gives up and calls')
  // saved as the board's draft while typed (never committed)
  await expect.poll(() => storedDraft(page, id)).toBe('Looks for the timetable, then gives up and calls')
  await page.close() // no unload handlers run: the tab just dies
  const again = await context.newPage()
  await again.goto(`/#/board/${id}`)
  const back = again.getByRole('textbox', { name: 'Card text' })
  await expect(back).toHaveValue('Looks for the timetable, then gives up and calls')
  await expect(back).toBeFocused()
  await back.press('Escape') // committed: the card holds it, the draft is gone
  await expect(card(again, 'then gives up and calls')).toBeVisible()
  await expectSaved(again)
  await expect.poll(() => storedDraft(again, id)).toBeNull()
  expect((await readStoredBoard(again, id))!.board.cards.map((c) => c.text)).toContain('Looks for the timetable, then gives up and calls')
})

test('a stage name being typed when the tab closes comes back in its box', async ({ context }) => {
  const page = await context.newPage()
  const id = await createBoard(page, 'Drafted names')
  const name = page.getByRole('textbox', { name: 'Stage name' }).first()
  const before = await name.inputValue()
  await name.fill('Hears about the offer')
  await page.close({ runBeforeUnload: true }) // closed at once, the draft maybe still waiting
  const again = await context.newPage()
  await again.goto(`/#/board/${id}`)
  const box = again.getByRole('textbox', { name: 'Stage name' }).first()
  await expect(box).toHaveValue('Hears about the offer')
  await expect(box).toBeFocused()
  // not committed yet: the board still holds the old name until the box is left
  expect((await readStoredBoard(again, id))!.board.stages[0].name).toBe(before)
  await box.press('Enter')
  await expectSaved(again)
  await expect.poll(async () => (await readStoredBoard(again, id))!.board.stages[0].name).toBe('Hears about the offer')
  await expect.poll(() => storedDraft(again, id)).toBeNull()
})

test('a phase name being typed when the tab closes comes back in its box too', async ({ context }) => {
  const page = await context.newPage()
  const id = await createBoard(page, 'Drafted phases')
  const phase = page.getByRole('textbox', { name: 'Phase name' }).first()
  const before = await phase.inputValue()
  await phase.fill('Before the trip')
  await expect.poll(() => storedDraft(page, id)).toBe('Before the trip')
  await page.close({ runBeforeUnload: true })
  const again = await context.newPage()
  await again.goto(`/#/board/${id}`)
  const box = again.getByRole('textbox', { name: 'Phase name' }).first()
  await expect(box).toHaveValue('Before the trip')
  await expect(box).toBeFocused()
  expect((await readStoredBoard(again, id))!.board.phases![0].name).toBe(before)
  await box.press('Enter')
  await expect.poll(async () => (await readStoredBoard(again, id))!.board.phases![0].name).toBe('Before the trip')
})

test('two tabs edit one card’s text: the tab whose text was replaced is told, and Keep mine brings it back in one undoable edit', async ({
  context,
}, testInfo) => {
  const a = await context.newPage()
  const id = await createBoard(a, 'Two editors')
  await addCardAt(a, await firstName(a, 'Stage name'), await firstName(a, 'Lane name'), 'Original text')
  const b = await context.newPage()
  await b.goto(`/#/board/${id}`)
  // B opens the card's editor and types, without ending
  await card(b, 'Original text').dblclick()
  const editorB = b.getByRole('textbox', { name: 'Card text' })
  await expect(editorB).toBeFocused()
  await editorB.fill('Beta, typed in B')
  // A edits the same card and ends first
  await card(a, 'Original text').dblclick()
  const editorA = a.getByRole('textbox', { name: 'Card text' })
  await expect(editorA).toBeFocused()
  await editorA.fill('Alpha, typed in A')
  await editorA.press('Escape')
  await expect(card(b, 'Alpha, typed in A')).toHaveCount(0) // B's open editor keeps B's text
  await expectSaved(a)
  // then B ends its edit: B's text replaces A's
  await editorB.press('Escape')
  await expect(card(a, 'Beta, typed in B')).toBeVisible()
  const notice = a.getByRole('status', { name: 'Edits made in another tab' })
  await expect(notice).toContainText('Another tab replaced your card text “Alpha, typed in A” with “Beta, typed in B”.')
  await expect(b.getByTestId('conflict-notice')).toHaveCount(0) // B's text won: nothing to tell B
  await a.screenshot({ path: testInfo.outputPath('conflict-en.png') })
  await a.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  const avis = a.getByRole('status', { name: 'Modifications faites dans un autre onglet' })
  await expect(avis).toContainText('Un autre onglet a remplacé le texte de votre carte « Alpha, typed in A » par « Beta, typed in B ».')
  await a.screenshot({ path: testInfo.outputPath('conflict-fr.png') })
  await avis.getByRole('button', { name: /^Garder ma version/ }).click()
  await expect(avis).toBeEmpty()
  await expect(card(a, 'Alpha, typed in A')).toBeVisible()
  await expect(card(b, 'Alpha, typed in A')).toBeVisible()
  await expect(a.getByTestId('save-status')).toContainText('Enregistré')
  await expect.poll(async () => (await readStoredBoard(a, id))!.board.cards.map((c) => c.text)).toEqual(['Alpha, typed in A'])
  // one undoable edit: undo shows B's text again
  await a.keyboard.press('Control+z')
  await expect(card(a, 'Beta, typed in B')).toBeVisible()
})

test('tab A deletes the card tab B is editing: B is told with its typed text, and Keep mine re-adds the card', async ({ context }) => {
  const a = await context.newPage()
  const id = await createBoard(a, 'Deleted under me')
  await addCardAt(a, await firstName(a, 'Stage name'), await firstName(a, 'Lane name'), 'Card to delete')
  const b = await context.newPage()
  await b.goto(`/#/board/${id}`)
  await card(b, 'Card to delete').dblclick()
  const editorB = b.getByRole('textbox', { name: 'Card text' })
  await expect(editorB).toBeFocused()
  await editorB.fill('Words typed in B, never ended')
  await expect.poll(() => storedDraft(b, id)).toBe('Words typed in B, never ended')
  // A deletes the card
  await card(a, 'Card to delete').click()
  await a.keyboard.press('Delete')
  await expect(card(a, 'Card to delete')).toHaveCount(0)
  const notice = b.getByRole('status', { name: 'Edits made in another tab' })
  await expect(notice).toContainText('Another tab deleted the card you were editing: “Words typed in B, never ended”.')
  await expect(editorB).toHaveCount(0)
  await notice.getByRole('button', { name: /^Keep mine/ }).click()
  await expect(card(b, 'Words typed in B, never ended')).toBeVisible()
  await expect(card(a, 'Words typed in B, never ended')).toBeVisible()
  await expectSaved(b)
  await expect.poll(async () => (await readStoredBoard(b, id))!.board.cards.map((c) => c.text)).toEqual(['Words typed in B, never ended'])
  await expect.poll(() => storedDraft(b, id)).toBeNull()
})
