import { isTimerExpired, timerFraction, timerRemaining, type WorkshopTimer } from '@cxmap/shared'

/** The last stretch shown in amber. */
export const TIMER_WARNING_MS = 10_000

/** How long the "time's up" pulse lasts after the end. */
export const TIMES_UP_PULSE_MS = 10_000

/** How the countdown looks: calm while running, amber near the end, red at zero, grey while paused. */
export type TimerPhase = 'running' | 'warning' | 'expired' | 'paused'

/** Everything a countdown shows at one moment. */
export interface TimerView {
  phase: TimerPhase
  remainingMs: number
  /** Share of the time still left, 0…1, for the progress ring. */
  fraction: number
  /** Text of the countdown, `mm:ss` (`h:mm:ss` from an hour). */
  clock: string
  /** Within the first seconds after zero, while the pulse runs. */
  isPulsing: boolean
}

/**
 * Formats what is left as `mm:ss`, rounding up: a timer shows 05:00 when started and 00:00 exactly when time is up,
 * as kitchen timers do.
 */
export function formatClock(remainingMs: number): string {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / 1000))
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

/** What a countdown shows for `timer` at server time `now`. */
export function readTimerView(timer: WorkshopTimer, now: number): TimerView {
  const remainingMs = timerRemaining(timer, now)
  const expired = isTimerExpired(timer, now)
  let phase: TimerPhase = 'running'
  if (expired) phase = 'expired'
  else if (timer.status === 'paused') phase = 'paused'
  else if (remainingMs <= TIMER_WARNING_MS) phase = 'warning'
  const sinceEndMs = timer.status === 'running' ? now - timer.endsAt : Number.POSITIVE_INFINITY
  return {
    phase,
    remainingMs,
    fraction: timerFraction(timer, now),
    clock: formatClock(remainingMs),
    isPulsing: expired && sinceEndMs < TIMES_UP_PULSE_MS,
  }
}

/**
 * Whether the end was just crossed between two renders of the same running timer (then the sound plays once): not
 * when a page opens on a timer that ran out long ago.
 */
export function hasJustExpired(timer: WorkshopTimer, previousNow: number, now: number): boolean {
  return timer.status === 'running' && previousNow < timer.endsAt && now >= timer.endsAt
}
