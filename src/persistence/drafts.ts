// Drafts: text typed and not yet committed, kept so that a closed tab or a killed browser gives
// it back. Two kinds, in the one `drafts` table:
// - a board's: the text of its open card editor or name box (one per board: one box is open at
//   a time), keyed by the board id;
// - a persona's: the persona form being filled in the library (one per persona, and one for a
//   new persona), keyed `persona:<id>` (`persona:new`).
// Written to IndexedDB (its commit is what survives a killed browser) within about 100 ms of the
// last key; when the tab goes away the latest drafts are also put in localStorage synchronously
// (an IndexedDB write started while a tab closes may never end). Reading takes the newer of the two.
import { soundDraft, type TextDraft } from '../domain/drafts'
import { personaDraftKey, soundPersonaDraft, type PersonaDraft } from '../domain/personaDrafts'
import type { Id } from '../domain/types'
import { db } from './db'

/** How long a draft waits for more keys before it is written. */
export const DRAFT_DELAY_MS = 100
type Stored = TextDraft | PersonaDraft
const LOCAL = 'parcours:draft:'
const PERSONA = 'persona:'
const personaRow = (personaId: Id | null) => PERSONA + personaDraftKey(personaId)

const pending = new Map<string, { draft: Stored | null; timer: ReturnType<typeof setTimeout> }>()
// Writes of one draft run one after the other, so a clear never overtakes a save.
const queues = new Map<string, Promise<void>>()

function enqueue(key: string, job: () => Promise<unknown>): Promise<void> {
  const next = (queues.get(key) ?? Promise.resolve()).then(job).then(
    () => undefined,
    (err) => console.error('Parcours: could not save the draft', err),
  )
  queues.set(key, next)
  return next
}

function writeNow(key: string, draft: Stored | null): Promise<void> {
  return enqueue(key, () => (draft ? db.drafts.put({ boardId: key, draft }) : db.drafts.delete(key)))
}

function clearLocal(key: string): void {
  try {
    localStorage.removeItem(LOCAL + key)
  } catch {
    /* nothing to clear */
  }
}

/** Keep `draft` under `key` (written within DRAFT_DELAY_MS); null: ended, forgotten at once. */
function keep(key: string, draft: Stored | null): void {
  const p = pending.get(key)
  if (p) clearTimeout(p.timer)
  if (!draft) {
    pending.delete(key)
    clearLocal(key)
    void writeNow(key, null)
    return
  }
  const timer = setTimeout(() => {
    pending.delete(key)
    void writeNow(key, draft)
  }, DRAFT_DELAY_MS)
  pending.set(key, { draft, timer })
}

/** Ended: `last` is kept (written now) until `committed` resolves, then deleted if `stillEnded()`. */
function keepUntil(key: string, last: Stored | null, committed: Promise<unknown>, stillEnded: () => boolean): void {
  const p = pending.get(key)
  if (p) clearTimeout(p.timer)
  pending.delete(key)
  if (last) void writeNow(key, last)
  void committed.then(
    () => stillEnded() && keep(key, null),
    () => {}, // the write failed: the draft stays (the caller says so)
  )
}

/** The newer of the stored and journalled drafts under `key`, if sound. */
async function readKey<T extends Stored>(key: string, sound: (raw: unknown) => T | null): Promise<T | null> {
  let stored: unknown = null
  try {
    stored = (await db.drafts.get(key))?.draft
  } catch {
    /* no draft to give back */
  }
  return newerOf(key, stored, sound)
}

/** The newer of `storedRaw` (the draft as read from IndexedDB) and the journalled one under `key`, if sound. */
function newerOf<T extends Stored>(key: string, storedRaw: unknown, sound: (raw: unknown) => T | null): T | null {
  let stored: T | null = null
  try {
    stored = sound(storedRaw)
  } catch {
    /* no draft to give back */
  }
  let local: T | null = null
  try {
    const raw = localStorage.getItem(LOCAL + key)
    local = raw ? sound(JSON.parse(raw)) : null
  } catch {
    /* a broken journal is no draft */
  }
  if (stored && local) return local.at > stored.at ? local : stored
  return stored ?? local
}

