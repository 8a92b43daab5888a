// When the browser refuses to store (quota full), the user is told at once and can take the
// board away as a file; once storage works again, nothing typed meanwhile is lost.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createBoard, expectSaved, readStoredBoard } from './helpers'

test('a full disk is shown with a way out, and the edits are written once storage is back', async ({ page }) => {
  // Every IndexedDB write fails with QuotaExceededError while `__failWrites` is set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __failWrites?: boolean }).__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  const id = await createBoard(page, 'Before the disk filled up')
  await expectSaved(page)
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true))

  const title = page.getByRole('textbox', { name: 'Board title' })
  await title.fill('Typed while the disk was full')
  await title.press('Enter')
  const banner = page.getByRole('alert').filter({ hasText: 'Storage is full' })
  await expect(banner).toBeVisible()
  await expect(page.getByTestId('save-status')).toContainText('Not saved')
  expect((await readStoredBoard(page, id))!.board.title).toBe('Before the disk filled up')

  // the way out: the board as a file, with the edit in it
  const download = page.waitForEvent('download', { timeout: 0 })
  await banner.getByRole('button', { name: 'Download the board as a file' }).click()
  const file = await download
  const path = test.info().outputPath('rescued.parcours.json')
  await file.saveAs(path)
  const rescued = JSON.parse(readFileSync(path, 'utf8'))
  expect(rescued).toMatchObject({ format: 'parcours-board', board: { id, title: 'Typed while the disk was full' } })

  // storage works again: "Try again" writes what was typed. Storage comes back and the button is
  // pressed in one turn of the page, or the session's own retry could save first and take the
  // banner (and its button) away under the click.
  await banner.getByRole('button', { name: 'Try again' }).evaluate((button) => {
    ;(window as unknown as { __failWrites: boolean }).__failWrites = false
    ;(button as HTMLButtonElement).click()
  })
  await expectSaved(page)
  await expect(banner).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Typed while the disk was full')
})
