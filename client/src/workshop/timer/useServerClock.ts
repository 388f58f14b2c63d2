import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'
import { useConnectionStore } from '../../state/connectionStore'
import { createServerClock, fetchServerTime, type ServerClock } from './serverClock'

/** How often the offset is estimated again while a timer view is mounted (clocks drift, laptops sleep). */
export const CLOCK_RESYNC_MS = 5 * 60_000

/** How often a countdown re-renders: 4 fps keeps the seconds crisp without redrawing 60 times a second. */
export const TIMER_TICK_MS = 250

// One clock per page (one board is open at a time), estimated while any timer view is mounted.
let pageClock: ServerClock | null = null
let mountedViews = 0
let stopEstimating: (() => void) | null = null

function startEstimating(clock: ServerClock): () => void {
  void clock.sync()
  const interval = window.setInterval(() => void clock.sync(), CLOCK_RESYNC_MS)
  // After a reconnect the network path (and the machine's clock, after a sleep) may have changed.
  const unsubscribe = useConnectionStore.subscribe((state, previous) => {
    if (state.status === 'connected' && previous.status !== 'connected') void clock.sync()
  })
  return () => {
    window.clearInterval(interval)
    unsubscribe()
  }
}

/** The page's server clock, kept estimated while the calling component is mounted. */
export function useServerClock(): ServerClock {
  pageClock ??= createServerClock({ fetchServerTime })
  const clock = pageClock
  useEffect(() => {
    if (mountedViews++ === 0) stopEstimating = startEstimating(clock)
    return () => {
      if (--mountedViews > 0) return
      stopEstimating?.()
      stopEstimating = null
    }
  }, [clock])
  return clock
}

/**
 * The server's time, re-rendering every {@link TIMER_TICK_MS} while `isTicking` (an interval, not animation frames).
 * A render between ticks reads a value at most half a tick old, so a timer that just started never shows a stale time.
 */
export function useServerNow(isTicking: boolean): number {
  const clock = useServerClock()
  const last = useRef(Number.NEGATIVE_INFINITY)
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (!isTicking) return () => {}
      const interval = window.setInterval(onTick, TIMER_TICK_MS)
      return () => window.clearInterval(interval)
    },
    [isTicking],
  )
  const getSnapshot = useCallback(() => {
    // Stable for half a tick (an interval firing a little early still moves it), as useSyncExternalStore needs; the clock moving back (a new estimate) is taken at once.
    const now = clock.now()
    if (now - last.current >= TIMER_TICK_MS / 2 || now < last.current) last.current = now
    return last.current
  }, [clock])
  return useSyncExternalStore(subscribe, getSnapshot)
}
