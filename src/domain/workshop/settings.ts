// The workshop's single values: the timer and whether notes show who wrote them.
import { produce } from 'immer'
import type { Board, WorkshopTimer } from '../types'

/** Put the timer in a new state (computed by the timer's pure functions). */
export function setTimer(b: Board, timer: WorkshopTimer | undefined): Board {
  const cur = b.workshop?.timer
  if (cur === timer || (cur && timer && cur.durationMs === timer.durationMs && cur.endsAt === timer.endsAt && cur.remainingMs === timer.remainingMs)) return b
  return produce(b, (d) => {
    d.workshop ??= {}
    if (timer) d.workshop.timer = { ...timer }
    else delete d.workshop.timer
  })
}

/** Notes show who wrote them, or not (anonymity). */
export function setAnonymous(b: Board, anonymous: boolean): Board {
  if (!!b.workshop?.anonymous === anonymous) return b
  return produce(b, (d) => {
    d.workshop ??= {}
    if (anonymous) d.workshop.anonymous = true
    else delete d.workshop.anonymous
  })
}
