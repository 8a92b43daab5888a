// The build opened from a LAN name over plain http (project `lan` in playwright.config.ts:
// parcours.test mapped to 127.0.0.1): no secure context, so no service worker, no
// crypto.randomUUID, no async clipboard. Boards open, edits save, no page error.
import { expect, test } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

test('plain http from a LAN name: boards open and edits save, with no service worker', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  expect(new URL(page.url()).hostname).toBe('parcours.test')
  const context = await page.evaluate(() => ({
    secure: window.isSecureContext,
    serviceWorker: 'serviceWorker' in navigator,
    randomUUID: typeof crypto.randomUUID,
    clipboard: typeof navigator.clipboard,
  }))
  expect(context).toEqual({ secure: false, serviceWorker: false, randomUUID: 'undefined', clipboard: 'undefined' })

  const id = await createBoard(page, 'Served over the LAN')
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  const lane = await page.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
  await addCardAt(page, stage, lane, 'A card typed on the LAN')
  await expectSaved(page)

  // a second board from the home screen, duplicated there
  await page.goto('/')
  await page.getByRole('button', { name: 'Duplicate: Served over the LAN' }).click()
  await expect(page.getByRole('link', { name: 'Served over the LAN (copy)' })).toBeVisible()

  // after a reload the edits are there, in IndexedDB
  await page.goto(`/#/board/${id}`)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Served over the LAN')
  await expect(card(page, 'A card typed on the LAN')).toBeVisible()
  const stored = await readStoredBoard(page, id)
  expect(stored?.board.cards.map((c) => c.text)).toEqual(['A card typed on the LAN'])
  expect(errors).toEqual([])
})
