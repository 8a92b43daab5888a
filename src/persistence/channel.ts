// Tabs tell each other which board they just wrote (BroadcastChannel), so an edit in one
// tab shows in the other within a second.
import type { TextKey } from '../domain/drafts'
export const TAB_ID = Math.random().toString(36).slice(2)

export interface BoardChangeMessage {
  type: 'board-saved'
  boardId: string
  /** The revision written; -1 when the board was deleted. */
  rev: number
  tab: string
  /** Typed texts of another tab that this write replaced (edits made at the same time): that tab tells its user. */
  replaced?: ReplacedText[]
}

/** A typed text one tab wrote that another tab's concurrent edit replaced. */
export interface ReplacedText {
  key: TextKey
  /** The text that was replaced (the other tab's). */
  text: string
  /** The text that replaced it. */
  by: string
}

let channel: BroadcastChannel | null = null
function getChannel(): BroadcastChannel | null {
  if (channel) return channel
  if (typeof BroadcastChannel === 'undefined') return null
  channel = new BroadcastChannel('parcours')
  return channel
}

export function announceBoardChange(boardId: string, rev: number, replaced?: ReplacedText[]): void {
  const m: BoardChangeMessage = { type: 'board-saved', boardId, rev, tab: TAB_ID }
  if (replaced?.length) m.replaced = replaced
  getChannel()?.postMessage(m)
}

export function onBoardChange(fn: (m: BoardChangeMessage) => void): () => void {
  const ch = getChannel()
  if (!ch) return () => {}
  const handler = (e: MessageEvent) => {
    const m = e.data as BoardChangeMessage
    if (m?.type === 'board-saved' && m.tab !== TAB_ID) fn(m)
  }
  ch.addEventListener('message', handler)
  return () => ch.removeEventListener('message', handler)
}
