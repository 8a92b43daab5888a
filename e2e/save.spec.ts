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
