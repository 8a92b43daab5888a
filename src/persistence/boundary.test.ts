// src/persistence/ is the only door into IndexedDB: no file outside it imports Dexie or the
// database module (tests go through the repositories, or through the helper test/db.ts).
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(__dirname, '..', '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : []
  })
}

const IMPORT = /(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

describe('the door into IndexedDB', () => {
  it('nothing outside src/persistence imports Dexie or persistence/db', () => {
    const offenders: string[] = []
    for (const dir of ['src', 'test', 'e2e', 'scripts']) {
      for (const path of files(join(root, dir))) {
        const rel = relative(root, path).replaceAll('\\', '/')
        if (rel.startsWith('src/persistence/') || rel === 'test/db.ts') continue
        for (const m of readFileSync(path, 'utf8').matchAll(IMPORT)) {
          const spec = m[1] ?? m[2]
          if (spec === 'dexie' || spec.startsWith('dexie-') || /(^|\/)persistence\/db$/.test(spec)) offenders.push(`${rel} imports ${spec}`)
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it('nothing outside src/persistence opens IndexedDB itself, index.html included (its first read is persistence/preread.js, put there by the build)', () => {
    const offenders = [...files(join(root, 'src')), join(root, 'index.html')]
      .map((path) => relative(root, path).replaceAll('\\', '/'))
      .filter((rel) => !rel.startsWith('src/persistence/') && !/\.test\.tsx?$/.test(rel))
      .filter((rel) => /indexedDB\s*\.\s*open\b/.test(readFileSync(join(root, rel), 'utf8')))
    expect(offenders).toEqual([])
  })
})
