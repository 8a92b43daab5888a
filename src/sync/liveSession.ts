// A live session: the open board kept in step with a room on the live server, through Yjs (the
// CRDT engine) and Hocuspocus (its server and provider) — no protocol of ours. Local-first
// stays the rule: the room's document is also kept in this browser's IndexedDB (by
// `persistence`, through the host's `persist`), so a device that loses the network keeps working
// and merges when it comes back; the board itself stays a normal board of this device, saved by
// its BoardSession like any other.
//   store edit  → writeBoard(doc, synced, board)   (only what this device changed)
//   doc update  → readBoard → restoreBoard → the store's `receive` (not an undo step)
// Presence (name, role, cursor, followed stage) goes through Yjs's awareness protocol.
// A private round's notes never enter the room's document while they are face down: each device
// writes its own to an inbox document of its own (`<room>.inbox.<key>`, a key only it knows, kept
// in its IndexedDB like the room), which the server lets only that device and the facilitator
// open. The facilitator finds the inboxes in the room's list of them (`<room>.inboxes`, written by
// the server), shows their notes face down, and on Reveal writes them to the room's board.
//   board on a device = the room's board + the inbox notes not on it yet
import * as Y from 'yjs'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { restoreBoard } from '../domain/restore'
import type { Board, Card, Id } from '../domain/types'
import { isFaceDown, withoutFaceDown } from '../domain/workshop/rounds'
import { dropCards, holdsBoard, keepIdentity, readBoard, readCards, writeBoard, writeCards } from './yboard'
import type { LiveRole } from './permissions'

export type { LiveRole }
export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'refused' | 'ended'

export interface Presence {
  /** Awareness client id. */
  client: number
  name: string
  role: LiveRole
  color: string
  /** Participant id in the board's workshop data, when there is one. */
  participantId?: string
  cursor?: { x: number; y: number } | null
  stageId?: string | null
  presenting?: boolean
}

export interface LiveHost {
  get: () => Board | null
  /** Put a board received from the room in place (not an undo step). */
  receive: (b: Board) => void
  subscribe: (fn: (b: Board | null) => void) => () => void
  /** Keep the room's document in this browser (y-indexeddb, in persistence/). */
  persist: (room: string, doc: Y.Doc) => { whenSynced: Promise<unknown>; destroy: () => unknown }
}

export interface LiveConfig {
  /** ws:// or wss:// address of the sync endpoint. */
  url: string
  room: string
  secret: string
  role: LiveRole
  name: string
  color: string
  /** Who this device is in the room: the author of the cards it adds. */
  participantId: string
  /** This device's inbox for its face-down notes (22 random URL-safe characters, kept with its membership). */
  inboxKey: string
  /** Only read the room's board (the join screen): no inbox, nothing written. */
  peek?: boolean
}

export interface LiveEvents {
  status: (s: LiveStatus) => void
  peers: (p: Presence[]) => void
  /** The room's board arrived (a participant joining has none before). */
  board: (b: Board) => void
  /** Connected and in step with the server (at the start and after every reconnection). */
  synced: () => void
}

const LOCAL = Symbol('local')

export const inboxName = (room: string, key: string) => `${room}.inbox.${key}`
export const directoryName = (room: string) => `${room}.inboxes`

type Kept = { whenSynced: Promise<unknown>; destroy: () => unknown }
/** A document of the room besides its board: an inbox, or the list of inboxes. */
interface Channel {
  doc: Y.Doc
  provider: HocuspocusProvider | null
  store: Kept | null
}

const faceDownCards = (b: Board): Card[] => (b.workshop?.rounds?.some((r) => r.private) ? b.cards.filter((c) => isFaceDown(b, c)) : [])

export class LiveSession {
  readonly doc = new Y.Doc()
  /** This device's face-down notes. */
  readonly inbox = new Y.Doc()
  provider: HocuspocusProvider | null = null
  status: LiveStatus = 'connecting'
  private socket: HocuspocusProviderWebsocket | null = null
  private synced: Board | null = null
  private receiving = false
  private store: Kept | null = null
  private inboxStore: Kept | null = null
  private inboxProvider: HocuspocusProvider | null = null
  /** Facilitator: the list of the room's inboxes, and every other device's inbox by its key. */
  private directory: Channel | null = null
  private others = new Map<string, Channel>()
  /** Where each face-down note shown here lives (an inbox key). */
  private home = new Map<Id, string>()
  private disposers: (() => void)[] = []
  private stopped = false
  /** The local copies are open: what they hold can be shown. */
  private ready = false
  private readonly cfg: LiveConfig
  private readonly host: LiveHost
  private readonly on: Partial<LiveEvents>

