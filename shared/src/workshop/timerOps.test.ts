import { describe, expect, it } from 'vitest'
import {
  TIMER_MAX_MS,
  addMinute,
  isTimerExpired,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  timerFraction,
} from './timerOps.ts'
import { timerRemaining } from './workshopDoc.ts'

const T0 = 1_700_000_000_000

describe('timer operations', () => {
  it('starts a timer that ends after its duration in server time', () => {
    const timer = startTimer(300_000, T0)
    expect(timer).toEqual({ status: 'running', durationMs: 300_000, endsAt: T0 + 300_000 })
    expect(timerRemaining(timer, T0 + 1_000)).toBe(299_000)
  })

  it('clamps durations to whole seconds between one second and the maximum', () => {
    expect(startTimer(0, T0).durationMs).toBe(1000)
    expect(startTimer(-5, T0).durationMs).toBe(1000)
    expect(startTimer(61_499, T0).durationMs).toBe(61_000)
    expect(startTimer(1e12, T0).durationMs).toBe(TIMER_MAX_MS)
    expect(startTimer(Number.NaN, T0).durationMs).toBe(60_000)
  })

  it('pauses with what is left and resumes from the new now', () => {
    const paused = pauseTimer(startTimer(300_000, T0), T0 + 100_000)
    expect(paused).toEqual({ status: 'paused', durationMs: 300_000, remainingMs: 200_000 })
    // Time passing while paused changes nothing.
    expect(timerRemaining(paused!, T0 + 10_000_000)).toBe(200_000)
    const resumed = resumeTimer(paused, T0 + 500_000)
    expect(resumed).toEqual({ status: 'running', durationMs: 300_000, endsAt: T0 + 700_000 })
    expect(timerRemaining(resumed!, T0 + 600_000)).toBe(100_000)
  })

  it('pausing an expired timer holds it at zero; pause and resume ignore the wrong state and no timer', () => {
    expect(pauseTimer(startTimer(60_000, T0), T0 + 90_000)).toMatchObject({ status: 'paused', remainingMs: 0 })
    const running = startTimer(60_000, T0)
    expect(resumeTimer(running, T0 + 5)).toBe(running)
    const paused = pauseTimer(running, T0 + 1)!
    expect(pauseTimer(paused, T0 + 2)).toBe(paused)
    expect(pauseTimer(null, T0)).toBeNull()
    expect(resumeTimer(null, T0)).toBeNull()
  })

  it('adds a minute to a running, a paused and an expired timer', () => {
    const running = addMinute(startTimer(300_000, T0), T0 + 10_000)
    expect(running).toEqual({ status: 'running', durationMs: 360_000, endsAt: T0 + 360_000 })
    const paused = addMinute(pauseTimer(startTimer(300_000, T0), T0 + 250_000), T0 + 999_999)
    expect(paused).toEqual({ status: 'paused', durationMs: 360_000, remainingMs: 110_000 })
    // Ran out 40 s ago: one minute from now, not 20 s.
    const expired = addMinute(startTimer(60_000, T0), T0 + 100_000)!
    expect(timerRemaining(expired, T0 + 100_000)).toBe(60_000)
    expect(timerFraction(expired, T0 + 100_000)).toBeLessThanOrEqual(1)
    expect(addMinute(null, T0)).toBeNull()
  })

  it('never adds past the maximum', () => {
    const long = addMinute(startTimer(TIMER_MAX_MS, T0), T0)!
    expect(long.durationMs).toBe(TIMER_MAX_MS)
  })

  it('stops to no timer', () => {
    expect(stopTimer()).toBeNull()
  })

  it('tells when a timer has run out and how much is left', () => {
    const timer = startTimer(100_000, T0)
    expect(isTimerExpired(timer, T0 + 99_999)).toBe(false)
    expect(isTimerExpired(timer, T0 + 100_000)).toBe(true)
    expect(isTimerExpired(pauseTimer(timer, T0 + 50_000)!, T0 + 1e9)).toBe(false)
    expect(timerFraction(timer, T0)).toBe(1)
    expect(timerFraction(timer, T0 + 25_000)).toBe(0.75)
    expect(timerFraction(timer, T0 + 200_000)).toBe(0)
    expect(timerFraction(timer, T0 - 50_000)).toBe(1)
  })
})