/** Keep `draft` as the board's draft (written within DRAFT_DELAY_MS); null: the edit was committed or cancelled. */
export const saveDraft = (boardId: Id, draft: TextDraft | null): void => keep(boardId, draft)

/**
 * The box was left: its text is being committed to the board. Until that write is on disk the
 * text is kept as the draft too (written now, not in DRAFT_DELAY_MS), so that a browser killed
 * in between gives it back one way or the other; `committed` resolves once the board's write
 * is done, and the draft is then deleted (unless `stillEnded` says a new one began meanwhile).
 */
export const endDraftAfter = (boardId: Id, last: TextDraft | null, committed: Promise<unknown>, stillEnded: () => boolean): void =>
  keepUntil(boardId, last, committed, stillEnded)

/** The board's draft, if one was left (the newer of IndexedDB's and the closing tab's journal). */
export const readDraft = (boardId: Id): Promise<TextDraft | null> => readKey(boardId, soundDraft)

/** The board's draft given its row as read outside Dexie (index.html's first read): the newer of it and the journal's. */
export const draftFromRow = (boardId: Id, row: unknown): TextDraft | null =>
  newerOf(boardId, row && typeof row === 'object' ? (row as { draft?: unknown }).draft : null, soundDraft)

/** Keep the persona form as typed (written within DRAFT_DELAY_MS); null for `draft`: the form was saved or discarded. */
export function savePersonaDraft(personaId: Id | null, draft: PersonaDraft | null): void {
  keep(personaRow(personaId), draft && { ...draft, personaId })
}

/**
 * The persona form is being saved: its last state is kept as the draft (written now) until the
 * persona's write (`committed`) is done, and the draft is then deleted. A failed save leaves it.
 */
export function endPersonaDraftAfter(personaId: Id | null, last: PersonaDraft | null, committed: Promise<unknown>): void {
  keepUntil(personaRow(personaId), last && { ...last, personaId }, committed, () => !pending.has(personaRow(personaId)))
}

/** The draft left for a persona (null: a new one), if any. */
export async function readPersonaDraft(personaId: Id | null): Promise<PersonaDraft | null> {
  const d = await readKey(personaRow(personaId), soundPersonaDraft)
  return d && d.personaId === personaId ? d : null
}

/** Every persona draft left (stored or journalled), the newer one per persona. */
export async function listPersonaDrafts(): Promise<PersonaDraft[]> {
  // (after the writes already started: a form just saved has its draft deleted first)
  await Promise.all([...queues].filter(([k]) => k.startsWith(PERSONA)).map(([, q]) => q))
  const keys = new Set<string>()
  try {
    for (const k of await db.drafts.where('boardId').startsWith(PERSONA).primaryKeys()) keys.add(k)
  } catch {
    /* none readable */
  }
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)
      if (k?.startsWith(LOCAL + PERSONA)) keys.add(k.slice(LOCAL.length))
    }
  } catch {
    /* no journal */
  }
  const rows = [...keys]
  const drafts = await Promise.all(rows.map((k) => readKey(k, soundPersonaDraft)))
  return drafts.filter((d, i): d is PersonaDraft => !!d && personaRow(d.personaId) === rows[i])
}

/** Write the drafts still waiting, at once; also journal them synchronously (the tab is going away). */
export function flushDrafts(): Promise<void> {
  const jobs: Promise<void>[] = []
  for (const [key, p] of pending) {
    clearTimeout(p.timer)
    pending.delete(key)
    try {
      if (p.draft) localStorage.setItem(LOCAL + key, JSON.stringify(p.draft))
    } catch {
      /* the IndexedDB write below still runs */
    }
    jobs.push(writeNow(key, p.draft))
  }
  return Promise.all(jobs).then(() => undefined)
}

/** Wait until every draft given so far is stored (tests, and before leaving a board). */
export async function draftsWritten(): Promise<void> {
  await flushDrafts()
  await Promise.all(queues.values())
}