  constructor(cfg: LiveConfig, host: LiveHost, on: Partial<LiveEvents> = {}) {
    this.cfg = cfg
    this.host = host
    this.on = on
  }

  private get writes(): boolean {
    return this.cfg.role !== 'viewer' && !this.cfg.peek
  }

  /** Open the local copies, bring this device's board in (a facilitator's), then connect. */
  async start(): Promise<void> {
    this.store = this.host.persist(this.cfg.room, this.doc)
    const waits = [this.store.whenSynced]
    if (this.writes) {
      this.inboxStore = this.host.persist(inboxName(this.cfg.room, this.cfg.inboxKey), this.inbox)
      waits.push(this.inboxStore.whenSynced)
    }
    if (this.cfg.role === 'facilitator' && this.writes) {
      const doc = new Y.Doc()
      this.directory = { doc, provider: null, store: this.host.persist(directoryName(this.cfg.room), doc) }
      await this.directory.store!.whenSynced
      for (const key of this.inboxKeys()) waits.push(this.openInbox(key).store!.whenSynced)
    }
    await Promise.all(waits)
    if (this.stopped) return
    this.ready = true
    const mine = this.host.get()
    if (this.cfg.role === 'facilitator' && mine) {
      if (!holdsBoard(this.doc)) {
        this.doc.transact(() => writeBoard(this.doc, null, withoutFaceDown(mine)), LOCAL)
        this.inbox.transact(() => writeCards(this.inbox, null, faceDownCards(mine)), LOCAL)
      } else {
        // Back after a reload or time offline: the document's board, with what changed here since.
        this.pull()
      }
      this.synced = this.host.get()
    } else if (holdsBoard(this.doc)) this.pull()

    this.listen(this.doc)
    this.listen(this.inbox)
    this.disposers.push(
      this.host.subscribe((b) => {
        if (!b || this.receiving || b === this.synced || !this.writes) return
        if (!this.synced) return // nothing received from the room yet
        const prev = this.synced
        this.synced = b
        // what the room sees: the board without the notes still face down…
        this.doc.transact(() => writeBoard(this.doc, withoutFaceDown(prev), withoutFaceDown(b)), LOCAL)
        // …which stay in their inboxes (this device's own, for the notes it adds)
        this.writeFaceDown(prev, b)
      }),
    )

    this.socket = new HocuspocusProviderWebsocket({
      url: this.cfg.url,
      // a workshop wants a device back within seconds once the network or the server returns
      maxDelay: 4000,
    })
    const provider = this.connect(this.cfg.room, this.doc, {
      onStatus: ({ status }) =>
        this.setStatus(
          status === 'connected' ? (this.provider?.isAuthenticated ? 'connected' : 'connecting') : status === 'connecting' ? 'connecting' : 'offline',
        ),
      onAuthenticated: () => this.setStatus('connected'),
      onSynced: () => this.on.synced?.(),
      onAuthenticationFailed: ({ reason }) => {
        this.setStatus(reason === 'ended' ? 'ended' : 'refused')
        this.socket?.disconnect()
      },
      onAwarenessChange: () => this.on.peers?.(this.peers()),
      onStateless: ({ payload }) => {
        try {
          if ((JSON.parse(payload) as { ended?: boolean }).ended === true) {
            this.setStatus('ended')
            this.socket?.disconnect()
          }
        } catch {
          /* not ours */
        }
      },
    })
    this.provider = provider
    provider.awareness?.setLocalStateField('user', {
      name: this.cfg.name,
      role: this.cfg.role,
      color: this.cfg.color,
      participantId: this.cfg.participantId,
    })
    if (this.writes) this.inboxProvider = this.connect(inboxName(this.cfg.room, this.cfg.inboxKey), this.inbox)
    if (this.directory) {
      const dir = this.directory
      dir.provider = this.connect(directoryName(this.cfg.room), dir.doc)
      const onList = () => {
        for (const key of this.inboxKeys()) if (!this.others.has(key)) void this.openInbox(key).store?.whenSynced.then(() => this.pull())
      }
      dir.doc.getMap('inboxes').observe(onList)
      this.disposers.push(() => dir.doc.getMap('inboxes').unobserve(onList))
      for (const [key, ch] of this.others) if (!ch.provider) ch.provider = this.connect(inboxName(this.cfg.room, key), ch.doc)
    }
  }

