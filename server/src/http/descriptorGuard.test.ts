import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import {
  EXHAUSTION_LOG_INTERVAL_MS,
  computeMaxConnections,
  createExhaustionReporter,
  guardFileDescriptors,
  readOpenFileLimit,
} from './descriptorGuard.ts'

const LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max cpu time              unlimited            unlimited            seconds
Max open files            1024                 524288               files
Max locked memory         8388608              8388608              bytes
`

function readLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the file descriptor limit', () => {
  it('reads the soft limit from /proc/self/limits, null when it cannot', () => {
    expect(readOpenFileLimit(() => LIMITS)).toBe(1024)
    expect(readOpenFileLimit(() => 'nothing here')).toBeNull()
    expect(
      readOpenFileLimit(() => {
        throw new Error('ENOENT')
      }),
    ).toBeNull()
  })

  it('keeps a reserve of descriptors out of the connections', () => {
    expect(computeMaxConnections(1024)).toBe(960)
    expect(computeMaxConnections(65_536)).toBe(65_536 - 3277)
    expect(computeMaxConnections(128)).toBe(64)
    expect(computeMaxConnections(64)).toBe(32)
  })
})

describe('reporting exhaustion', () => {
  it('logs at once, then one line per interval with the count meanwhile, then that it recovered', () => {
    vi.useFakeTimers()
    const { logger, text } = createLogCapture()
    let counted = 0
    const reporter = createExhaustionReporter({ logger, count: () => counted++, describe: () => ({ limit: 9 }) })
    for (let i = 0; i < 5; i++) reporter.report()
    expect(readLines(text())).toEqual([expect.objectContaining({ level: 50, refused: 1, limit: 9 })])
    vi.advanceTimersByTime(EXHAUSTION_LOG_INTERVAL_MS)
    expect(readLines(text())).toHaveLength(2)
    expect(readLines(text())[1]).toMatchObject({ level: 50, refused: 4 })
    reporter.report()
    vi.advanceTimersByTime(EXHAUSTION_LOG_INTERVAL_MS)
    expect(readLines(text())[2]).toMatchObject({ level: 50, refused: 1 })
    vi.advanceTimersByTime(EXHAUSTION_LOG_INTERVAL_MS)
    expect(readLines(text())[3]).toMatchObject({ level: 30, refused: 6, msg: expect.stringMatching(/available again/) })
    vi.advanceTimersByTime(EXHAUSTION_LOG_INTERVAL_MS * 3)
    expect(readLines(text())).toHaveLength(4)
    expect(counted).toBe(6)
    reporter.report()
    expect(readLines(text())[4]).toMatchObject({ level: 50, refused: 1 })
  })
})

describe('guarding a server', () => {
  it('limits connections, reports drops and EMFILE/ENFILE accept errors, and leaves other errors to the caller', () => {
    vi.useFakeTimers()
    const { logger, text } = createLogCapture()
    const server = Object.assign(new EventEmitter(), { maxConnections: Infinity })
    let counted = 0
    const isHandled = guardFileDescriptors(server, { logger, count: () => counted++, readLimits: () => LIMITS })
    expect(server.maxConnections).toBe(960)
    server.emit('drop', { remoteAddress: '127.0.0.1' })
    expect(isHandled(Object.assign(new Error('accept EMFILE'), { code: 'EMFILE', syscall: 'accept' }))).toBe(true)
    expect(isHandled(Object.assign(new Error('accept ENFILE'), { code: 'ENFILE', syscall: 'accept' }))).toBe(true)
    expect(isHandled(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }))).toBe(false)
    expect(counted).toBe(3)
    expect(readLines(text()).map((line) => line.level)).toEqual([30, 50])
  })

  it('sets no limit where the descriptor limit cannot be read', () => {
    const server = Object.assign(new EventEmitter(), { maxConnections: Infinity })
    guardFileDescriptors(server, { logger: createLogCapture().logger, count: () => {}, readLimits: () => '' })
    expect(server.maxConnections).toBe(Infinity)
  })
})
