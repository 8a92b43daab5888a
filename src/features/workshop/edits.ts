// The workshop's edits, in the facilitator's words. Each goes through the editor store's `apply`
// (autosaved, synced to other tabs); ids and the time are made here so the domain stays pure.
// The timer's moves are saved but are not undo steps: Ctrl+Z after starting the timer undoes the
// last note, not the clock.
import { newId } from '../../domain/id'
import { updateCards } from '../../domain/operations'
import type { CardTag, Id, Lane, Round, RoundAsk, Voting, WorkshopTimer } from '../../domain/types'
import { addParticipant, removeParticipant, renameParticipant } from '../../domain/workshop/participants'
import { addRoundLane, addRoundNote, endRound, revealRound, setRoundLane, startRound } from '../../domain/workshop/rounds'
import { setAnonymous, setTimer } from '../../domain/workshop/settings'
import { addMinute, pauseTimer, resetTimer, resumeTimer, startTimer } from '../../domain/workshop/timer'
import { endVoting, placeDot, startVoting, takeDotBack } from '../../domain/workshop/voting'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'

const store = () => useEditor.getState()
const apply = (op: Parameters<ReturnType<typeof useEditor.getState>['apply']>[0]) => store().apply(op)

// ---- timer (not undo steps) ----
const timerEdit = (next: (t: WorkshopTimer | undefined, now: number) => WorkshopTimer | undefined) => {
  const now = Date.now()
  return store().apply((b) => setTimer(b, next(b.workshop?.timer, now)), { history: false })
}
export const timerStart = (durationMs?: number) => timerEdit((t, now) => startTimer(t, now, durationMs))
export const timerResume = () => timerEdit(resumeTimer)
export const timerPause = () => timerEdit(pauseTimer)
export const timerAddMinute = () => timerEdit(addMinute)
export const timerReset = () => timerEdit((t) => resetTimer(t))

// ---- participants ----
export function newParticipant(name: string): Id | null {
  const id = newId('pt_')
  return apply((b) => addParticipant(b, { id, name })) ? id : null
}
export const renameParticipantTo = (id: Id, name: string) => apply((b) => renameParticipant(b, id, name))
export function deleteParticipant(id: Id): boolean {
  const ok = apply((b) => removeParticipant(b, id))
  const v = useWorkshopView.getState()
  if (v.voterId === id) useWorkshopView.setState({ voterId: null })
  if (v.noteAuthorId === id) useWorkshopView.setState({ noteAuthorId: null })
  return ok
}
export const setNotesAnonymous = (anonymous: boolean) => apply((b) => setAnonymous(b, anonymous))

// ---- rounds ----
export function beginRound(r: { ask: RoundAsk; stageIds: Id[]; durationMs?: number; private?: boolean }): Id | null {
  const round: Round = { id: newId('r_'), ask: r.ask, stageIds: r.stageIds, startedAt: Date.now() }
  if (r.durationMs !== undefined) round.durationMs = r.durationMs
  if (r.private) round.private = true
  if (!apply((b) => startRound(b, round))) return null
  useWorkshopView.setState({ noteStageId: store().board?.stages.find((s) => r.stageIds.includes(s.id))?.id ?? null })
  return round.id
}
export const finishRound = (id: Id) => apply((b) => endRound(b, id, Date.now()))
export const reveal = (id: Id) => apply((b) => revealRound(b, id, Date.now()))

/** Add a note to the round under way; `lane` settles where its notes go when no lane fits (one undo step with the note). */
export function addNote(n: { roundId: Id; stageId: Id; text: string; authorId?: Id }, lane?: { add: Lane; index: number } | { use: Id }): Id | null {
  const id = newId('c_')
  const ok = apply((b) => {
    let x = b
    if (lane && 'add' in lane) x = addRoundLane(x, n.roundId, lane.add, lane.index)
    else if (lane) x = setRoundLane(x, n.roundId, lane.use)
    return addRoundNote(x, { id, ...n })
  })
  return ok ? id : null
}

// ---- tags ----
/** Tag the selected cards (or untag them when they all have this tag already). */
export function tagSelection(tag: CardTag): boolean {
  const { selectedCardIds, board } = store()
  if (!board || !selectedCardIds.length) return false
  const cards = board.cards.filter((c) => selectedCardIds.includes(c.id))
  const all = cards.length > 0 && cards.every((c) => c.tag === tag)
  return apply((b) => updateCards(b, selectedCardIds, { tag: all ? undefined : tag }))
}

// ---- voting ----
export function beginVoting(v: Omit<Voting, 'id' | 'startedAt'>): Id | null {
  const id = newId('v_')
  return apply((b) => startVoting(b, { ...v, id, startedAt: Date.now() })) ? id : null
}
export function finishVoting(id: Id): boolean {
  const ok = apply((b) => endVoting(b, id, Date.now()))
  if (ok) useWorkshopView.setState({ rankingId: id, voterId: null })
  return ok
}
export const putDot = (votingId: Id, participantId: Id, cardId: Id) =>
  apply((b) => placeDot(b, { id: newId('d_'), votingId, participantId, cardId, at: Date.now() }))
export const removeDot = (votingId: Id, participantId: Id, cardId: Id) => apply((b) => takeDotBack(b, votingId, participantId, cardId))
