// @vitest-environment node
// The live server with real Yjs clients on loopback: rooms open only with their secrets, a
// viewer's change is refused, documents survive a restart, oversized messages are refused.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createLiveServer } from './app.mjs'

const cleanups = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()()
})

async function start(dataDir = mkdtempSync(join(tmpdir(), 'parcours-live-')), limits) {
  const lines = []
  const live = createLiveServer({ port: 0, dataDir, log: (l) => lines.push(l), limits })
  const port = await live.listen()
  cleanups.push(() => live.close())
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  return { live, port, dataDir, lines }
}

const openRoom = async (port) => (await fetch(`http://127.0.0.1:${port}/api/rooms`, { method: 'POST' })).json()

function client(port, room, secret) {
  const doc = new Y.Doc()
  const events = { failed: null, synced: false }
  const provider = new HocuspocusProvider({
    url: `ws://127.0.0.1:${port}/sync`,
    name: room,
    token: secret,
    document: doc,
    WebSocketPolyfill: WebSocket,
    onAuthenticationFailed: ({ reason }) => (events.failed = reason),
    onSynced: () => (events.synced = true),
  })
  cleanups.push(async () => provider.destroy())
  return { doc, provider, events }
}

const until = async (fn, ms = 10_000) => {
  const end = Date.now() + ms
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('live server', () => {
  it('syncs a room between two participants and the facilitator', async () => {
    const { port } = await start()
    const room = await openRoom(port)
    expect(room.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const f = client(port, room.id, room.secrets.facilitator)
    const a = client(port, room.id, room.secrets.participant)
    const b = client(port, room.id, room.secrets.participant)
    await until(() => f.events.synced && a.events.synced && b.events.synced)
    a.doc.getMap('cards').set('c1', 'from a')
    b.doc.getMap('cards').set('c2', 'from b')
    await until(() => f.doc.getMap('cards').size === 2)
    expect(f.doc.getMap('cards').toJSON()).toEqual({ c1: 'from a', c2: 'from b' })
  })

  it('refuses a wrong or missing secret, another room’s secret, and an ended session', async () => {
    const { port, lines } = await start()
    const room = await openRoom(port)
    const other = await openRoom(port)
    const wrong = client(port, room.id, 'not-the-secret')
    const none = client(port, room.id, '')
    const crossed = client(port, room.id, other.secrets.participant)
    await until(() => wrong.events.failed && none.events.failed && crossed.events.failed)
    expect(wrong.events.synced || none.events.synced || crossed.events.synced).toBe(false)
    expect(lines.some((l) => l.includes('wrong or missing secret'))).toBe(true)
    // the join screen asks which role a secret gives
    const role = (secret) => fetch(`http://127.0.0.1:${port}/api/rooms/${room.id}/role`, { headers: { authorization: `Bearer ${secret}` } })
    expect(await (await role(room.secrets.participant)).json()).toEqual({ role: 'participant' })
    expect(await (await role(room.secrets.viewer)).json()).toEqual({ role: 'viewer' })
    expect((await role('not-the-secret')).status).toBe(403)
    const inRoom = client(port, room.id, room.secrets.participant)
    const heard = []
    inRoom.provider.on('stateless', ({ payload }) => heard.push(payload))
    await until(() => inRoom.events.synced)
    // ending the session takes the facilitator's secret
    const res = await fetch(`http://127.0.0.1:${port}/api/rooms/${room.id}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.secrets.participant}` },
    })
    expect(res.status).toBe(403)
    const ok = await fetch(`http://127.0.0.1:${port}/api/rooms/${room.id}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.secrets.facilitator}` },
    })
    expect(ok.status).toBe(200)
    // a device in the room hears that the session ended
    await until(() => heard.length > 0)
    expect(JSON.parse(heard[0])).toEqual({ ended: true })
    const late = client(port, room.id, room.secrets.participant)
    await until(() => late.events.failed)
  })

  it('a viewer reads but its changes are refused by the server', async () => {
    const { port } = await start()
    const room = await openRoom(port)
    const f = client(port, room.id, room.secrets.facilitator)
    const v = client(port, room.id, room.secrets.viewer)
    await until(() => f.events.synced && v.events.synced)
    f.doc.getMap('cards').set('c1', 'by the facilitator')
    await until(() => v.doc.getMap('cards').get('c1') === 'by the facilitator')
    v.doc.getMap('cards').set('c2', 'by a viewer')
    // a participant joining now gets the facilitator's card, never the viewer's
    const p = client(port, room.id, room.secrets.participant)
    await until(() => p.events.synced && p.doc.getMap('cards').get('c1'))
    f.doc.getMap('cards').set('c3', 'later')
    await until(() => p.doc.getMap('cards').get('c3'))
    expect(p.doc.getMap('cards').has('c2')).toBe(false)
    expect(f.doc.getMap('cards').has('c2')).toBe(false)
  })

  it('keeps every room on disk: a restarted server gives the document back', async () => {
    const first = await start()
    const room = await openRoom(first.port)
    const a = client(first.port, room.id, room.secrets.participant)
    await until(() => a.events.synced)
    a.doc.getMap('cards').set('c1', 'kept')
    await until(() => a.provider.unsyncedChanges === 0)
    a.provider.destroy()
    await first.live.close()
    const again = await start(first.dataDir)
    const b = client(again.port, room.id, room.secrets.participant)
    await until(() => b.events.synced && b.doc.getMap('cards').get('c1') === 'kept')
    expect(b.doc.getMap('cards').toJSON()).toEqual({ c1: 'kept' })
  })

  it('refuses a message over the size limit, and logs it', async () => {
    const { port, lines } = await start(undefined, { messageBytes: 50_000, documentBytes: 200_000 })
    const room = await openRoom(port)
    const a = client(port, room.id, room.secrets.participant)
    const f = client(port, room.id, room.secrets.facilitator)
    await until(() => a.events.synced && f.events.synced)
    a.doc.getMap('cards').set('big', 'x'.repeat(100_000))
    await until(() => lines.some((l) => /refused a message|closed connection|larger than/.test(l)))
    expect(f.doc.getMap('cards').has('big')).toBe(false)
  })
  it('refuses a change that would make the document too large', async () => {
    const { port, lines } = await start(undefined, { documentBytes: 20_000 })
    const room = await openRoom(port)
    const a = client(port, room.id, room.secrets.participant)
    const f = client(port, room.id, room.secrets.facilitator)
    await until(() => a.events.synced && f.events.synced)
    a.doc.getMap('cards').set('small', 'ok')
    await until(() => f.doc.getMap('cards').get('small') === 'ok')
    a.doc.getMap('cards').set('big', 'y'.repeat(30_000))
    await until(() => lines.some((l) => l.includes('larger than 20000 bytes')))
    expect(f.doc.getMap('cards').has('big')).toBe(false)
  })

  it('throttles a flood of messages from one connection, and closes it when it will not stop', async () => {
    const { port, lines } = await start(undefined, { messagesPerSecond: 50, burst: 50, queue: 200 })
    const room = await openRoom(port)
    const a = client(port, room.id, room.secrets.participant)
    const f = client(port, room.id, room.secrets.facilitator)
    await until(() => a.events.synced && f.events.synced)
    for (let i = 0; i < 1000; i++) a.doc.getMap('flood').set(`k${i}`, i)
    await until(() => lines.some((l) => l.includes('a flood of messages')))
    // the facilitator's connection is not affected
    f.doc.getMap('cards').set('after', 'fine')
    const g = client(port, room.id, room.secrets.facilitator)
    await until(() => g.events.synced && g.doc.getMap('cards').get('after') === 'fine')
    expect(g.doc.getMap('cards').get('after')).toBe('fine')
    expect(lines.some((l) => l.includes('a flood of messages'))).toBe(true)
  })

  it('a private round’s inboxes: its device (which alone knows its key) and the facilitator open one, a viewer cannot; only the facilitator reads their list, only the server writes it', async () => {
    const first = await start()
    const { port } = first
    const room = await openRoom(port)
    const key = 'k'.repeat(22)
    const inbox = `${room.id}.inbox.${key}`
    const ana = client(port, inbox, room.secrets.participant)
    await until(() => ana.events.synced)
    ana.doc.getMap('cards').set('n1', 'face down')
    // the facilitator finds the inbox in the room's list (which only the server writes) and reads it
    const list = client(port, `${room.id}.inboxes`, room.secrets.facilitator)
    await until(() => list.events.synced && list.doc.getMap('inboxes').has(key))
    list.doc.getMap('inboxes').set('forged'.padEnd(22, 'x'), 1)
    const fac = client(port, inbox, room.secrets.facilitator)
    await until(() => fac.events.synced && fac.doc.getMap('cards').get('n1') === 'face down')
    // a viewer opens neither an inbox nor the list; a participant not the list
    const viewer = client(port, inbox, room.secrets.viewer)
    const peek = client(port, `${room.id}.inboxes`, room.secrets.participant)
    await until(() => viewer.events.failed && peek.events.failed)
    expect(viewer.doc.getMap('cards').size).toBe(0)
    // the board's document never holds what an inbox holds
    const board = client(port, room.id, room.secrets.participant)
    await until(() => board.events.synced)
    expect(JSON.stringify(board.doc.toJSON())).not.toContain('face down')
    // the list stays as the server wrote it
    const again = client(port, `${room.id}.inboxes`, room.secrets.facilitator)
    await until(() => again.events.synced && again.doc.getMap('inboxes').size > 0)
    expect([...again.doc.getMap('inboxes').keys()]).toEqual([key])
    // kept on disk through a restart
    await until(() => ana.provider.unsyncedChanges === 0)
    for (const c of [ana, list, fac, board, again]) c.provider.destroy()
    await first.live.close()
    const next = await start(first.dataDir)
    const back = client(next.port, inbox, room.secrets.facilitator)
    await until(() => back.events.synced && back.doc.getMap('cards').get('n1') === 'face down')
    // ending the session deletes the board, the inboxes and their list from the disk
    const res = await fetch(`http://127.0.0.1:${next.port}/api/rooms/${room.id}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.secrets.facilitator}` },
    })
    expect(res.status).toBe(200)
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(join(first.dataDir, 'docs')).filter((f) => f.startsWith(room.id))).toEqual([])
  })
})
