#!/usr/bin/env node
// @ts-check
// npm run serve — the live-workshop server: the built app and its sync endpoint on one port.
//   --port N   (default 4000)
//   --lan      listen on every interface and print the LAN addresses (default: 127.0.0.1 only)
//   --data DIR where rooms are kept (default: ./live-data)
//   --dist DIR the built app (default: ./dist; built first when missing)
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { createLiveServer } from './app.mjs'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt
}
const port = Number(opt('port', 4000))
const lan = args.includes('--lan')
const dataDir = opt('data', 'live-data')
const distDir = opt('dist', 'dist')

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: a port number from 0 to 65535, not “${opt('port', '')}”`)
  process.exit(2)
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.log(`No built app in ${distDir}/: building it (npx vite build)…`)
  execSync(`npx vite build --outDir ${distDir}`, { stdio: 'inherit' })
}

const lanAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a?.address}:${actual}/`)
const live = createLiveServer({ port, host: lan ? '0.0.0.0' : '127.0.0.1', dataDir, distDir, lanAddresses: lan ? lanAddresses : undefined })
const actual = await live.listen()
console.log(`Parcours is served on http://127.0.0.1:${actual}/ (rooms kept in ${dataDir}/)`)
if (lan) {
  const addresses = lanAddresses()
  console.log(addresses.length ? `On the local network: ${addresses.join('  ')}` : 'No local network address found.')
} else console.log('Only this machine can reach it; start with --lan to let other devices join.')
console.log('Stop with Ctrl+C.')

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  console.log('Stopping: writing the rooms to disk…')
  await live.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
