import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MERGE_FROM_CONNECTIONS, UpdateWindow } from './UpdateWindow.ts'

/** A window over a room of `connections`, counting its ends. */
function windowOf(windowMs: number, connections = { count: MERGE_FROM_CONNECTIONS }) {
  const ends = { count: 0 }
  const window = new UpdateWindow(
    windowMs,
    () => connections.count,
    () => (ends.count += 1),
  )
  return { window, ends, connections }
}

describe('UpdateWindow', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('never defers with no window', () => {
    const { window, ends } = windowOf(0)
    expect([window.defers(), window.defers(), window.defers()]).toEqual([false, false, false])
    vi.advanceTimersByTime(100)
    expect(ends.count).toBe(0)
  })

  it('lets the first update of a quiet room go at once and holds the rest of its window until its end', () => {
    const { window, ends } = windowOf(16)
    expect(window.defers()).toBe(false)
    expect([window.defers(), window.defers(), window.defers()]).toEqual([true, true, true])
    vi.advanceTimersByTime(15)
    expect(ends.count).toBe(0)
    vi.advanceTimersByTime(1)
    expect(ends.count).toBe(1)
  })

  it('keeps the window open while updates keep coming and lets one go at once again after a quiet window', () => {
    const { window, ends } = windowOf(16)
    window.defers()
    window.defers()
    vi.advanceTimersByTime(16)
    expect(ends.count).toBe(1)
    // The next window is open: an update now waits for its end.
    expect(window.defers()).toBe(true)
    vi.advanceTimersByTime(16)
    expect(ends.count).toBe(2)
    // A window without updates ends nothing and closes.
    vi.advanceTimersByTime(16)
    expect(ends.count).toBe(2)
    vi.advanceTimersByTime(100)
    expect(window.defers()).toBe(false)
  })

  it('never defers in a room of fewer connections, even with a window open', () => {
    const { window, ends, connections } = windowOf(16, { count: MERGE_FROM_CONNECTIONS - 1 })
    expect([window.defers(), window.defers()]).toEqual([false, false])
    connections.count = MERGE_FROM_CONNECTIONS
    expect([window.defers(), window.defers()]).toEqual([false, true])
    connections.count = MERGE_FROM_CONNECTIONS - 1
    expect(window.defers()).toBe(false)
    // What waited still ends with the window.
    vi.advanceTimersByTime(16)
    expect(ends.count).toBe(1)
  })

  it('ends nothing once disposed', () => {
    const { window, ends } = windowOf(16)
    window.defers()
    window.defers()
    window.dispose()
    vi.advanceTimersByTime(100)
    expect(ends.count).toBe(0)
  })
})
