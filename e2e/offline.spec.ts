// The app after one visit, with the network off: a reload opens the home screen and every
// board from the service worker's precache, and edits still save (IndexedDB needs no network).
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

test.use({ serviceWorkers: 'allow' })

/** The service worker has precached the app and controls the page. */
async function expectOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
}

async function firstCell(page: Page): Promise<[string, string]> {
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  const lane = await page.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
  return [stage, lane]
}

test('offline after one visit: a reload opens the home screen and every board, and edits save', async ({ page, context }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  const journey = await createBoard(page, 'Renew a passport offline')
  const [stage, lane] = await firstCell(page)
  await addCardAt(page, stage, lane, 'Written online')
  await expectSaved(page)
  const blueprint = await createBoard(page, 'A blueprint for the road', 'Service blueprint')
  await expectOfflineReady(page)

  await context.setOffline(true)
  // the network is really gone: a request the precache does not hold fails
  expect(
    await page.evaluate(() =>
      fetch(`./not-precached-${Date.now()}.json`).then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed')

  // a reload of a board
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('A blueprint for the road')
  await expect(page.locator('.react-flow__node-stage').first()).toBeVisible()

  // the home screen lists both boards
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Renew a passport offline' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'A blueprint for the road' })).toBeVisible()

  // the other board opens, with its card, and takes an edit
  await page.goto(`/#/board/${journey}`)
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Renew a passport offline')
  await expect(card(page, 'Written online')).toBeVisible()
  await addCardAt(page, stage, lane, 'Written offline')
  await expectSaved(page)

  // still offline: a reload shows the edit, and it is in IndexedDB
  await page.reload()
  await expect(card(page, 'Written offline')).toBeVisible()
  const stored = await readStoredBoard(page, journey)
  expect(stored?.board.cards.map((c) => c.text).sort()).toEqual(['Written offline', 'Written online'])
  expect((await readStoredBoard(page, blueprint))?.board.title).toBe('A blueprint for the road')
  expect(errors).toEqual([])
})

test('installable: a web manifest with icons, and the favicon, all served relative to the page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible()
  const links = await page.evaluate(() => ({
    manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.getAttribute('href'),
    icon: document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.getAttribute('href'),
  }))
  // relative addresses: the build works from any folder
  expect(links.manifest).toMatch(/^\.\//)
  expect(links.icon).toMatch(/^\.\//)
  const manifestUrl = new URL(links.manifest!, page.url())
  const manifest = await (await page.request.get(manifestUrl.href)).json()
  expect(manifest).toMatchObject({ name: 'Parcours', display: 'standalone', start_url: './' })
  const sizes: string[] = []
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const res = await page.request.get(new URL(icon.src, manifestUrl).href)
    expect(res.ok(), icon.src).toBe(true)
    const png = await res.body()
    expect(png.subarray(1, 4).toString(), icon.src).toBe('PNG')
    // the size the manifest declares is the image's size (PNG header: width, height at 16 and 20)
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
    sizes.push(icon.sizes)
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  const favicon = await page.request.get(new URL(links.icon!, page.url()).href)
  expect(favicon.ok()).toBe(true)
  expect(await favicon.text()).toContain('<svg')
})
