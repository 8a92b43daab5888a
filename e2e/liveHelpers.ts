// The live server and the devices of a live session, for the e2e specs of live sessions: the
// real server (npm run serve) started by the test on a free port, devices as browser contexts.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { HocuspocusProvider } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DIST = process.env.E2E_OUTDIR ?? 'dist'
/** Screenshots for the README (LIVE_SHOTS=docs/screenshots), else beside the test's results. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: process.env.LIVE_SHOTS ? join(process.env.LIVE_SHOTS, name) : test.info().outputPath(name) })

export async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0))
    })
  })
}

export class LiveServer {
  proc: ChildProcess | null = null
  readonly port: number
  readonly dataDir: string
  constructor(port: number, dataDir: string) {
    this.port = port
    this.dataDir = dataDir
  }
  get url() {
    return `http://127.0.0.1:${this.port}`
  }
  async start() {
    this.proc = spawn(process.execPath, ['server/serve.mjs', '--port', String(this.port), '--data', this.dataDir, '--dist', DIST], { stdio: 'pipe' })
    this.proc.stderr?.on('data', () => undefined)
    this.proc.stdout?.on('data', () => undefined)
    await expect
      .poll(async () => {
        try {
          return (await fetch(`${this.url}/api/health`)).ok
        } catch {
          return false
        }
      })
      .toBe(true)
  }
  /** As a crash would: no flush, no goodbye. */
  kill() {
    this.proc?.kill('SIGKILL')
    this.proc = null
  }
}

export async function device(browser: Browser, baseURL: string, phone = false): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext(
    phone ? { baseURL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' } : { baseURL, serviceWorkers: 'block' },
  )
  return { ctx, page: await ctx.newPage() }
}

export async function joinAs(page: Page, link: string, name: string) {
  await page.goto(link)
  await expect(page.getByText(/You are joining a board as/)).toBeVisible()
  await page.getByRole('textbox', { name: 'Your name' }).fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page).toHaveURL(/#\/board\//)
  await expect(page.getByTestId('live-status')).toHaveText(LIVE)
}

export async function phoneAdd(page: Page, kind: 'Irritant' | 'Wow' | 'Note', stage: string, text: string) {
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: stage })
  await page.getByRole('radio', { name: kind }).check()
  await page.getByRole('textbox', { name: 'Your note' }).fill(text)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('region', { name: 'My notes' }).getByText(text)).toBeVisible()
}

/** The session's state as the toolbar (“Live session: ● Live”) or the phone (“Live”) shows it. */
export const LIVE = /(^|● )Live$/
export const OFFLINE = /(^|⚠ )Offline/

/** A live server of this spec file's own, on a free port with a fresh data folder, for all its tests. */
export function liveServerForThisFile(): { readonly url: string; start: () => Promise<void>; kill: () => void } {
  let server: LiveServer | null = null
  test.beforeAll(async () => {
    server = new LiveServer(await freePort(), mkdtempSync(join(tmpdir(), 'parcours-live-e2e-')))
    await server.start()
  })
  test.afterAll(async () => {
    server?.kill()
    if (server) rmSync(server.dataDir, { recursive: true, force: true })
  })
  return {
    get url() {
      return server!.url
    },
    start: () => server!.start(),
    kill: () => server!.kill(),
  }
}

/** A bare Yjs client of a room, with a join link's secret (what a device gets from the server, or a tampered client). */
export async function yjsClient(serverUrl: string, link: string): Promise<{ doc: Y.Doc; provider: HocuspocusProvider }> {
  const [room, secret] = link.split('#/join/')[1].split('/')
  const doc = new Y.Doc()
  let synced = false
  const provider = new HocuspocusProvider({
    url: `${serverUrl.replace('http', 'ws')}/sync`,
    name: room,
    token: secret,
    document: doc,
    ...({ WebSocketPolyfill: WebSocket } as object), // Node 20 has no WebSocket of its own
    onSynced: () => (synced = true),
  })
  await expect.poll(() => synced).toBe(true)
  return { doc, provider }
}
