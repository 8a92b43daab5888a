// The safety copy (issue 8): Chromium deletes an origin's IndexedDB when a crash left it
// damaged — every board at once. The crash harness (npm run crash) meets that about once in
// twenty kills made while an edit is written. Here the browser loses the database the same
// way (deleted while the app is closed) and the boards come back from the copy in the origin's
// private file system, with a notice that says so.
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved } from './helpers'

/** What Chromium does to a damaged store, done while no page of the app is open. */
async function loseDatabase(page: Page) {
  await page.goto('/manifest.webmanifest') // a page of the origin where the app does not run
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.deleteDatabase('parcours')
        req.onsuccess = () => resolve(null)
        req.onerror = () => reject(req.error)
        req.onblocked = () => reject(new Error('the app still holds the database'))
      }),
  )
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('parcours')
}

/** The board files in the safety copy (OPFS), read the way the browser keeps them. */
const copiedFiles = (page: Page) =>
  page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('parcours-safety-copy', { create: true })
    const names: string[] = []
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name)
    return names.sort()
  })

test('boards the browser lost come back from the safety copy, with a notice and a backup to download', async ({ page }) => {
  const id = await createBoard(page, 'Claims journey')
  await addCardAt(page, 'Discover', 'Customer actions', 'Reads the renewal letter')
  await expectSaved(page)
  await expect.poll(() => copiedFiles(page)).toContain(`board-${id}.json`)
  const other = await createBoard(page, 'Onboarding blueprint', 'Service blueprint')
  await expectSaved(page)
  await expect.poll(() => copiedFiles(page)).toContain(`board-${other}.json`)

  await loseDatabase(page)
  await page.goto(`/#/board/${id}`)
  await expect(card(page, 'Reads the renewal letter')).toBeVisible()
  const notice = page.getByTestId('restored-notice')
  await expect(notice).toContainText('This browser lost Parcours’s database')
  await expect(notice).toContainText('2 boards were brought back from Parcours’s safety copy')
  await expect(notice).toContainText('“Claims journey”')
  await expect(notice).toContainText('“Onboarding blueprint”')
  await page.screenshot({ path: test.info().outputPath('restored-notice.png') })
  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download a backup of every board' }).click()
  expect((await download).suggestedFilename()).toMatch(/^parcours-workspace-.*\.json$/)
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await page.goto('/#/')
  await expect(page.getByRole('link', { name: 'Onboarding blueprint' })).toBeVisible()
  // Shown once: the next opening has nothing to bring back.
  await page.reload()
  await expect(page.getByRole('link', { name: 'Claims journey' })).toBeVisible()
  await expect(page.getByTestId('restored-notice')).toHaveCount(0)
})

test('a board deleted on purpose does not come back', async ({ page }) => {
  await createBoard(page, 'Kept journey')
  await expectSaved(page)
  const id = await createBoard(page, 'Unwanted journey')
  await expectSaved(page)
  await expect.poll(() => copiedFiles(page)).toContain(`board-${id}.json`)
  await page.goto('/#/')
  await page.getByRole('button', { name: 'Delete: Unwanted journey' }).click()
  await expect(page.getByRole('link', { name: 'Unwanted journey' })).toHaveCount(0)
  await expect.poll(() => copiedFiles(page)).not.toContain(`board-${id}.json`)
  await loseDatabase(page)
  await page.goto('/#/')
  await expect(page.getByRole('link', { name: 'Kept journey' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Unwanted journey' })).toHaveCount(0)
  await expect(page.getByTestId('restored-notice')).toContainText('1 board was brought back')
})
