// The raster work of a just-opened board's first picture: from a trace written by BENCH_TRACE=dir
// (npm run bench), the RasterTask time of the page's renderer from its longest main-thread task
// to 600 ms after it ends. Usage: node scripts/bench/firstRaster.mjs dir/open-*.json
import { readFileSync } from 'node:fs'
for (const f of process.argv.slice(2)) {
  const raw = JSON.parse(readFileSync(f, 'utf8'))
  const ev = raw.traceEvents ?? raw
  const fc = new Map()
  for (const e of ev) if (e.name === 'FunctionCall') fc.set(e.pid, (fc.get(e.pid) ?? 0) + (e.dur ?? 0))
  const pid = [...fc].sort((a, b) => b[1] - a[1])[0][0]
  const names = new Map()
  for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(e.pid + ':' + e.tid, e.args.name)
  const main = ev.filter((e) => e.pid === pid && names.get(e.pid + ':' + e.tid) === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask' && e.dur)
  const big = main.sort((a, b) => b.dur - a.dur)[0]
  const end = big.ts + big.dur
  const r = ev.filter((e) => e.pid === pid && e.name === 'RasterTask' && e.ts >= big.ts && e.ts < end + 600000)
  const ms = (v) => Math.round(v / 1000)
  console.log(
    `${f.split('/').pop()}: longest main-thread task ${ms(big.dur)} ms; raster in the 600 ms after it ${ms(r.reduce((a, e) => a + e.dur, 0))} ms (${r.length} tasks)`,
  )
}
