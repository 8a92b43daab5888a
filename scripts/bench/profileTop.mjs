// Prints the functions with the most self time in a CPU profile written by `BENCH_PROFILE=dir npm run bench`:
// node scripts/bench/profileTop.mjs dir/app-….cpuprofile [how many]
import { readFileSync } from 'node:fs'

const [file, many = '40'] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map()
const dt = profile.timeDeltas
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i])
  const f = n.callFrame
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
}
const total = [...self.values()].reduce((a, b) => a + b, 0)
console.log(`${file}: ${total.toFixed(0)} ms sampled`)
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(many))) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`)
