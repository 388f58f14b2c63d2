import { afterEach, expect, test, vi } from 'vitest'
import { FALLBACK_FLUSH_MS, scheduleNextFrame } from './scheduler'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

test('without animation frames, runs once after the fallback delay; cancel stops it', () => {
  vi.useFakeTimers()
  const run = vi.fn()
  scheduleNextFrame(run)
  vi.advanceTimersByTime(FALLBACK_FLUSH_MS - 1)
  expect(run).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(run).toHaveBeenCalledTimes(1)
  vi.advanceTimersByTime(1000)
  expect(run).toHaveBeenCalledTimes(1)

  const cancelled = vi.fn()
  scheduleNextFrame(cancelled)()
  vi.advanceTimersByTime(1000)
  expect(cancelled).not.toHaveBeenCalled()
})

test('runs on the next animation frame, and not again when the fallback delay passes', () => {
  vi.useFakeTimers()
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  vi.stubGlobal('cancelAnimationFrame', () => {})
  const run = vi.fn()
  scheduleNextFrame(run)
  frames.forEach((frame) => frame(0))
  expect(run).toHaveBeenCalledTimes(1)
  vi.advanceTimersByTime(FALLBACK_FLUSH_MS * 2)
  expect(run).toHaveBeenCalledTimes(1)
})

test('in a hidden tab (no frames), the fallback delay still runs it', () => {
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', () => 1)
  vi.stubGlobal('cancelAnimationFrame', () => {})
  const run = vi.fn()
  scheduleNextFrame(run)
  vi.advanceTimersByTime(FALLBACK_FLUSH_MS)
  expect(run).toHaveBeenCalledTimes(1)
})
