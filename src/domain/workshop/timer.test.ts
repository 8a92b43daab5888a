import { describe, expect, it } from 'vitest'
import { MINUTE, addMinute, formatTimeLeft, parseDuration, pauseTimer, resetTimer, resumeTimer, startTimer, timeLeft, timerStatus } from './timer'

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0)

describe('workshop timer', () => {
  it('runs from its end time: the time left is the same whenever it is read', () => {
    const t = startTimer(undefined, T0, 3 * MINUTE)
    expect(t).toEqual({ durationMs: 3 * MINUTE, endsAt: T0 + 3 * MINUTE })
    expect(timerStatus(t, T0 + 1000)).toBe('running')
    expect(timeLeft(t, T0 + 61_000)).toBe(2 * MINUTE - 1000)
    // a reload a minute later reads the same stored record
    expect(timeLeft(structuredClone(t), T0 + 61_000)).toBe(2 * MINUTE - 1000)
  })

  it('ends at its end time, shows no negative time', () => {
    const t = startTimer(undefined, T0, 3000)
    expect(timerStatus(t, T0 + 2999)).toBe('running')
    expect(timerStatus(t, T0 + 3000)).toBe('ended')
    expect(timeLeft(t, T0 + 10_000)).toBe(0)
    expect(formatTimeLeft(timeLeft(t, T0 + 10_000))).toBe('0:00')
  })

  it('pauses with what was left and resumes from it', () => {
    const t = startTimer(undefined, T0, 5 * MINUTE)
    const p = pauseTimer(t, T0 + 2 * MINUTE)!
    expect(timerStatus(p, T0 + 10 * MINUTE)).toBe('paused')
    expect(timeLeft(p, T0 + 10 * MINUTE)).toBe(3 * MINUTE)
    const r = resumeTimer(p, T0 + 10 * MINUTE)
    expect(r.endsAt).toBe(T0 + 13 * MINUTE)
    // pausing an idle or ended timer changes nothing
    expect(pauseTimer(resetTimer(t), T0)).toEqual(resetTimer(t))
    expect(pauseTimer(t, T0 + 6 * MINUTE)).toBe(t)
  })

  it('+1 min adds to the time left in every state', () => {
    const t = startTimer(undefined, T0, 1 * MINUTE)
    expect(timeLeft(addMinute(t, T0 + 30_000), T0 + 30_000)).toBe(90_000)
    expect(timeLeft(addMinute(pauseTimer(t, T0 + 30_000), T0 + 40_000), T0 + 99_000)).toBe(90_000)
    const ended = addMinute(t, T0 + 5 * MINUTE)
    expect(timerStatus(ended, T0 + 5 * MINUTE)).toBe('running')
    expect(timeLeft(ended, T0 + 5 * MINUTE)).toBe(MINUTE)
    expect(addMinute(undefined, T0)).toEqual({ durationMs: MINUTE })
  })

  it('reset goes back to the full duration, not running', () => {
    const t = resetTimer(startTimer(undefined, T0, 5 * MINUTE))
    expect(timerStatus(t, T0)).toBe('idle')
    expect(timeLeft(t, T0)).toBe(5 * MINUTE)
    expect(resumeTimer(t, T0).endsAt).toBe(T0 + 5 * MINUTE)
  })

  it('formats minutes and seconds, rounding up', () => {
    expect(formatTimeLeft(5 * MINUTE)).toBe('5:00')
    expect(formatTimeLeft(4 * MINUTE + 4001)).toBe('4:05')
    expect(formatTimeLeft(1)).toBe('0:01')
    expect(formatTimeLeft(62 * MINUTE)).toBe('1:02:00')
  })

  it('reads durations as facilitators type them', () => {
    expect(parseDuration('5')).toEqual({ ms: 5 * MINUTE })
    expect(parseDuration('2,5')).toEqual({ ms: 150_000 })
    expect(parseDuration('1:30')).toEqual({ ms: 90_000 })
    expect(parseDuration('0:03')).toEqual({ ms: 3000 })
    expect(parseDuration('90 s')).toEqual({ ms: 90_000 })
    expect(parseDuration('3 min')).toEqual({ ms: 3 * MINUTE })
    expect(parseDuration('1h')).toEqual({ ms: 60 * MINUTE })
    expect(parseDuration('')).toEqual({ error: 'empty' })
    expect(parseDuration('five')).toEqual({ error: 'unreadable' })
    expect(parseDuration('0')).toEqual({ error: 'tooShort' })
    expect(parseDuration('4h')).toEqual({ error: 'tooLong' })
  })
})
