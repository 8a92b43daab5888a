// @vitest-environment node
// Live sessions end to end in Node: the real live server on loopback, a facilitator and two
// participants as LiveSessions over the Hocuspocus provider, each with its own "IndexedDB" (the
// documents it keeps, in memory here). A private round's notes reach the facilitator face down
// and nobody else — not even in the documents a participant's device receives — until revealed;
// a participant who goes offline before the reveal loses nothing.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { deleteCards, updateCard } from '../domain/operations'
import type { Board, Card, Round } from '../domain/types'
import { joinWorkshop } from '../domain/workshop/participants'
import { addRoundNote, faceDownCounts, revealRound, startRound, withoutFaceDown } from '../domain/workshop/rounds'
import { LiveSession, type LiveHost, type LiveRole } from './liveSession'
import { signNewCards } from './permissions'

;(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket

type LiveServer = { listen: () => Promise<number>; close: () => Promise<void> }
const serverModule = '../../server/app.mjs'
const { createLiveServer } = (await import(/* @vite-ignore */ serverModule)) as {
  createLiveServer: (o: { port: number; dataDir: string; log: (l: string) => void }) => LiveServer
}

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function server(dataDir = mkdtempSync(join(tmpdir(), 'parcours-session-'))) {
  const live = createLiveServer({ port: 0, dataDir, log: () => undefined })
  const port = await live.listen()
  let closed = false
  const close = async () => {
    if (!closed) await live.close()
    closed = true
  }
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  cleanups.push(close)
  return { port, dataDir, close }
}

const until = async (what: string, fn: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

const board = (): Board => ({
  id: 'b1',
  title: 'Workshop',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'Arrive' },
    { id: 's2', name: 'Wait' },
  ],
  lanes: [
    { id: 'la', name: 'Actions', role: 'actions' },
    { id: 'li', name: 'Irritants', role: 'irritants' },
  ],
  cards: [{ id: 'c0', stageId: 's1', laneId: 'la', text: 'Walks in' }],
  links: [],
})

/** A device: its editor (a board and its rules), its IndexedDB (kept documents), its session. */
class Device {
  board: Board | null
  readonly kept = new Map<string, Uint8Array>()
  private subs = new Set<(b: Board | null) => void>()
  session: LiveSession | null = null
  readonly role: LiveRole
  readonly id: string
  readonly key: string
  constructor(role: LiveRole, id: string, inboxKey: string, board: Board | null = null) {
    this.role = role
    this.id = id
    this.key = inboxKey
    this.board = board
  }
  host(): LiveHost {
    return {
      get: () => this.board,
      receive: (b) => {
        this.board = b
      },
      subscribe: (fn) => (this.subs.add(fn), () => this.subs.delete(fn)),
      // like y-indexeddb: what the device had comes back first, every change is kept
      persist: (name, doc) => {
        const had = this.kept.get(name)
        if (had) Y.applyUpdate(doc, had, 'storage')
        const save = () => this.kept.set(name, Y.encodeStateAsUpdate(doc))
        doc.on('update', save)
        return { whenSynced: Promise.resolve(), destroy: () => doc.off('update', save) }
      },
    }
  }
  async connect(port: number, room: string, secret: string) {
    this.session = new LiveSession(
      { url: `ws://127.0.0.1:${port}/sync`, room, secret, role: this.role, name: this.id, color: '#123456', participantId: this.id, inboxKey: this.key },
      this.host(),
    )
    cleanups.push(() => this.session?.stop())
    await this.session.start()
  }
  disconnect() {
    this.session?.stop()
    this.session = null
  }
  /** The network goes (the session goes on, on this device's own storage), or comes back. */
  network(up: boolean) {
    const socket = this.session!.provider!.configuration.websocketProvider
    if (up) void socket.connect()
    else socket.disconnect()
  }
  /** An edit through the editor: a participant's signed with their id. */
  edit(op: (b: Board) => Board) {
    const before = this.board!
    const made = op(before)
    this.board = this.role === 'participant' ? signNewCards(before, made, this.id) : made
    for (const fn of this.subs) fn(this.board)
  }
  texts() {
    return (this.board?.cards ?? []).map((c) => c.text).sort()
  }
}

const key = (c: string) => c.repeat(22)
const round: Round = { id: 'r1', ask: 'irritant', stageIds: ['s1', 's2'], startedAt: Date.now(), private: true }
const note =
  (id: string, text: string, authorId: string, stageId = 's1') =>
  (b: Board) =>
    addRoundNote(b, { id, roundId: 'r1', stageId, text, authorId })
/** Everything a device received of the room: every document it keeps. */
const everything = (d: Device) => [...d.kept.values()].map((u) => JSON.stringify(((doc) => (Y.applyUpdate(doc, u), doc.toJSON()))(new Y.Doc()))).join('\n')

async function workshop() {
  const srv = await server()
  const res = await fetch(`http://127.0.0.1:${srv.port}/api/rooms`, { method: 'POST' })
  const room = (await res.json()) as { id: string; secrets: Record<LiveRole, string> }
  const fac = new Device('facilitator', 'f', key('f'), board())
  await fac.connect(srv.port, room.id, room.secrets.facilitator)
  const ana = new Device('participant', 'ana', key('a'))
  const ben = new Device('participant', 'ben', key('b'))
  await ana.connect(srv.port, room.id, room.secrets.participant)
  await ben.connect(srv.port, room.id, room.secrets.participant)
  await until('the board reached both', () => !!ana.board && !!ben.board)
  for (const p of [ana, ben]) p.edit((b) => joinWorkshop(b, { id: p.id, name: p.id }))
  await until('both joined', () => fac.board?.workshop?.participants?.length === 2)
  fac.edit((b) => startRound(b, round))
  await until('the round reached both', () => !!ana.board?.workshop?.rounds?.length && !!ben.board?.workshop?.rounds?.length)
  return { srv, room, fac, ana, ben }
}

