// A new version deployed while the app is open: a notice offers Reload, and the page reloads
// into the new version only once every edit is saved. The build is served here by a small
// server of the test's own, from a copy of the build that the test can "deploy" over.
import { expect, test } from '@playwright/test'
import { appendFileSync, cpSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { addCardAt, card, expectSaved, readStoredBoard } from './helpers'

test.use({ serviceWorkers: 'allow' })

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
}

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    if (path.endsWith('/')) path += 'index.html'
    try {
      const body = readFileSync(join(root, path))
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

test('a new version: the notice offers Reload, which waits for the last edit to be saved', async ({ page }) => {
  const site = test.info().outputPath('site')
  cpSync(process.env.E2E_OUTDIR ?? 'dist', site, { recursive: true })
  const server = await serve(site)
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    await page.goto(base)
    await page.getByRole('button', { name: 'New board' }).click()
    await page.getByRole('textbox', { name: 'Board title' }).fill('Open during the update')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Open during the update')
    expect(page.url().startsWith(base)).toBe(true)
    const id = decodeURIComponent(page.url().split('#/board/')[1])
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
    await expect(page.getByTestId('update-notice')).toHaveCount(0)

    // deploy a new version (a changed service worker), and let the page look for it
    appendFileSync(join(site, 'sw.js'), '\n// next version\n')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const notice = page.getByTestId('update-notice')
    await expect(notice).toContainText('A new version of Parcours is ready.')
    await page.screenshot({ path: test.info().outputPath('update-notice.png') })

    // an edit, then Reload at once: the page reloads into the new version with the edit saved
    const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
    const lane = await page.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true))
    await addCardAt(page, stage, lane, 'Typed just before the update')
    await notice.getByRole('button', { name: 'Reload' }).click()
    // (the page reloads: a marker set on the old page is gone from the new one)
    const marked = () => page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false).catch(() => 'navigating')
    await expect.poll(marked).toBe(false)
    await expect(card(page, 'Typed just before the update')).toBeVisible()
    await expect(page.getByTestId('update-notice')).toHaveCount(0)
    await expectSaved(page)
    expect((await readStoredBoard(page, id))?.board.cards.map((c) => c.text)).toEqual(['Typed just before the update'])
    // the new version is the one in charge, none waits
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false)
  } finally {
    await new Promise((r) => server.close(r))
  }
})
