// The import graph of src/, read from the files themselves: layers import downward only, and
// no files import each other (directly or round a longer loop). See README, "How it is built".
import { describe, expect, it } from 'vitest'
import { BOARD_KINDS } from './domain/types'

const SOURCES = import.meta.glob<string>('./**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true })

/** What each layer may import (besides itself), lowest first. `root` is src/main.tsx. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  i18n: [],
  ui: ['domain', 'i18n'],
  store: ['domain'],
  persistence: ['store', 'domain'],
  editor: ['store', 'domain', 'i18n'],
  canvas: ['editor', 'store', 'domain', 'ui', 'i18n'],
  features: ['canvas', 'editor', 'store', 'persistence', 'domain', 'ui', 'i18n'],
  app: ['features', 'canvas', 'editor', 'store', 'persistence', 'domain', 'ui', 'i18n'],
  root: ['app', 'features', 'canvas', 'editor', 'store', 'persistence', 'domain', 'ui', 'i18n'],
}

/** npm packages the pure layers may use: no React, no DOM, no storage, no i18n runtime. */
const PACKAGES: Partial<Record<string, readonly string[]>> = {
  domain: ['immer'],
  store: ['immer', 'zustand', 'zustand/middleware/immer'],
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file)
const layerOf = (file: string) => {
  const parts = file.replace(/^\.\//, '').split('/')
  return parts.length > 1 ? parts[0] : 'root'
}

/** The module specifiers a file imports (static, re-exports, side effects, dynamic). */
export function specifiers(source: string): string[] {
  const out: string[] = []
  for (const re of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g])
    for (const m of source.matchAll(re)) out.push(m[1])
  return out
}

function normalise(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return './' + out.join('/')
}

/** The file under src/ a relative specifier names, or null (CSS, a fixture outside src/). */
function resolve(from: string, spec: string): string | null {
  const base = normalise(from.slice(0, from.lastIndexOf('/')) + '/' + spec.split('?')[0])
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (candidate in SOURCES) return candidate
  return null
}

interface Graph {
  files: string[]
  edges: Map<string, string[]>
  packages: Map<string, string[]>
}

function buildGraph(): Graph {
  const files = Object.keys(SOURCES).sort()
  const edges = new Map<string, string[]>()
  const packages = new Map<string, string[]>()
  for (const file of files) {
    const deps: string[] = []
    const pkgs: string[] = []
    for (const spec of specifiers(SOURCES[file])) {
      if (spec.startsWith('.')) {
        const to = resolve(file, spec)
        if (to) deps.push(to)
      } else pkgs.push(spec)
    }
    edges.set(file, [...new Set(deps)])
    packages.set(file, [...new Set(pkgs)])
  }
  return { files, edges, packages }
}

/** Strongly connected components of more than one file (Tarjan), or a file importing itself. */
function cycles(g: Graph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of g.edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      if (scc.length > 1 || (g.edges.get(v) ?? []).includes(v)) out.push(scc.sort())
    }
  }
  for (const f of g.files) if (!index.has(f)) visit(f)
  return out
}

const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, '')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')

describe('the import graph of src/', () => {
  const g = buildGraph()

  it('reads the whole source tree', () => {
    expect(g.files.length).toBeGreaterThan(100)
    expect(g.files).toContain('./domain/types.ts')
    // the parser finds every kind of import
    expect(specifiers("import a from './a'\nimport type { B } from \"../b\"\nexport * from './c'\nimport './d.css'\nconst e = await import('./e')")).toEqual([
      './a',
      '../b',
      './c',
      './d.css',
      './e',
    ])
  })

  it('runs one way: each layer imports only the layers below it', () => {
    const wrong: string[] = []
    for (const file of g.files) {
      if (isTest(file)) continue // a test may set up whatever its subject needs
      const from = layerOf(file)
      const allowed = MAY_IMPORT[from]
      expect(allowed, `${file}: unknown layer "${from}" (add it to MAY_IMPORT)`).toBeDefined()
      for (const to of g.edges.get(file)!) {
        const layer = layerOf(to)
        if (layer !== from && !allowed.includes(layer)) wrong.push(`${file} → ${to} (${from} may not import ${layer})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('keeps React, the DOM, storage and the i18n runtime out of the domain and the store', () => {
    const wrong: string[] = []
    for (const file of g.files) {
      const allowed = PACKAGES[layerOf(file)]
      if (!allowed || isTest(file)) continue
      for (const p of g.packages.get(file)!) if (!allowed.includes(p)) wrong.push(`${file} imports ${p}`)
      if (layerOf(file) === 'domain') {
        const m = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*\./.exec(stripComments(SOURCES[file]))
        if (m) wrong.push(`${file} uses ${m[1]}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('has no cycle: no two files import each other, directly or round a loop', () => {
    expect(cycles(g).map((c) => c.join(' ↔ '))).toEqual([])
  })

  it('asks a board kind for its facts: nothing outside domain/kinds/ tests a kind by its name', () => {
    const kinds = BOARD_KINDS.join('|')
    const tests = [/\bkind\s*[!=]==\s*['"`]/, new RegExp(`[!=]==\\s*['"\`](${kinds})['"\`]|['"\`](${kinds})['"\`]\\s*[!=]==|\\bcase\\s*['"\`](${kinds})['"\`]`)]
    const wrong: string[] = []
    for (const file of g.files) {
      if (file.startsWith('./domain/kinds/') || file === './architecture.test.ts') continue
      stripComments(SOURCES[file])
        .split('\n')
        .forEach((line, i) => tests.some((re) => re.test(line)) && wrong.push(`${file}:${i + 1}: ${line.trim()}`))
    }
    expect(wrong).toEqual([])
  })

  it('finds a cycle and a wrong direction when there is one (the checks can fail)', () => {
    const toy: Graph = {
      files: ['./a.ts', './b.ts', './c.ts'],
      edges: new Map([
        ['./a.ts', ['./b.ts']],
        ['./b.ts', ['./c.ts']],
        ['./c.ts', ['./a.ts']],
      ]),
      packages: new Map(),
    }
    expect(cycles(toy)).toEqual([['./a.ts', './b.ts', './c.ts']])
    expect(layerOf('./canvas/nodes.tsx')).toBe('canvas')
    expect(MAY_IMPORT.canvas).not.toContain('features')
  })
})
