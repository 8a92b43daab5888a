import { defineConfig, devices } from '@playwright/test'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Several worktrees may test at once on one machine: each can pick its own port.
const port = Number(process.env.E2E_PORT ?? 4173)
// ...and its own build folder and results folder, so parallel runs never serve or wipe another's files.
const outDir = process.env.E2E_OUTDIR ?? 'dist'
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  // A hang detector sized for the slowest machine the suite runs on (2 shared cores, busy:
  // several times slower than a quiet one), not for how long a test usually takes.
  timeout: 180_000,
  // Bounds on waits for a state (a board opening, a card appearing): never reached on a quiet
  // machine, but a board opened on a busy one can take more than 10 s to show.
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    actionTimeout: 30_000,
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: chromiumArgs,
    },
  },
  projects: [
    // Service workers only where a spec asks for them (offline.spec.ts): every other test would
    // download the whole precache for nothing.
    {
      name: 'chromium',
      testIgnore: /\.lan\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' },
    },
    {
      // The build opened as from a LAN address: plain http on a name that is not localhost, so
      // no secure context (no service worker, no crypto.randomUUID, no async clipboard).
      name: 'lan',
      testMatch: /\.lan\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        baseURL: `http://parcours.test:${port}`,
        launchOptions: { executablePath: chromium, args: [...chromiumArgs, '--host-resolver-rules=MAP parcours.test 127.0.0.1'] },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
  },
})