  /** A document of the room on this device's one connection to the server (Hocuspocus multiplexes them). */
  private connect(name: string, document: Y.Doc, events: Partial<ConstructorParameters<typeof HocuspocusProvider>[0]> = {}): HocuspocusProvider {
    const p = new HocuspocusProvider({ ...events, websocketProvider: this.socket!, name, token: this.cfg.secret, document } as ConstructorParameters<
      typeof HocuspocusProvider
    >[0])
    p.attach()
    return p
  }

  /** Another device's change (or the local copy loading): show it. */
  private listen(doc: Y.Doc): void {
    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.pull()
    }
    doc.on('update', onUpdate)
    this.disposers.push(() => doc.off('update', onUpdate))
  }

  /** The inboxes the facilitator knows of (not its own). */
  private inboxKeys(): string[] {
    const list = this.directory?.doc.getMap<unknown>('inboxes')
    return list ? [...list.keys()].filter((k) => /^[A-Za-z0-9_-]{22}$/.test(k) && k !== this.cfg.inboxKey) : []
  }

  private openInbox(key: string): Channel {
    let ch = this.others.get(key)
    if (ch) return ch
    const doc = new Y.Doc()
    ch = { doc, provider: null, store: this.host.persist(inboxName(this.cfg.room, key), doc) }
    this.others.set(key, ch)
    this.listen(doc)
    if (this.socket) ch.provider = this.connect(inboxName(this.cfg.room, key), doc)
    return ch
  }

  /** The inboxes this device reads, by key: its own, and (the facilitator) every other device's. */
  private inboxes(): [string, Y.Doc][] {
    if (!this.writes) return []
    return [[this.cfg.inboxKey, this.inbox], ...[...this.others].map(([k, ch]): [string, Y.Doc] => [k, ch.doc])]
  }

  /** The face-down notes this device changed, added or deleted go to the inboxes they live in. */
  private writeFaceDown(prev: Board, next: Board): void {
    const before = faceDownCards(prev)
    const after = faceDownCards(next)
    if (!before.length && !after.length) return
    const group = (cards: Card[]) => {
      const out = new Map<string, Card[]>()
      for (const c of cards) {
        const key = this.home.get(c.id) ?? this.cfg.inboxKey
        this.home.set(c.id, key)
        out.set(key, [...(out.get(key) ?? []), c])
      }
      return out
    }
    const was = group(before)
    const now = group(after)
    for (const key of new Set([...was.keys(), ...now.keys()])) {
      const doc = key === this.cfg.inboxKey ? this.inbox : this.others.get(key)?.doc
      if (!doc) continue
      doc.transact(() => writeCards(doc, was.get(key) ?? [], now.get(key) ?? []), LOCAL)
    }
  }

  private setStatus(s: LiveStatus): void {
    if (this.status === s || this.status === 'refused' || this.status === 'ended') return
    this.status = s
    this.on.status?.(s)
  }

  get participantId(): string {
    return this.cfg.participantId
  }

  get role(): LiveRole {
    return this.cfg.role
  }

  /** The room's document or an inbox changed (another device, or the local copy on start): show it. */
  private pull(): void {
    if (this.stopped || !this.ready) return
    const raw = readBoard(this.doc)
    if (!raw) return
    // the board, and the inbox notes not on it yet
    const onBoard = new Set(raw.cards.map((c) => c.id))
    const extra: Card[] = []
    this.home.clear()
    for (const [key, doc] of this.inboxes())
      for (const c of readCards(doc)) {
        if (onBoard.has(c.id) || this.home.has(c.id)) continue
        this.home.set(c.id, key)
        extra.push(c)
      }
    const current = this.host.get()
    const restored = restoreBoard(extra.length ? { ...raw, cards: [...raw.cards, ...extra] } : raw, { id: raw.id }).board
    const next = keepIdentity(this.synced ?? current, restored)
    const first = this.synced === null
    this.synced = next
    if (next !== current) {
      this.receiving = true
      try {
        this.host.receive(next)
      } finally {
        this.receiving = false
      }
    }
    if (first) this.on.board?.(next)
    this.settle(next, onBoard)
  }

  /**
   * Inbox notes on the board now leave their inbox; the facilitator writes to the board those
   * no longer face down (revealed while they were on their way: a device that was offline).
   */
  private settle(board: Board, onBoard: Set<Id>): void {
    for (const [key, doc] of this.inboxes()) {
      if (key !== this.cfg.inboxKey && this.cfg.role !== 'facilitator') continue
      const there = readCards(doc)
        .map((c) => c.id)
        .filter((id) => onBoard.has(id))
      if (there.length) doc.transact(() => dropCards(doc, there), LOCAL)
    }
    if (this.cfg.role !== 'facilitator') return
    const late = board.cards.filter((c) => !onBoard.has(c.id) && !isFaceDown(board, c))
    if (!late.length) return
    const ids = new Set(late.map((c) => c.id))
    const before = { ...board, cards: board.cards.filter((c) => onBoard.has(c.id)) }
    const after = { ...board, cards: board.cards.filter((c) => onBoard.has(c.id) || ids.has(c.id)) }
    this.doc.transact(() => writeBoard(this.doc, before, after), LOCAL)
    for (const [, doc] of this.inboxes()) doc.transact(() => dropCards(doc, ids), LOCAL)
  }

  /** Share where this device's pointer is (board coordinates) and which stage it shows. */
  setPresence(patch: Partial<Pick<Presence, 'cursor' | 'stageId' | 'presenting'>>): void {
    const aw = this.provider?.awareness
    if (!aw) return
    const user = aw.getLocalState()?.user ?? {}
    aw.setLocalStateField('user', { ...user, ...patch })
  }

  peers(): Presence[] {
    const aw = this.provider?.awareness
    if (!aw) return []
    const out: Presence[] = []
    aw.getStates().forEach((state, client) => {
      const u = (state as { user?: Partial<Presence> }).user
      if (!u || typeof u.name !== 'string') return
      out.push({
        client,
        name: u.name.slice(0, 80),
        role: u.role === 'facilitator' || u.role === 'viewer' ? u.role : 'participant',
        color: typeof u.color === 'string' && /^#[0-9a-f]{6}$/i.test(u.color) ? u.color : '#607d8b',
        participantId: typeof u.participantId === 'string' ? u.participantId : undefined,
        cursor: u.cursor && Number.isFinite(u.cursor.x) && Number.isFinite(u.cursor.y) ? u.cursor : null,
        stageId: typeof u.stageId === 'string' ? u.stageId : null,
        presenting: u.presenting === true,
      })
    })
    return out
  }

  get myClient(): number {
    return this.doc.clientID
  }

  /** Changes of this device not yet acknowledged by the server. */
  get unsynced(): number {
    return this.provider?.unsyncedChanges ?? 0
  }

  /** The names of the documents this device keeps of the room (to forget them when it ends). */
  localDocs(): string[] {
    const out = [this.cfg.room]
    if (this.writes) out.push(inboxName(this.cfg.room, this.cfg.inboxKey))
    if (this.directory) out.push(directoryName(this.cfg.room), ...[...this.others.keys()].map((k) => inboxName(this.cfg.room, k)))
    return out
  }

  stop(): void {
    this.stopped = true
    for (const d of this.disposers) d()
    this.disposers = []
    for (const p of [this.provider, this.inboxProvider, this.directory?.provider, ...[...this.others.values()].map((c) => c.provider)]) p?.destroy()
    this.provider = null
    this.inboxProvider = null
    try {
      this.socket?.destroy()
    } catch {
      /* closed while still connecting (Node's ws says so; browsers do not) */
    }
    this.socket = null
    for (const st of [this.store, this.inboxStore, this.directory?.store, ...[...this.others.values()].map((c) => c.store)]) void st?.destroy()
    this.store = null
    this.inboxStore = null
    this.directory = null
    this.others.clear()
  }
}
