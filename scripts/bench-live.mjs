#!/usr/bin/env node
// `npm run bench:live`: the live server (server/app.mjs, in a process of its own) and N simulated
// participants — Node Yjs clients through the Hocuspocus provider, on loopback — in one room.
// Each participant adds 20 notes and 3 dots, spread over BENCH_LIVE_SECONDS (default 60), in the
// board document's own shape (`c:cards` and `c:dots` maps of records, as src/sync/yboard.ts
// writes them). Then:
//   - every client holds the same 20·N notes and 3·N dots: the documents' hashes (SHA-256 of
//     their canonical JSON) are compared;
//   - note propagation: for each note, the time from its write to the moment the LAST other
//     client has it (p50, p95, max), and the same per (note, client) pair;
//   - the server's memory (RSS and heap, peak and at the end).
// Runs for 30 then 100 participants (BENCH_LIVE_CLIENTS=30,100). Exits non-zero when the
// clients do not converge.
import { fork } from 'node:child_process'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HocuspocusProvider } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'

const SERVER_CHILD = process.argv[2] === '--server'
const NOTES = 20
const DOTS = 3

function startServer(dataDir) {
  const child = fork(fileURLToPath(import.meta.url), ['--server', dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const mem = { peakRss: 0, peakHeap: 0, rss: 0, heap: 0, lag: 0, cpu: 0 }
  return new Promise((resolve) => {
    child.on('message', (/** @type {any} */ msg) => {
      if (msg.port) resolve({ child, port: msg.port, mem })
      if (msg.rss) {
        mem.rss = msg.rss
        mem.heap = msg.heap
        mem.lag = msg.lag
        mem.cpu = msg.cpu
        mem.peakRss = Math.max(mem.peakRss, msg.rss)
        mem.peakHeap = Math.max(mem.peakHeap, msg.heap)
      }
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
async function until(fn, ms, what) {
  const end = Date.now() + ms
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`)
    await sleep(50)
  }
}

const canonical = (v) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
        .join(',')}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : JSON.stringify(v)
const hashOf = (doc) =>
  createHash('sha256')
    .update(canonical({ meta: doc.getMap('meta').toJSON(), cards: doc.getMap('c:cards').toJSON(), dots: doc.getMap('c:dots').toJSON() }))
    .digest('hex')

const quantile = (xs, q) => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`

function connect(port, room, secret, name) {
  const doc = new Y.Doc()
  const c = { doc, synced: false, name, seen: new Map() }
  c.provider = new HocuspocusProvider({
    url: `ws://127.0.0.1:${port}/sync`,
    name: room,
    token: secret,
    document: doc,
    ...{ WebSocketPolyfill: WebSocket }, // Node 20 has no WebSocket of its own
    onSynced: () => (c.synced = true),
  })
  // when each note first reached this client
  doc.getMap('c:cards').observe((e) => {
    const now = performance.timeOrigin + performance.now()
    for (const [key, change] of e.changes.keys) if (change.action === 'add' && !c.seen.has(key)) c.seen.set(key, now)
  })
  return c
}

async function run(n, seconds) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bench-live-'))
  const { child, port, mem } = await startServer(dataDir)
  const room = await (await fetch(`http://127.0.0.1:${port}/api/rooms`, { method: 'POST' })).json()
  // the facilitator's board: six stages and two lanes
  const fac = connect(port, room.id, room.secrets.facilitator, 'facilitator')
  await until(() => fac.synced, 30_000, 'facilitator synced')
  const stages = ['s1', 's2', 's3', 's4', 's5', 's6']
  fac.doc.transact(() => {
    const meta = fac.doc.getMap('meta')
    meta.set('id', 'bench-board')
    meta.set('title', 'Bench workshop')
    meta.set('kind', 'journey')
    const st = fac.doc.getMap('c:stages')
    stages.forEach((id, i) => {
      const y = new Y.Map()
      st.set(id, y)
      y.set('id', id)
      y.set('name', `Stage ${i + 1}`)
      y.set('_o', `a${i}`)
    })
  })
  const clients = []
  for (let i = 0; i < n; i++) clients.push(connect(port, room.id, room.secrets.participant, `p${i}`))
  await until(() => clients.every((c) => c.synced), 120_000, 'participants synced')
  const all = [fac, ...clients]
  const written = new Map() // note id → write time

  // each participant's 20 notes and 3 dots at random moments over the run
  const lag = monitorEventLoopDelay({ resolution: 10 })
  lag.enable()
  const t0 = Date.now()
  const cpu0 = mem.cpu
  const jobs = []
  clients.forEach((c, i) => {
    for (let k = 0; k < NOTES; k++) {
      const at = Math.random() * seconds * 1000 * 0.8
      jobs.push(
        sleep(at).then(() => {
          const id = `n-${i}-${k}`
          const now = performance.timeOrigin + performance.now()
          written.set(id, now)
          c.seen.set(id, now)
          c.doc.transact(() => {
            const y = new Y.Map()
            c.doc.getMap('c:cards').set(id, y)
            y.set('id', id)
            y.set('stageId', stages[(i + k) % stages.length])
            y.set('laneId', 'pains')
            y.set('text', `Note ${k} of participant ${i}`)
            y.set('tag', k % 2 ? 'wow' : 'irritant')
            y.set('_o', `${String(k).padStart(3, '0')}${i}`)
            y.set('authorId', `p${i}`) // who wrote it: the card's own field, as the app writes it
          })
        }),
      )
    }
    for (let d = 0; d < DOTS; d++) {
      const at = seconds * 1000 * (0.8 + Math.random() * 0.2)
      jobs.push(
        sleep(at).then(() => {
          const cards = [...c.doc.getMap('c:cards').keys()]
          const target = cards[Math.floor(Math.random() * cards.length)]
          // one transaction, as the app writes a dot: its fields arrive with it
          c.doc.transact(() => {
            const y = new Y.Map()
            c.doc.getMap('c:dots').set(`d-${i}-${d}`, y)
            y.set('id', `d-${i}-${d}`)
            y.set('cardId', target)
            y.set('participantId', `p${i}`)
          })
        }),
      )
    }
  })
  await Promise.all(jobs)
  const notes = n * NOTES
  const dots = n * DOTS
  await until(
    () => all.every((c) => c.doc.getMap('c:cards').size === notes && c.doc.getMap('c:dots').size === dots),
    600_000,
    `every client with ${notes} notes and ${dots} dots`,
  )
  const elapsed = (Date.now() - t0) / 1000
  lag.disable()
  const clientLag = lag.percentile(95) / 1e6
  const serverCpu = mem.cpu - cpu0
  // the counts can match before the last updates of a record arrived: give them 30 s to settle
  let hashes = new Set(all.map((c) => hashOf(c.doc)))
  for (const until30 = Date.now() + 30_000; hashes.size > 1 && Date.now() < until30;) {
    await sleep(200)
    hashes = new Set(all.map((c) => hashOf(c.doc)))
  }

  // propagation: per note, until the last client has it; and per (note, client)
  const toAll = []
  const pairs = []
  for (const [id, at] of written) {
    let last = 0
    for (const c of all) {
      const seen = c.seen.get(id)
      if (seen === undefined) continue
      const d = seen - at
      if (c.seen !== undefined && d > 0) pairs.push(d)
      last = Math.max(last, d)
    }
    toAll.push(last)
  }
  const unsynced = all.reduce((s, c) => s + c.provider.unsyncedChanges, 0)
  await sleep(600)
  const endMem = { ...mem }
  for (const c of all) c.provider.destroy()
  child.send('stop')
  await new Promise((r) => child.on('exit', r))
  rmSync(dataDir, { recursive: true, force: true })
  return { n, notes, dots, elapsed, hashes: hashes.size, hash: [...hashes][0], toAll, pairs, mem: endMem, unsynced, clientLag, serverCpu }
}

async function main() {
  const sizes = (process.env.BENCH_LIVE_CLIENTS ?? '30,100').split(',').map(Number)
  const seconds = Number(process.env.BENCH_LIVE_SECONDS ?? 60)
  console.log(`bench:live — ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}, Node ${process.version}, notes over ${seconds} s`)
  let failed = false
  for (const n of sizes) {
    const r = await run(n, seconds)
    const same = r.hashes === 1
    failed ||= !same
    console.log(
      [
        `${n} participants: ${r.notes} notes and ${r.dots} dots in ${r.elapsed.toFixed(1)} s`,
        `  same document everywhere: ${same ? `yes (${n + 1} clients, sha256 ${r.hash.slice(0, 12)}…)` : `NO — ${r.hashes} different hashes`}`,
        `  note → every client: p50 ${quantile(r.toAll, 0.5).toFixed(0)} ms, p95 ${quantile(r.toAll, 0.95).toFixed(0)} ms, max ${Math.max(...r.toAll).toFixed(0)} ms`,
        `  note → one client:   p50 ${quantile(r.pairs, 0.5).toFixed(0)} ms, p95 ${quantile(r.pairs, 0.95).toFixed(0)} ms`,
        `  server memory: RSS ${mb(r.mem.rss)} at the end (peak ${mb(r.mem.peakRss)}), heap ${mb(r.mem.heap)} (peak ${mb(r.mem.peakHeap)})`,
        `  server CPU: ${r.serverCpu.toFixed(1)} s over the run (${((r.serverCpu / r.elapsed) * 100).toFixed(0)} % of one core)`,
        `  event-loop delay p95: server ${r.mem.lag.toFixed(0)} ms, the ${n + 1} clients' process ${r.clientLag.toFixed(0)} ms (how starved each was of CPU)`,
      ].join('\n'),
    )
  }
  process.exit(failed ? 1 : 0)
}

if (SERVER_CHILD) {
  // The server side: its own process, so its memory is its own.
  const { createLiveServer } = await import('../server/app.mjs')
  const lag = monitorEventLoopDelay({ resolution: 10 })
  lag.enable()
  const live = createLiveServer({ port: 0, dataDir: process.argv[3], log: () => undefined })
  const port = await live.listen()
  process.send?.({ port })
  setInterval(() => {
    const m = process.memoryUsage()
    const cpu = process.cpuUsage()
    if (process.connected) process.send?.({ rss: m.rss, heap: m.heapUsed, lag: lag.percentile(95) / 1e6, cpu: (cpu.user + cpu.system) / 1e6 }, () => undefined)
  }, 250)
  process.on('disconnect', () => process.exit(0))
  process.on('message', async (msg) => {
    if (msg === 'stop') {
      await live.close()
      process.exit(0)
    }
  })
} else await main()