describe('a private round across devices', () => {
  it('notes reach the facilitator face down, and nobody else, until revealed', async () => {
    const { fac, ana, ben } = await workshop()
    ana.edit(note('n1', 'Ana: the queue is long', 'ana'))
    ben.edit(note('n2', 'Ben: no signs', 'ben', 's2'))
    ana.edit(note('n3', 'Ana: too hot', 'ana', 's2'))
    await until('three notes at the facilitator', () => fac.board!.cards.filter((c) => c.roundId === 'r1').length === 3)
    // the facilitator sees them face down: counted per stage, not shown
    expect(Object.fromEntries(faceDownCounts(fac.board!))).toEqual({ s1: 1, s2: 2 })
    expect(withoutFaceDown(fac.board!).cards.map((c) => c.id)).toEqual(['c0'])
    // a participant keeps their own, and nothing of the other's reached their device, in no document
    expect(ana.texts()).toEqual(['Ana: the queue is long', 'Ana: too hot', 'Walks in'])
    expect(ben.texts()).toEqual(['Ben: no signs', 'Walks in'])
    expect(everything(ben)).not.toContain('Ana:')
    expect(everything(ana)).not.toContain('Ben:')
    // a participant edits and deletes their face-down notes
    ana.edit((b) => updateCard(b, 'n1', { text: 'Ana: the queue is very long' }))
    ana.edit((b) => deleteCards(b, ['n3']))
    await until(
      'the edit and the delete at the facilitator',
      () => fac.texts().includes('Ana: the queue is very long') && !fac.texts().includes('Ana: too hot'),
    )
    // reveal: the notes are on every device, each once, with its author
    fac.edit((b) => revealRound(b, 'r1', Date.now()))
    const all = ['Ana: the queue is very long', 'Ben: no signs', 'Walks in']
    for (const d of [fac, ana, ben]) await until(`revealed on ${d.id}`, () => d.texts().join() === all.join())
    expect(ben.board!.cards.find((c) => c.id === 'n1')?.authorId).toBe('ana')
    expect(faceDownCounts(fac.board!).size).toBe(0)
    // the inboxes are emptied: nothing comes back after the facilitator deletes a revealed note
    fac.edit((b) => deleteCards(b, ['n2']))
    for (const d of [fac, ana, ben]) await until(`deleted on ${d.id}`, () => !d.texts().includes('Ben: no signs'))
    await new Promise((r) => setTimeout(r, 300))
    for (const d of [fac, ana, ben]) expect(d.texts()).toEqual(['Ana: the queue is very long', 'Walks in'])
  })

  it('a participant offline before the reveal keeps their notes, which reach the board when they return', async () => {
    const { srv, room, fac, ana, ben } = await workshop()
    ben.edit(note('n1', 'Ben: seen before going offline', 'ben'))
    await until('the first note at the facilitator', () => fac.texts().includes('Ben: seen before going offline'))
    ben.network(false)
    // offline: written to this device's own storage first
    ben.edit(note('n2', 'Ben: written offline', 'ben', 's2'))
    expect(ben.texts()).toContain('Ben: written offline')
    fac.edit((b) => revealRound(b, 'r1', Date.now()))
    await until('revealed at Ana', () => ana.texts().includes('Ben: seen before going offline'))
    expect(ana.texts()).not.toContain('Ben: written offline')
    // back, after a reload (the same device's storage, a new session)
    ben.disconnect()
    await ben.connect(srv.port, room.id, room.secrets.participant)
    for (const d of [fac, ana, ben]) await until(`the offline note on ${d.id}`, () => d.texts().includes('Ben: written offline'))
    for (const d of [fac, ana, ben]) expect(d.texts().filter((t) => t.startsWith('Ben:'))).toEqual(['Ben: seen before going offline', 'Ben: written offline'])
    const cards = (d: Device) =>
      JSON.stringify([...d.board!.cards].sort((a: Card, b: Card) => (a.id < b.id ? -1 : 1)).map((c) => Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1))))
    await until('the same board everywhere', () => cards(fac) === cards(ana) && cards(ana) === cards(ben))
  })

  it('the facilitator reloaded offline still shows the face-down notes, from its own storage', async () => {
    const { room, fac, ana } = await workshop()
    ana.edit(note('n1', 'Ana: kept face down', 'ana'))
    await until('the note at the facilitator', () => fac.texts().includes('Ana: kept face down'))
    fac.disconnect()
    // a reload with no server; even a board saved before the note came gets it back from the inbox kept here
    fac.board = { ...fac.board!, cards: fac.board!.cards.filter((c) => !c.roundId) }
    const offline = new LiveSession(
      { url: 'ws://127.0.0.1:9/sync', room: room.id, secret: 'x', role: 'facilitator', name: 'f', color: '#123456', participantId: 'f', inboxKey: key('f') },
      fac.host(),
      { status: (st) => (status = st) },
    )
    let status = ''
    cleanups.push(() => offline.stop())
    await offline.start()
    expect(fac.texts()).toContain('Ana: kept face down')
    expect(faceDownCounts(fac.board!).get('s1')).toBe(1)
    await until('offline', () => status === 'offline')
  })
})
