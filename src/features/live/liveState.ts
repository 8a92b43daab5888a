// The live session of the open board, outside React: it follows the editor store (a board with a
// membership of this browser joins its room when it opens, leaves it when it closes), installs the
// room's permissions as the store's guard, and tells the screens how the session goes.
// What the session runs on (Yjs, Hocuspocus, the room's document in IndexedDB) is liveEngine.ts,
// loaded with import() only when a session starts, a join link opens or a board of a room opens.
import { create } from 'zustand'
import { newId } from '../../domain/id'
import { joinWorkshop } from '../../domain/workshop/participants'
import type { Board, Id } from '../../domain/types'
import { loadBoard, putNewBoard } from '../../persistence/boards'
import { forgetMembership, readMembership, saveMembership, type LiveMembership } from '../../persistence/liveMembership'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import type { LiveHost, LiveSession, LiveStatus, Presence } from '../../sync/liveSession'
import { participantRefusal, signNewCards } from '../../sync/permissions'

export interface LiveState {
  boardId: Id | null
  membership: LiveMembership | null
  status: LiveStatus | 'idle'
  peers: Presence[]
  /** This device's awareness id (to tell "you" among the peers). */
  me: number | null
  /** The last edit the room's rules refused (an i18n key), with a counter so the same message shows again. */
  refusal: { key: string; n: number } | null
  /** The session just ended (by this facilitator, or by the facilitator for a participant). */
  ended: 'byMe' | 'byFacilitator' | null
  /** Show what the facilitator shows (present mode, stage). */
  follow: boolean
}

export const useLive = create<LiveState>(() => ({
  boardId: null,
  membership: null,
  status: 'idle',
  peers: [],
  me: null,
  refusal: null,
  ended: null,
  follow: true,
}))

let session: LiveSession | null = null
export const currentLiveSession = () => session

type LiveEngine = typeof import('./liveEngine')
let engine: Promise<LiveEngine> | null = null
/** The live session's code (Yjs and its provider), loaded once, when first needed. */
export function loadLiveEngine(): Promise<LiveEngine> {
  engine ??= import('./liveEngine').catch((e: unknown) => {
    engine = null // offline with nothing cached: try again next time
    throw e
  })
  return engine
}
/** Bumped by every connect and leave: a connect still loading the engine when it changed is dropped. */
let attempt = 0

const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#9a3412', '#334155']
export const colorFor = (id: string): string => PALETTE[[...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % PALETTE.length]

/** Initials of a name ("Ana Lopez" → "AL"). */
export const initials = (name: string): string =>
  name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase() ?? '')
    .join('') || '?'

const editorHost = (persist: LiveHost['persist']): LiveHost => ({
  get: () => useEditor.getState().board,
  receive: (b) => useEditor.getState().receive(b),
  subscribe: (fn) => useEditor.subscribe((s, prev) => s.board !== prev.board && fn(s.board)),
  persist,
})

/** The sync endpoint of a live server (http://host:port → ws://host:port/sync). */
export const syncUrl = (server: string): string => server.replace(/^http/, 'ws').replace(/\/+$/, '') + '/sync'

function refuse(key: string): void {
  useLive.setState((s) => ({ refusal: { key, n: (s.refusal?.n ?? 0) + 1 } }))
}

function leave(): void {
  attempt++
  session?.stop()
  session = null
  const ed = useEditor.getState()
  if (ed.guard) ed.setGuard(null)
  if (useWorkshopView.getState().self) useWorkshopView.setState({ self: null, voterId: null })
  useLive.setState({ status: 'idle', peers: [], me: null, membership: null, refusal: null })
}

/** A key nobody can guess (128 random bits, URL-safe): this device's inbox in a room. */
export function newInboxKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

