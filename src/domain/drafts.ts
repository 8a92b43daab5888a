// Text being typed and not yet committed (a draft), and the typed texts two tabs fought over.
// Pure: what a draft points at, the text it edits, whether a stored draft is sound, and the
// edits that give a user their version back ("Keep mine").
import { addCard, renameBoard, renameLane, renamePhase, renameStage, setLinkLabel, updateCard } from './operations'
import type { Board, Card, Id } from './types'

/** What an open text box edits: a card's text, a stage's, lane's or phase's name, an arrow's label,
 * the board title, the persona's situation on this board. */
export type DraftTarget =
  | { box: 'card'; id: Id }
  | { box: 'stage'; id: Id }
  | { box: 'lane'; id: Id }
  | { box: 'phase'; id: Id }
  | { box: 'link'; id: Id }
  | { box: 'title' }
  | { box: 'situation' }
const BOXES_WITH_ID = ['card', 'stage', 'lane', 'phase', 'link'] as const
const hasId = (t: DraftTarget): t is Extract<DraftTarget, { id: Id }> => 'id' in t

export interface TextDraft {
  target: DraftTarget
  /** The text typed so far. */
  text: string
  /** The text the box opened with (what the board held when the edit began). */
  base: string
  /** When it was typed (ms since 1970). */
  at: number
}

export const sameTarget = (a: DraftTarget | undefined | null, b: DraftTarget | undefined | null): boolean =>
  !!a && !!b && a.box === b.box && (!hasId(a) || a.id === (b as { id: Id }).id)

/** Where a target's text lives, in the terms of `conflictingTexts` (list, record id, field). */
export function textField(target: DraftTarget, board: Board): TextKey {
  switch (target.box) {
    case 'card':
      return { list: 'cards', id: target.id, field: 'text' }
    case 'stage':
      return { list: 'stages', id: target.id, field: 'name' }
    case 'lane':
      return { list: 'lanes', id: target.id, field: 'name' }
    case 'phase':
      return { list: 'phases', id: target.id, field: 'name' }
    case 'link':
      return { list: 'links', id: target.id, field: 'label' }
    case 'title':
      return { list: 'board', id: board.id, field: 'title' }
    case 'situation':
      return { list: 'board', id: board.id, field: 'situation' }
  }
}

/** A typed text of a board: a field of one of its records (`list` 'board': the board itself). */
export interface TextKey {
  list: string
  id: Id
  field: string
}

export const textKeyString = (k: TextKey): string => `${k.list}\u0000${k.id}\u0000${k.field}`

// Texts a record may not have yet (an arrow without a label, a board without a situation): empty.
const OPTIONAL_TEXTS = new Set(['label', 'situation'])

/** The text at `key` on `board` (undefined when the record is not there). */
export function textAt(board: Board, key: TextKey): string | undefined {
  const rec = key.list === 'board' ? board : ((board as unknown as Record<string, { id: Id }[] | undefined>)[key.list] ?? []).find((r) => r.id === key.id)
  const v = (rec as Record<string, unknown> | undefined)?.[key.field]
  if (rec && v === undefined && OPTIONAL_TEXTS.has(key.field)) return ''
  return typeof v === 'string' ? v : undefined
}

/** The text a draft target edits on `board` (undefined when its record is gone). */
export const targetText = (board: Board, target: DraftTarget): string | undefined => textAt(board, textField(target, board))

/** Put `text` back at `key` (the board unchanged when the record is gone or already holds it). */
export function setTextAt(board: Board, key: TextKey, text: string): Board {
  if (textAt(board, key) === undefined || textAt(board, key) === text) return board
  if (key.list === 'board' && key.field === 'title') return renameBoard(board, text)
  if (key.list === 'cards' && key.field === 'text') return updateCard(board, key.id, { text })
  if (key.list === 'stages' && key.field === 'name') return renameStage(board, key.id, text)
  if (key.list === 'lanes' && key.field === 'name') return renameLane(board, key.id, text)
  if (key.list === 'phases' && key.field === 'name') return renamePhase(board, key.id, text)
  if (key.list === 'links' && key.field === 'label') return setLinkLabel(board, key.id, text)
  const b = board as unknown as Record<string, unknown>
  if (key.list === 'board') return { ...board, [key.field]: text }
  const list = b[key.list] as { id: Id }[]
  return { ...board, [key.list]: list.map((r) => (r.id === key.id ? { ...r, [key.field]: text } : r)) }
}

/** The typed texts `after` changed since `before` (what a tab wrote), keyed by `textKeyString`. */
export function changedTexts(before: Board, after: Board): Map<string, string> {
  const out = new Map<string, string>()
  const fields = ['text', 'name', 'label', 'title', 'situation']
  const visit = (list: string, b: Record<string, unknown> | undefined, a: Record<string, unknown>) => {
    for (const field of fields) {
      const v = a[field]
      if (typeof v === 'string' && v !== b?.[field]) out.set(textKeyString({ list, id: a.id as Id, field }), v)
    }
  }
  visit('board', before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>)
  for (const list of ['cards', 'stages', 'lanes', 'links', 'phases'] as const) {
    const prev = (before[list] ?? []) as unknown as { id: Id }[]
    const next = (after[list] ?? []) as unknown as { id: Id }[]
    if (prev === next) continue
    const byId = new Map(prev.map((r) => [r.id, r]))
    for (const r of next) {
      const p = byId.get(r.id)
      if (p !== r) visit(list, p as unknown as Record<string, unknown>, r as unknown as Record<string, unknown>)
    }
  }
  return out
}

/** What a tab tells its user when another tab's edit, made at the same time, won over theirs. */
export type TextConflict =
  /** A text this tab wrote (`mine`) was replaced by another tab's (`theirs`). */
  | { type: 'replaced'; key: TextKey; mine: string; theirs: string }
  /** The card being edited here was deleted by another tab; `text` is what was typed in it. */
  | { type: 'deleted'; card: Card; text: string }

/** "Keep mine" for a card deleted elsewhere while it was edited here: the card comes back, with the typed text. */
export function readdCard(board: Board, card: Card, text: string): Board {
  if (board.cards.some((c) => c.id === card.id)) return updateCard(board, card.id, { text })
  return addCard(board, { ...card, text })
}

const isStr = (v: unknown): v is string => typeof v === 'string'

/** A draft read back from storage, when it is sound (anything else: null). */
export function soundDraft(raw: unknown): TextDraft | null {
  if (typeof raw !== 'object' || raw === null) return null
  const d = raw as Record<string, unknown>
  const t = d.target as Record<string, unknown> | null
  if (!isStr(d.text) || !isStr(d.base) || typeof d.at !== 'number' || typeof t !== 'object' || t === null) return null
  if (d.text.length > 1_000_000) return null
  let target: DraftTarget
  if (t.box === 'title' || t.box === 'situation') target = { box: t.box }
  else if ((BOXES_WITH_ID as readonly unknown[]).includes(t.box) && isStr(t.id)) target = { box: t.box as (typeof BOXES_WITH_ID)[number], id: t.id }
  else return null
  return { target, text: d.text, base: d.base, at: d.at }
}
