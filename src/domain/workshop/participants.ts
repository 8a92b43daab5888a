// The named participants of a board's workshops: kept with the board, reused next time.
import { produce } from 'immer'
import type { Board, Id, Participant } from '../types'

export const PARTICIPANT_NAME_MAX = 80
export const PARTICIPANTS_MAX = 100

export const participantsOf = (b: Board): Participant[] => b.workshop?.participants ?? []

export type ParticipantError = 'empty' | 'tooLong' | 'duplicate' | 'tooMany'

const norm = (s: string) => s.trim().toLocaleLowerCase()

/** What is wrong with this name (for a new participant, or renaming `exceptId`), or null. */
export function participantNameError(b: Board, name: string, exceptId?: Id): ParticipantError | null {
  const n = name.trim()
  if (!n) return 'empty'
  if (n.length > PARTICIPANT_NAME_MAX) return 'tooLong'
  if (participantsOf(b).some((p) => p.id !== exceptId && norm(p.name) === norm(n))) return 'duplicate'
  if (!exceptId && participantsOf(b).length >= PARTICIPANTS_MAX) return 'tooMany'
  return null
}

export function addParticipant(b: Board, p: Participant): Board {
  if (participantNameError(b, p.name) || participantsOf(b).some((x) => x.id === p.id)) return b
  return produce(b, (d) => {
    d.workshop ??= {}
    ;(d.workshop.participants ??= []).push({ id: p.id, name: p.name.trim() })
  })
}

export function renameParticipant(b: Board, id: Id, name: string): Board {
  const p = participantsOf(b).find((x) => x.id === id)
  if (!p || p.name === name.trim() || participantNameError(b, name, id)) return b
  return produce(b, (d) => {
    d.workshop!.participants!.find((x) => x.id === id)!.name = name.trim()
  })
}

/** Remove a participant; their dots in a vote still open go with them (ended votes keep theirs). */
export function removeParticipant(b: Board, id: Id): Board {
  if (!participantsOf(b).some((x) => x.id === id)) return b
  const open = new Set((b.workshop?.votings ?? []).filter((v) => v.endedAt === undefined).map((v) => v.id))
  return produce(b, (d) => {
    const w = d.workshop!
    w.participants = w.participants!.filter((p) => p.id !== id)
    if (w.dots?.some((x) => x.participantId === id && open.has(x.votingId))) w.dots = w.dots.filter((x) => x.participantId !== id || !open.has(x.votingId))
  })
}

/** Initials shown on dots and notes ("Marie Tremblay" → "MT"). */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/)
    .filter(Boolean)
  if (!words.length) return '?'
  const letters = words.length === 1 ? [...words[0]].slice(0, 2) : [[...words[0]][0], [...words[words.length - 1]][0]]
  return letters.join('').toLocaleUpperCase()
}

/**
 * Someone joining a live session becomes a participant of the board's workshop under their own
 * id (so their dots and notes count as theirs). Idempotent: joining again (a reload, a
 * reconnection) changes nothing; a name another participant already has gets a number.
 */
export function joinWorkshop(b: Board, p: Participant): Board {
  if (participantsOf(b).some((x) => x.id === p.id)) return b
  const base = p.name.trim().slice(0, PARTICIPANT_NAME_MAX - 4) || '?'
  let name = base
  for (let n = 2; participantNameError(b, name) === 'duplicate'; n++) name = `${base} (${n})`
  return addParticipant(b, { id: p.id, name })
}