function connect(membership: LiveMembership): void {
  const mine = ++attempt
  // a membership kept before inboxes existed gets one now
  const m = membership.inboxKey ? membership : { ...membership, inboxKey: newInboxKey() }
  if (m !== membership) saveMembership(m)
  const inboxKey = m.inboxKey!
  const participantId = m.participantId ?? m.room
  useLive.setState({ membership: m, status: 'connecting', peers: [], me: null, ended: null })
  // the room's rules hold from the first moment, before its engine has loaded
  const ed = useEditor.getState()
  if (m.role === 'viewer') ed.setReadOnly(true)
  // a participant's device votes and writes as them
  if (m.role === 'participant') useWorkshopView.setState({ self: participantId, voterId: participantId })
  if (m.role === 'participant')
    ed.setGuard((before: Board, made: Board) => {
      // what a participant adds is theirs: signed with their id, which the rules then read
      const after = signNewCards(before, made, participantId)
      const why = participantRefusal(before, after, participantId)
      if (why) refuse(why === 'board' ? 'live.boardOnly' : 'live.notYours')
      return why === null ? after : null
    })
  loadLiveEngine().then(
    ({ LiveSession, forgetLiveDoc, persistLiveDoc }) => {
      if (mine !== attempt) return
      const s = new LiveSession(
        { url: syncUrl(m.server), room: m.room, secret: m.secret, role: m.role, name: m.name, color: m.color, participantId, inboxKey },
        editorHost(persistLiveDoc),
        {
          status: (status) => {
            useLive.setState({ status })
            if (status === 'ended' && session === s) {
              // the facilitator closed the room: the board stays here, as a board of this device
              forgetMembership(m.boardId)
              void forgetLiveDoc(s.localDocs())
              leave()
              if (useEditor.getState().readOnly && m.role === 'viewer') useEditor.getState().setReadOnly(false)
              useLive.setState({ ended: 'byFacilitator', status: 'ended' })
            }
          },
          peers: (peers) => useLive.setState({ peers }),
          // a participant is one of the board's workshop participants (their dots and notes count
          // as theirs): at every (re)connection, which changes nothing once they are
          synced: () => {
            if (m.role !== 'participant' || session !== s || useEditor.getState().board?.id !== m.boardId) return
            useEditor.getState().apply((b) => joinWorkshop(b, { id: participantId, name: m.name }), { history: false })
          },
        },
      )
      session = s
      useLive.setState({ me: s.myClient })
      void s.start()
    },
    () => {
      if (mine === attempt) useLive.setState({ status: 'offline' })
    },
  )
}

/** The open board changed: join its room when this browser is a member of one. */
function follow(boardId: Id | null): void {
  if (useLive.getState().boardId === boardId) return
  leave()
  useLive.setState({ boardId, ended: null })
  if (!boardId) return
  const m = readMembership(boardId)
  if (m) connect(m)
}

useEditor.subscribe((s, prev) => {
  if (s.board?.id !== prev.board?.id) follow(s.board?.id ?? null)
  if (useLive.getState().membership?.role !== 'facilitator') return
  if (s.presenting !== prev.presenting) sharePresence({ presenting: s.presenting })
  // the stage the facilitator is on (where its keyboard cursor is): phones that follow show it
  if ((s.cursor?.stageId ?? null) !== (prev.cursor?.stageId ?? null) && s.cursor) sharePresence({ stageId: s.cursor.stageId })
})

/** The facilitator whose present mode this device follows (a participant's or a viewer's, when Follow is on). */
export const facilitatorOf = (peers: Presence[]): Presence | undefined => peers.find((p) => p.role === 'facilitator')

useLive.subscribe((s, prev) => {
  if (s.peers === prev.peers && s.follow === prev.follow) return
  if (!s.follow || !s.membership || s.membership.role === 'facilitator') return
  const f = facilitatorOf(s.peers)
  if (f && useEditor.getState().presenting !== !!f.presenting) useEditor.getState().setView({ presenting: !!f.presenting })
})

async function api(server: string, path: string, init?: RequestInit): Promise<Response> {
  return fetch(server.replace(/\/+$/, '') + path, init)
}

/** Where the join links point: this server's LAN address when this page was opened on loopback. */
async function publicOrigin(server: string): Promise<string> {
  try {
    const info = (await (await api(server, '/api/info')).json()) as { lan?: string[] }
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(server).hostname)
    if (loopback && info.lan?.length) return info.lan[0].replace(/\/+$/, '')
  } catch {
    /* the links keep this page's address */
  }
  return server.replace(/\/+$/, '')
}

export const joinHref = (origin: string, room: string, secret: string): string => `${origin}/#/join/${room}/${secret}`

