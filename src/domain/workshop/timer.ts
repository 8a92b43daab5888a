// The workshop timer as data: a duration, and either the moment it ends (running) or the time
// that was left (paused). Every function takes `now` so that it is pure and testable; the time
// left is always computed from the end time, never counted down, so a reload, a tab in the
// background or another tab all show the same time.
import type { WorkshopTimer } from '../types'

export const MINUTE = 60_000
export const TIMER_PRESETS_MIN = [1, 3, 5, 10] as const
export const MAX_TIMER_MS = 3 * 60 * MINUTE
/** The last seconds are shown differently (colour and a symbol). */
export const TIMER_WARNING_MS = 30_000

export type TimerStatus = 'idle' | 'running' | 'paused' | 'ended'

export const idleTimer = (durationMs: number): WorkshopTimer => ({ durationMs: clampDuration(durationMs) })

const clampDuration = (ms: number) => Math.max(1000, Math.min(MAX_TIMER_MS, Math.round(ms)))

export function timerStatus(t: WorkshopTimer | undefined, now: number): TimerStatus {
  if (!t) return 'idle'
  if (t.endsAt !== undefined) return now >= t.endsAt ? 'ended' : 'running'
  if (t.remainingMs !== undefined) return 'paused'
  return 'idle'
}

/** Milliseconds left (never negative). */
export function timeLeft(t: WorkshopTimer | undefined, now: number): number {
  if (!t) return 0
  if (t.endsAt !== undefined) return Math.max(0, t.endsAt - now)
  if (t.remainingMs !== undefined) return t.remainingMs
  return t.durationMs
}

/** Start (or restart from the top) with `durationMs`, or the timer's own duration. */
export function startTimer(t: WorkshopTimer | undefined, now: number, durationMs?: number): WorkshopTimer {
  const d = clampDuration(durationMs ?? t?.durationMs ?? 5 * MINUTE)
  return { durationMs: d, endsAt: now + d }
}

/** Resume a paused timer; start an idle one; a running one is unchanged. */
export function resumeTimer(t: WorkshopTimer | undefined, now: number): WorkshopTimer {
  const s = timerStatus(t, now)
  if (s === 'running') return t!
  if (s === 'paused') return { durationMs: t!.durationMs, endsAt: now + t!.remainingMs! }
  return startTimer(t, now)
}

export function pauseTimer(t: WorkshopTimer | undefined, now: number): WorkshopTimer | undefined {
  if (timerStatus(t, now) !== 'running') return t
  return { durationMs: t!.durationMs, remainingMs: t!.endsAt! - now }
}

/** One more minute: added to the time left (an ended timer runs again for a minute). */
export function addMinute(t: WorkshopTimer | undefined, now: number): WorkshopTimer {
  const s = timerStatus(t, now)
  if (!t || s === 'idle') return idleTimer((t?.durationMs ?? 0) + MINUTE)
  if (s === 'paused') return { durationMs: t.durationMs + MINUTE, remainingMs: Math.min(MAX_TIMER_MS, t.remainingMs! + MINUTE) }
  if (s === 'ended') return { durationMs: t.durationMs + MINUTE, endsAt: now + MINUTE }
  return { durationMs: t.durationMs + MINUTE, endsAt: Math.min(now + MAX_TIMER_MS, t.endsAt! + MINUTE) }
}

export const resetTimer = (t: WorkshopTimer | undefined): WorkshopTimer => idleTimer(t?.durationMs ?? 5 * MINUTE)

/** "4:05", "0:09", "1:02:00": minutes and seconds, rounded up (a timer shows 0:00 only at the end). */
export function formatTimeLeft(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

export type DurationError = 'empty' | 'unreadable' | 'tooShort' | 'tooLong'

/**
 * A duration typed by a facilitator: "5" or "2.5" (minutes), "1:30" (minutes:seconds),
 * "90s", "90 sec", "3 min", "1h". Returns milliseconds, or what is wrong.
 */
export function parseDuration(text: string): { ms: number } | { error: DurationError } {
  const s = text.trim().toLowerCase().replace(',', '.')
  if (!s) return { error: 'empty' }
  let ms: number | null = null
  let m: RegExpMatchArray | null
  if ((m = s.match(/^(\d{1,3}):([0-5]?\d)$/))) ms = (Number(m[1]) * 60 + Number(m[2])) * 1000
  else if ((m = s.match(/^(\d+(?:\.\d+)?)\s*(s|sec|secs|second|seconds|seconde|secondes)$/))) ms = Number(m[1]) * 1000
  else if ((m = s.match(/^(\d+(?:\.\d+)?)\s*(h|hr|hour|hours|heure|heures)$/))) ms = Number(m[1]) * 60 * MINUTE
  else if ((m = s.match(/^(\d+(?:\.\d+)?)\s*(m|min|mins|minute|minutes|mn)?$/))) ms = Number(m[1]) * MINUTE
  if (ms === null || !Number.isFinite(ms)) return { error: 'unreadable' }
  if (ms < 1000) return { error: 'tooShort' }
  if (ms > MAX_TIMER_MS) return { error: 'tooLong' }
  return { ms: Math.round(ms) }
}
