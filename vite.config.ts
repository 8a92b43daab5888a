/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

// Everything the app's entry imports statically goes in one chunk: without this group the
// bundler splits what the entry shares with a lazy chunk into many small files, all of them
// loaded at start anyway, and gzip compresses them worse (npm run bench: initial JavaScript).
const MAIN = fileURLToPath(new URL('./src/main.tsx', import.meta.url))
let initialModules: Set<string> | null = null
function initialChunk(id: string, ctx: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }): string | null {
  if (!initialModules) {
    const seen = new Set([MAIN])
    const todo = [MAIN]
    while (todo.length)
      for (const dep of ctx.getModuleInfo(todo.pop()!)?.importedIds ?? [])
        if (!seen.has(dep)) {
          seen.add(dep)
          todo.push(dep)
        }
    initialModules = seen
  }
  return initialModules.has(id) ? 'index' : null
}

// The card font (Inter 400: its Latin and Latin Extended faces, both of which asking for the
// card font loads) is fetched with the page, not once its stylesheet and the app's code asked
// for it: a board's cards are measured with it before they are first drawn.
const CARD_FONT_FILE = /(^|\/)inter-latin(-ext)?-400-normal-[\w-]+\.woff2$/
const preloadCardFont: Plugin = {
  name: 'preload-card-font',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const files = Object.keys(ctx.bundle ?? {}).filter((f) => CARD_FONT_FILE.test(f))
      return files.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
        injectTo: 'head' as const,
      }))
    },
  },
}

// A board page's first read of IndexedDB (src/persistence/preread.js), put in index.html as it
// is: it runs while the app's code is fetched and compiled.
const PREREAD = fileURLToPath(new URL('./src/persistence/preread.js', import.meta.url))
const inlinePreread: Plugin = {
  name: 'inline-preread',
  transformIndexHtml: () => [{ tag: 'script', attrs: { id: 'preread' }, children: readFileSync(PREREAD, 'utf8'), injectTo: 'head' }],
}

export default defineConfig({
  plugins: [
    react(),
    { name: 'initial-chunk', buildStart: () => void (initialModules = null) },
    preloadCardFont,
    inlinePreread,
    // A service worker (Workbox) precaches the whole app: after one visit it opens with the
    // network off. Updates wait for the user (src/app/serviceWorker.ts offers Reload once every
    // edit is saved). Where there is no service worker (plain http from a LAN name) the app
    // runs as a page, as before.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Parcours',
        short_name: 'Parcours',
        description: 'Customer journey maps, service blueprints, empathy maps and personas, kept in your browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#f6f7f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // jsPDF and the export code are loaded on demand: precache them too, so exports work offline
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // the first visit is served by the worker too (its on-demand chunks come from the cache)
        clientsClaim: true,
      },
    }),
  ],
  base: './',
  build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: initialChunk, debugName: 'initial' }] } } } },
  server: { port: 5173, strictPort: false },
  // parcours.test: the e2e suite opens the build through a name that is not localhost (plain
  // http, no secure context), as a LAN address would be.
  preview: { port: 4173, allowedHosts: ['parcours.test'] },
  test: {
    // Node by default: a jsdom per test file cost more than the tests themselves. A test that
    // needs a DOM (components, localStorage, the service worker) says so in its first line:
    // `// @vitest-environment jsdom`.
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    // A hang detector sized for CI's 2 busy cores (a property test over random boards took 6 s at
    // load 23 and failed Vitest's 5 s default), not for how long a test usually takes.
    testTimeout: 60_000,
    // Vitest keeps a core for itself by default: on CI's 2 cores that ran one file at a time
    // (106 s for the unit suite; 67 s with two at once).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'server/**/*.test.mjs'],
  },
})
