// @ts-check
// The live-workshop server: one Node process, one port. It serves the built app (dist/) and a
// Yjs sync endpoint (Hocuspocus, an existing engine — no protocol of ours) at /sync, keeps each
// room's document on disk (written atomically, so a restart or a kill loses nothing the clients
// do not have), and guards the door: a room opens only with one of its secrets, a viewer's
// changes are refused, oversized messages and documents are refused, a flood is throttled.
import { createServer } from 'node:http'
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { Hocuspocus } from '@hocuspocus/server'
import { Database } from '@hocuspocus/extension-database'
import { WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { Rooms, writeAtomic } from './rooms.mjs'

/**
 * The documents of a room: its board (`<room>`); each device's inbox for the notes of a private
 * round, face down until revealed (`<room>.inbox.<key>`, the key 128 random bits the device
 * made: only it and the facilitator know it); and the list of the room's inboxes
 * (`<room>.inboxes`), which only the facilitator may open, and only read: the server writes it.
 */
const DOC_NAME = /^([A-Za-z0-9_-]{22})(?:\.inbox\.([A-Za-z0-9_-]{22})|(\.inboxes))?$/
/** @returns {{ room: string, kind: 'board' | 'inbox' | 'directory', key?: string } | null} */
export function parseDocName(name) {
  const m = typeof name === 'string' ? DOC_NAME.exec(name) : null
  if (!m) return null
  return m[2] ? { room: m[1], kind: 'inbox', key: m[2] } : m[3] ? { room: m[1], kind: 'directory' } : { room: m[1], kind: 'board' }
}
export const directoryName = (room) => `${room}.inboxes`

export const LIMITS = {
  /** One WebSocket message (a Yjs update or an awareness change). */
  messageBytes: 10 * 1024 * 1024,
  /** A room's whole document. */
  documentBytes: 10 * 1024 * 1024,
  /** Messages per second one connection may send, sustained, and its burst. */
  messagesPerSecond: 100,
  burst: 400,
  /** Messages waiting for their turn before a connection is judged a flood and closed. */
  queue: 2000,
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/** A token bucket per connection; `take` resolves in order when the connection may go on. */
class Throttle {
  constructor(rate, burst, queue) {
    this.rate = rate
    this.tokens = burst
    this.burst = burst
    this.queue = queue
    this.waiting = 0
    this.at = Date.now()
    /** @type {Promise<void>} */
    this.chain = Promise.resolve()
  }
  take() {
    if (this.waiting >= this.queue) return Promise.reject(Object.assign(new Error('flood'), { code: 4429, reason: 'Too many messages' }))
    this.waiting++
    const turn = this.chain.then(async () => {
      const now = Date.now()
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate)
      this.at = now
      if (this.tokens < 1) {
        const wait = ((1 - this.tokens) / this.rate) * 1000
        await new Promise((r) => setTimeout(r, wait))
        this.tokens = 1
        this.at = Date.now()
      }
      this.tokens -= 1
      this.waiting--
    })
    this.chain = turn
    return turn
  }
}

/**
 * @param {{ port?: number, host?: string, dataDir: string, distDir?: string, log?: (line: string) => void, limits?: Partial<typeof LIMITS>, lanAddresses?: () => string[] }} opts
 */
export function createLiveServer(opts) {
  const limits = { ...LIMITS, ...opts.limits }
  const log = opts.log ?? ((line) => console.error(`[parcours] ${line}`))
  const rooms = new Rooms(opts.dataDir)
  const docsDir = join(opts.dataDir, 'docs')
  const docFile = (name) => join(docsDir, `${name}.ydoc`)
  const dist = opts.distDir ? resolve(opts.distDir) : null
  /** @type {Map<string, Throttle>} */
  const throttles = new Map()
  /** Bytes a document holds at most (what was loaded plus every update since): checked exactly when near the limit. */
  const sizes = new Map()

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 250,
    maxDebounce: 1000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const f = docFile(documentName)
          if (!parseDocName(documentName) || !existsSync(f)) return null
          return new Uint8Array(readFileSync(f))
        },
        store: async ({ documentName, state }) => {
          const doc = parseDocName(documentName)
          if (!doc || !rooms.get(doc.room) || rooms.get(doc.room)?.closedAt) return
          writeAtomic(docFile(documentName), state)
        },
      }),
    ],
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const doc = parseDocName(documentName)
      const role = doc ? rooms.roleOf(doc.room, token) : null
      const ended = !!(doc && rooms.get(doc.room)?.closedAt)
      if (!role) {
        log(`refused a connection to room ${documentName.slice(0, 30)}: ${ended ? 'the session has ended' : 'wrong or missing secret'}`)
        throw Object.assign(new Error('unauthorized'), { reason: ended ? 'ended' : 'unauthorized' })
      }
      // an inbox: its device and the facilitator (a viewer has none); the list of inboxes: the facilitator, to read
      if ((doc.kind === 'inbox' && role === 'viewer') || (doc.kind === 'directory' && role !== 'facilitator')) {
        log(`refused a ${role}'s connection to ${doc.kind === 'inbox' ? 'an inbox' : 'the inboxes'} of room ${doc.room}`)
        throw Object.assign(new Error('forbidden'), { reason: 'forbidden' })
      }
      connectionConfig.readOnly = role === 'viewer' || doc.kind === 'directory'
      if (doc.kind === 'inbox' && doc.key) await registerInbox(doc.room, doc.key)
      return { role }
    },
    async afterLoadDocument({ documentName, document }) {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength)
    },
    async beforeHandleMessage({ socketId, update, documentName, document, context }) {
      if (update.byteLength > limits.messageBytes) {
        log(`refused a message of ${update.byteLength} bytes in room ${documentName} (limit ${limits.messageBytes})`)
        throw Object.assign(new Error('too large'), { code: 4413, reason: 'Message too large' })
      }
      if (context?.role !== 'viewer') {
        let size = (sizes.get(documentName) ?? 0) + update.byteLength
        if (size > limits.documentBytes) size = Y.encodeStateAsUpdate(document).byteLength + update.byteLength
        sizes.set(documentName, size)
        if (size > limits.documentBytes) {
          log(`refused a change that would make room ${documentName} larger than ${limits.documentBytes} bytes`)
          throw Object.assign(new Error('document too large'), { code: 4413, reason: 'Document too large' })
        }
      }
      let t = throttles.get(socketId)
      if (!t) throttles.set(socketId, (t = new Throttle(limits.messagesPerSecond, limits.burst, limits.queue)))
      try {
        await t.take()
      } catch (e) {
        log(`closed connection ${socketId} in room ${documentName}: a flood of messages`)
        throw e
      }
    },
    async onDisconnect({ socketId }) {
      throttles.delete(socketId)
    },
  })

  /** The facilitator learns of a device's inbox from the room's list of inboxes, which the server keeps. */
  async function registerInbox(room, key) {
    const existing = hocuspocus.documents.get(directoryName(room))
    if (existing?.getMap('inboxes').has(key)) return
    const conn = await hocuspocus.openDirectConnection(directoryName(room), { role: 'server' })
    try {
      await conn.transact((d) => {
        if (!d.getMap('inboxes').has(key)) d.getMap('inboxes').set(key, Date.now())
      })
    } finally {
      await conn.disconnect()
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes })

  /** @param {import('node:http').ServerResponse} res */
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify(body))
  }
  const bearer = (req) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/api/health') return json(res, 200, { ok: true })
    if (url.pathname === '/api/rooms' && req.method === 'POST') {
      const { id, secrets } = rooms.create()
      log(`room ${id} opened`)
      return json(res, 201, { id, secrets })
    }
    // Where other devices reach this server (only when it listens on the LAN): the join links use it.
    if (url.pathname === '/api/info') return json(res, 200, { lan: opts.lanAddresses?.() ?? [] })
    // Which role a secret gives in a room (the join screen says it before connecting).
    const r = /^\/api\/rooms\/([^/]+)\/role$/.exec(url.pathname)
    if (r && req.method === 'GET') {
      const role = rooms.roleOf(r[1], bearer(req))
      if (!role) return json(res, rooms.get(r[1])?.closedAt ? 410 : 403, { error: rooms.get(r[1])?.closedAt ? 'ended' : 'forbidden' })
      return json(res, 200, { role })
    }
    const m = /^\/api\/rooms\/([^/]+)\/close$/.exec(url.pathname)
    if (m && req.method === 'POST') {
      const id = m[1]
      if (rooms.roleOf(id, bearer(req)) !== 'facilitator') return json(res, 403, { error: 'forbidden' })
      rooms.close(id)
      // every device in the room hears it now (a device offline hears it when its reconnection is refused)
      hocuspocus.documents.get(id)?.broadcastStateless(JSON.stringify({ ended: true }))
      for (const name of [...hocuspocus.documents.keys()]) if (parseDocName(name)?.room === id) hocuspocus.closeConnections(name)
      // the board, the inboxes and their list
      for (const f of existsSync(docsDir) ? readdirSync(docsDir) : [])
        if (f.endsWith('.ydoc') && parseDocName(f.slice(0, -'.ydoc'.length))?.room === id) rmSync(join(docsDir, f), { force: true })
      log(`room ${id} closed`)
      return json(res, 200, { closed: true })
    }
    if (url.pathname.startsWith('/api/')) return json(res, 404, { error: 'not found' })
    if (!dist || (req.method !== 'GET' && req.method !== 'HEAD')) return json(res, 404, { error: 'not found' })
    // Static files of the built app; never outside dist/.
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '')
    let file = resolve(dist, path || 'index.html')
    if (file !== dist && !file.startsWith(dist + sep)) return json(res, 404, { error: 'not found' })
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
    const type = MIME[/** @type {keyof typeof MIME} */ (extname(file))] ?? 'application/octet-stream'
    const immutable = /[/\\]assets[/\\]/.test(file)
    res.writeHead(200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file))
  })

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname !== '/sync') return socket.destroy()
    wss.handleUpgrade(req, socket, head, (ws) => {
      // An oversized frame is refused by `ws` itself (maxPayload), which closes the socket (1009).
      ws.on('error', (e) =>
        log(
          `closed a connection: ${/** @type {{code?: string}} */ (e).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? `refused a message over ${limits.messageBytes} bytes` : e.message}`,
        ),
      )
      hocuspocus.handleConnection(ws, req)
    })
  })

  return {
    rooms,
    hocuspocus,
    server,
    /** @returns {Promise<number>} the port listened on */
    listen: () =>
      new Promise((ok, fail) => {
        server.once('error', fail)
        server.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', () => {
          const a = server.address()
          ok(typeof a === 'object' && a ? a.port : 0)
        })
      }),
    /** Stop cleanly: every open document written to disk, every connection closed. */
    close: async () => {
      for (const [name, doc] of hocuspocus.documents) {
        const room = rooms.get(parseDocName(name)?.room ?? '')
        if (room && !room.closedAt) writeAtomic(docFile(name), Y.encodeStateAsUpdate(doc))
      }
      hocuspocus.closeConnections()
      for (const c of wss.clients) c.terminate()
      await new Promise((r) => server.close(() => r(undefined)))
      server.closeAllConnections?.()
    },
  }
}
