/** Schedules `run` once, soon; returns a function that cancels it. */
export type Scheduler = (run: () => void) => () => void

/** The flush delay when there are no animation frames (Node, or a hidden tab whose frames are paused). */
export const FALLBACK_FLUSH_MS = 50

/**
 * Runs `run` on the next animation frame, or after {@link FALLBACK_FLUSH_MS} if that comes first: browsers pause
 * frames in hidden tabs, and changes made there must still reach the doc.
 */
export const scheduleNextFrame: Scheduler = (run) => {
  let frame: number | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
    frame = timer = null
  }
  const fire = () => {
    cancel()
    run()
  }
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(fire)
  timer = setTimeout(fire, FALLBACK_FLUSH_MS)
  return cancel
}
