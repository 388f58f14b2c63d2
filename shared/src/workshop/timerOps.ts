import { timerRemaining, type WorkshopTimer } from './workshopDoc.ts'

/** What "+1 min" adds. */
export const TIMER_MINUTE_MS = 60_000

/** The longest timer the facilitator can start (a workshop block, not a day). */
export const TIMER_MAX_MS = 180 * TIMER_MINUTE_MS

/** Clamps a duration to whole seconds between one second and {@link TIMER_MAX_MS}. */
function clampDuration(durationMs: number): number {
  if (!Number.isFinite(durationMs)) return TIMER_MINUTE_MS
  return Math.min(TIMER_MAX_MS, Math.max(1000, Math.round(durationMs / 1000) * 1000))
}

/** A running timer of `durationMs` started at server time `now`. */
export function startTimer(durationMs: number, now: number): WorkshopTimer {
  const duration = clampDuration(durationMs)
  return { status: 'running', durationMs: duration, endsAt: now + duration }
}

/** Holds a running timer at what is left at `now`; anything else is returned as it is. */
export function pauseTimer(timer: WorkshopTimer | null, now: number): WorkshopTimer | null {
  if (timer?.status !== 'running') return timer
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: Math.max(0, timer.endsAt - now) }
}

/** Runs a paused timer again from `now` with what it had left; anything else is returned as it is. */
export function resumeTimer(timer: WorkshopTimer | null, now: number): WorkshopTimer | null {
  if (timer?.status !== 'paused') return timer
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs }
}

/**
 * Adds a minute to what is left (and to the total, so the progress stays honest). A timer that already ran out gets
 * one minute from `now`, not one minute after its old end.
 */
export function addMinute(timer: WorkshopTimer | null, now: number): WorkshopTimer | null {
  if (!timer) return null
  const remainingMs = Math.min(TIMER_MAX_MS, timerRemaining(timer, now) + TIMER_MINUTE_MS)
  const durationMs = Math.max(remainingMs, Math.min(TIMER_MAX_MS, timer.durationMs + TIMER_MINUTE_MS))
  return timer.status === 'paused'
    ? { status: 'paused', durationMs, remainingMs }
    : { status: 'running', durationMs, endsAt: now + remainingMs }
}

/** No timer: what the control doc holds after "Stop". */
export function stopTimer(): null {
  return null
}

/** Whether a timer has run out at server time `now` (a paused timer never runs out by waiting). */
export function isTimerExpired(timer: WorkshopTimer, now: number): boolean {
  return timer.status === 'running' ? now >= timer.endsAt : timer.remainingMs <= 0
}

/** The share of the timer still left, 0…1. */
export function timerFraction(timer: WorkshopTimer, now: number): number {
  if (timer.durationMs <= 0) return 0
  return Math.min(1, timerRemaining(timer, now) / timer.durationMs)
}
