// A live session: the open board kept in step with a room on the live server, through Yjs (the
// CRDT engine) and Hocuspocus (its server and provider) — no protocol of ours. Local-first
// stays the rule: the room's document is also kept in this browser's IndexedDB (by
// `persistence`, through the host's `persist`), so a device that loses the network keeps working
// and merges when it comes back; the board itself stays a normal board of this device, saved by
// its BoardSession like any other.
//   store edit  → writeBoard(doc, synced, board)   (only what this device changed)
//   doc update  → readBoard → restoreBoard → the store's `receive` (not an undo step)
// Presence (name, role, cursor, followed stage) goes through Yjs's awareness protocol.
import * as Y from 'yjs'
import { HocuspocusProvider } from '@hocuspocus/provider'
import { restoreBoard } from '../domain/restore'
import type { Board } from '../domain/types'
import { holdsBoard, keepIdentity, readBoard, writeBoard } from './yboard'
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

export class LiveSession {
  readonly doc = new Y.Doc()
  provider: HocuspocusProvider | null = null
  status: LiveStatus = 'connecting'
  private synced: Board | null = null
  private receiving = false
  private store: { whenSynced: Promise<unknown>; destroy: () => unknown } | null = null
  private disposers: (() => void)[] = []
  private readonly cfg: LiveConfig
  private readonly host: LiveHost
  private readonly on: Partial<LiveEvents>

  constructor(cfg: LiveConfig, host: LiveHost, on: Partial<LiveEvents> = {}) {
    this.cfg = cfg
    this.host = host
    this.on = on
  }

  /** Open the local copy, bring this device's board in (a facilitator's), then connect. */
  async start(): Promise<void> {
    this.store = this.host.persist(this.cfg.room, this.doc)
    await this.store.whenSynced
    const mine = this.host.get()
    if (this.cfg.role === 'facilitator' && mine) {
      if (!holdsBoard(this.doc)) this.doc.transact(() => writeBoard(this.doc, null, mine), LOCAL)
      else {
        // Back after a reload or time offline: the document's board, with what changed here since.
        this.pull()
      }
      this.synced = this.host.get()
    } else if (holdsBoard(this.doc)) this.pull()

    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.pull()
    }
    this.doc.on('update', onUpdate)
    this.disposers.push(() => this.doc.off('update', onUpdate))
    this.disposers.push(
      this.host.subscribe((b) => {
        if (!b || this.receiving || b === this.synced || this.cfg.role === 'viewer') return
        if (!this.synced) return // nothing received from the room yet
        const prev = this.synced
        this.synced = b
        this.doc.transact(() => writeBoard(this.doc, prev, b), LOCAL)
      }),
    )

    const provider = new HocuspocusProvider({
      url: this.cfg.url,
      name: this.cfg.room,
      token: this.cfg.secret,
      document: this.doc,
      // a workshop wants a device back within seconds once the network or the server returns
      // (options of the provider's own socket, which its type does not list)
      ...({ maxDelay: 4000 } as object),
      onStatus: ({ status }) =>
        this.setStatus(
          status === 'connected' ? (this.provider?.isAuthenticated ? 'connected' : 'connecting') : status === 'connecting' ? 'connecting' : 'offline',
        ),
      onAuthenticated: () => this.setStatus('connected'),
      onSynced: () => this.on.synced?.(),
      onAuthenticationFailed: ({ reason }) => {
        this.setStatus(reason === 'ended' ? 'ended' : 'refused')
        provider.disconnect()
      },
      onAwarenessChange: () => this.on.peers?.(this.peers()),
      onStateless: ({ payload }) => {
        try {
          if ((JSON.parse(payload) as { ended?: boolean }).ended === true) {
            this.setStatus('ended')
            provider.disconnect()
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

  /** The room's document changed (another device, or the local copy on start): show it. */
  private pull(): void {
    const raw = readBoard(this.doc)
    if (!raw) return
    const current = this.host.get()
    const restored = restoreBoard(raw, { id: raw.id }).board
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

  stop(): void {
    for (const d of this.disposers) d()
    this.disposers = []
    this.provider?.destroy()
    this.provider = null
    void this.store?.destroy()
    this.store = null
  }
}
