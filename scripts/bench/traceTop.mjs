// Sums a drag trace written by `BENCH_TRACE=dir npm run bench` by event name, per thread:
// node scripts/bench/traceTop.mjs dir/app-….json [how many]
import { readFileSync } from 'node:fs'

const [file, many = '25'] = process.argv.slice(2)
const raw = JSON.parse(readFileSync(file, 'utf8'))
const events = raw.traceEvents ?? raw
const names = new Map()
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name)
const sums = new Map()
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue
  const thread = names.get(`${e.pid}:${e.tid}`) ?? '?'
  if (!/CrRendererMain|Compositor|Raster|VizCompositor|CrGpuMain/.test(thread)) continue
  const k = `${thread.padEnd(22)} ${e.name}`
  const s = sums.get(k) ?? { n: 0, wall: 0, cpu: 0 }
  s.n++
  s.wall += e.dur / 1000
  s.cpu += (e.tdur ?? 0) / 1000
  sums.set(k, s)
}
console.log(file)
for (const [k, s] of [...sums].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, Number(many)))
  console.log(`${s.cpu.toFixed(0).padStart(7)} ms cpu ${s.wall.toFixed(0).padStart(7)} ms wall ${String(s.n).padStart(6)}×  ${k}`)