/** Facilitator: open a room on this page's server for the open board, and join it. */
export async function startLive(name: string): Promise<'ok' | 'noServer'> {
  const board = useEditor.getState().board
  if (!board) return 'noServer'
  const server = location.origin
  let room: { id: string; secrets: { facilitator: string; participant: string; viewer: string } }
  try {
    const res = await api(server, '/api/rooms', { method: 'POST' })
    if (!res.ok) return 'noServer'
    room = await res.json()
    if (typeof room?.id !== 'string' || typeof room.secrets?.participant !== 'string') return 'noServer'
  } catch {
    return 'noServer'
  }
  const origin = await publicOrigin(server)
  const participantId = newId('f')
  const m: LiveMembership = {
    boardId: board.id,
    server,
    room: room.id,
    secret: room.secrets.facilitator,
    role: 'facilitator',
    name,
    participantId,
    inboxKey: newInboxKey(),
    color: colorFor(participantId),
    links: { participant: joinHref(origin, room.id, room.secrets.participant), viewer: joinHref(origin, room.id, room.secrets.viewer) },
  }
  saveMembership(m)
  leave()
  connect(m)
  return 'ok'
}

/** Facilitator: close the room; the board keeps every contribution. */
export async function endLive(): Promise<void> {
  const m = useLive.getState().membership
  if (!m) return
  try {
    await api(m.server, `/api/rooms/${m.room}/close`, { method: 'POST', headers: { authorization: `Bearer ${m.secret}` } })
  } catch {
    /* the server is gone: the room ends with it */
  }
  forgetMembership(m.boardId)
  const docs = session?.localDocs() ?? [m.room]
  loadLiveEngine().then(
    ({ forgetLiveDoc }) => forgetLiveDoc(docs),
    () => undefined, // the copy stays until the browser's storage is cleared
  )
  leave()
  useLive.setState({ ended: 'byMe' })
}

/** Share this device's pointer (board coordinates) and the stage it shows. */
export function sharePresence(patch: Parameters<LiveSession['setPresence']>[0]): void {
  session?.setPresence(patch)
}

export const setFollow = (follow: boolean) => useLive.setState({ follow })

export type JoinCheck = { role: LiveMembership['role'] } | { error: 'badLink' | 'ended' | 'unreachable' }

/** Which role a join link gives, asked of the server before connecting. */
export async function checkJoinLink(room: string, secret: string): Promise<JoinCheck> {
  if (!/^[A-Za-z0-9_-]{22}$/.test(room) || !/^[A-Za-z0-9_-]{10,200}$/.test(secret)) return { error: 'badLink' }
  try {
    const res = await api(location.origin, `/api/rooms/${room}/role`, { headers: { authorization: `Bearer ${secret}` } })
    if (res.status === 410) return { error: 'ended' }
    if (!res.ok) return { error: 'badLink' }
    const { role } = (await res.json()) as { role?: string }
    if (role !== 'facilitator' && role !== 'participant' && role !== 'viewer') return { error: 'badLink' }
    void loadLiveEngine().catch(() => undefined) // ready by the time Join is pressed
    return { role }
  } catch {
    return { error: 'unreachable' }
  }
}

/**
 * Join a room: wait for its board, keep it as a board of this device (IndexedDB) with the
 * membership that rejoins the room whenever it opens. Resolves with the board's id.
 */
export async function joinRoom(room: string, secret: string, role: LiveMembership['role'], name: string, onRefused: () => void): Promise<Id> {
  const server = location.origin
  const participantId = newId('p')
  const inboxKey = newInboxKey()
  let live: LiveEngine
  try {
    live = await loadLiveEngine()
  } catch {
    onRefused()
    return new Promise<Id>(() => undefined)
  }
  const { LiveSession, persistLiveDoc } = live
  return new Promise<Id>((resolve) => {
    let done = false
    const s: LiveSession = new LiveSession(
      // only reads the room's board: it writes nothing, nor opens the inbox
      { url: syncUrl(server), room, secret, role, name, color: colorFor(participantId), participantId, inboxKey, peek: true },
      {
        get: () => null,
        receive: () => undefined,
        subscribe: () => () => undefined,
        persist: persistLiveDoc,
      },
      {
        status: (st) => {
          if (st === 'refused' || st === 'ended') {
            s.stop()
            onRefused()
          }
        },
        board: (board) => {
          if (done) return
          done = true
          void (async () => {
            const existing = readMembership(board.id)
            if (!(await loadBoard(board.id).catch(() => null))) await putNewBoard(board)
            if (!existing || existing.role !== 'facilitator')
              saveMembership({ boardId: board.id, server, room, secret, role, name, participantId, inboxKey, color: colorFor(participantId) })
            s.stop()
            resolve(board.id)
          })()
        },
      },
    )
    void s.start()
  })
}
