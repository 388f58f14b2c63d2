import { pauseTimer, startTimer } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { formatClock, hasJustExpired, readTimerView } from './timerView'

const T0 = 1_700_000_000_000

describe('the countdown view', () => {
  it('formats mm:ss rounding up, and h:mm:ss from an hour', () => {
    expect(formatClock(300_000)).toBe('05:00')
    expect(formatClock(299_001)).toBe('05:00')
    expect(formatClock(299_000)).toBe('04:59')
    expect(formatClock(1)).toBe('00:01')
    expect(formatClock(0)).toBe('00:00')
    expect(formatClock(-5_000)).toBe('00:00')
    expect(formatClock(3_600_000)).toBe('1:00:00')
    expect(formatClock(5_400_000 + 7_000)).toBe('1:30:07')
  })

  it('runs calm, turns amber in the last ten seconds, red at zero, and pulses for ten seconds', () => {
    const timer = startTimer(60_000, T0)
    expect(readTimerView(timer, T0)).toEqual({
      phase: 'running',
      remainingMs: 60_000,
      fraction: 1,
      clock: '01:00',
      isPulsing: false,
    })
    expect(readTimerView(timer, T0 + 49_999).phase).toBe('running')
    expect(readTimerView(timer, T0 + 50_000).phase).toBe('warning')
    expect(readTimerView(timer, T0 + 60_000)).toMatchObject({ phase: 'expired', clock: '00:00', isPulsing: true })
    expect(readTimerView(timer, T0 + 69_999).isPulsing).toBe(true)
    expect(readTimerView(timer, T0 + 70_000)).toMatchObject({ phase: 'expired', isPulsing: false })
  })

  it('holds a paused timer, in the paused look even near the end', () => {
    const paused = pauseTimer(startTimer(60_000, T0), T0 + 55_000)!
    expect(readTimerView(paused, T0 + 1e9)).toMatchObject({ phase: 'paused', clock: '00:05', remainingMs: 5_000 })
    const pausedAtZero = pauseTimer(startTimer(60_000, T0), T0 + 61_000)!
    expect(readTimerView(pausedAtZero, T0 + 1e9)).toMatchObject({ phase: 'expired', isPulsing: false })
  })

  it('notices the end only when it is crossed', () => {
    const timer = startTimer(60_000, T0)
    expect(hasJustExpired(timer, T0 + 59_800, T0 + 60_050)).toBe(true)
    expect(hasJustExpired(timer, T0 + 59_000, T0 + 59_250)).toBe(false)
    expect(hasJustExpired(timer, T0 + 61_000, T0 + 61_250)).toBe(false)
    expect(hasJustExpired(pauseTimer(timer, T0)!, T0, T0 + 1e9)).toBe(false)
  })
})
