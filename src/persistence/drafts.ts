// Drafts: the text of a board's open card editor or name box, kept so that a closed tab or a
// killed browser gives it back. One draft per board (one box is open at a time), in IndexedDB
// (its commit is what survives a killed browser), written within about 100 ms of the last key;
// when the tab goes away the latest draft is also put in localStorage synchronously (an
// IndexedDB write started while a tab closes may never end). Reading takes the newer of the two.
import { soundDraft, type TextDraft } from '../domain/drafts'
import type { Id } from '../domain/types'
import { db } from './db'

/** How long a draft waits for more keys before it is written. */
export const DRAFT_DELAY_MS = 100
const localKey = (boardId: Id) => `parcours:draft:${boardId}`

const pending = new Map<Id, { draft: TextDraft | null; timer: ReturnType<typeof setTimeout> }>()
// Writes of one board's draft run one after the other, so a clear never overtakes a save.
const queues = new Map<Id, Promise<void>>()

function enqueue(boardId: Id, job: () => Promise<unknown>): Promise<void> {
  const next = (queues.get(boardId) ?? Promise.resolve()).then(job).then(
    () => undefined,
    (err) => console.error('Parcours: could not save the draft', err),
  )
  queues.set(boardId, next)
  return next
}

function writeNow(boardId: Id, draft: TextDraft | null): Promise<void> {
  return enqueue(boardId, () => (draft ? db.drafts.put({ boardId, draft }) : db.drafts.delete(boardId)))
}

function clearLocal(boardId: Id): void {
  try {
    localStorage.removeItem(localKey(boardId))
  } catch {
    /* nothing to clear */
  }
}

/** Keep `draft` as the board's draft (written within DRAFT_DELAY_MS); null: the edit was committed or cancelled. */
export function saveDraft(boardId: Id, draft: TextDraft | null): void {
  const p = pending.get(boardId)
  if (p) clearTimeout(p.timer)
  if (!draft) {
    // ended: forget it at once (nothing to wait for)
    pending.delete(boardId)
    clearLocal(boardId)
    void writeNow(boardId, null)
    return
  }
  const timer = setTimeout(() => {
    pending.delete(boardId)
    void writeNow(boardId, draft)
  }, DRAFT_DELAY_MS)
  pending.set(boardId, { draft, timer })
}

/**
 * The box was left: its text is being committed to the board. Until that write is on disk the
 * text is kept as the draft too (written now, not in DRAFT_DELAY_MS), so that a browser killed
 * in between gives it back one way or the other; `committed` resolves once the board's write
 * is done, and the draft is then deleted (unless `stillEnded` says a new one began meanwhile).
 */
export function endDraftAfter(boardId: Id, last: TextDraft | null, committed: Promise<unknown>, stillEnded: () => boolean): void {
  const p = pending.get(boardId)
  if (p) clearTimeout(p.timer)
  pending.delete(boardId)
  if (last) void writeNow(boardId, last)
  void committed.then(
    () => stillEnded() && saveDraft(boardId, null),
    () => {}, // the write failed: the draft stays (the session retries and says so)
  )
}

/** Write the drafts still waiting, at once; also journal them synchronously (the tab is going away). */
export function flushDrafts(): Promise<void> {
  const jobs: Promise<void>[] = []
  for (const [boardId, p] of pending) {
    clearTimeout(p.timer)
    pending.delete(boardId)
    try {
      if (p.draft) localStorage.setItem(localKey(boardId), JSON.stringify(p.draft))
    } catch {
      /* the IndexedDB write below still runs */
    }
    jobs.push(writeNow(boardId, p.draft))
  }
  return Promise.all(jobs).then(() => undefined)
}

/** Wait until every draft given so far is stored (tests, and before leaving a board). */
export async function draftsWritten(): Promise<void> {
  await flushDrafts()
  await Promise.all(queues.values())
}

/** The board's draft, if one was left (the newer of IndexedDB's and the closing tab's journal). */
export async function readDraft(boardId: Id): Promise<TextDraft | null> {
  let stored: TextDraft | null = null
  try {
    stored = soundDraft((await db.drafts.get(boardId))?.draft)
  } catch {
    /* no draft to give back */
  }
  let local: TextDraft | null = null
  try {
    const raw = localStorage.getItem(localKey(boardId))
    local = raw ? soundDraft(JSON.parse(raw)) : null
  } catch {
    /* a broken journal is no draft */
  }
  if (stored && local) return local.at > stored.at ? local : stored
  return stored ?? local
}
