// The JavaScript a browser loads before the app shows anything: the build's entry script and
// every chunk its index.html preloads (<link rel="modulepreload">), each gzipped as a server
// would send it (zlib's default level), in kB of 1,000 bytes as Vite's build report prints them.
// Used by `npm run bench`; alone: `node scripts/bench/initialJs.mjs [dist]`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const INITIAL_JS_MAX_KB = 300

/** @param {string} dir a built app (with its index.html) */
export function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1].replace(/^\.?\//, ''))
  if (!files.length) throw new Error(`no entry script in ${join(dir, 'index.html')}`)
  const sizes = files.map((f) => ({ file: f, gz: gzipSync(readFileSync(join(dir, f))).length }))
  return { kb: sizes.reduce((s, x) => s + x.gz, 0) / 1000, files: sizes }
}

export const initialJsLine = (kb) => `initial JavaScript: ${Math.round(kb)} KB gzipped (target ≤ ${INITIAL_JS_MAX_KB})`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = initialJs(process.argv[2] ?? 'dist')
  for (const f of r.files) console.log(`${(f.gz / 1000).toFixed(1).padStart(8)} kB  ${f.file}`)
  console.log(initialJsLine(r.kb))
}
