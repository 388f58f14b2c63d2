import { describe, expect, it } from 'vitest'
import { ByteAllowances, readSyncMessageLimit, type SyncLimits } from './syncLimits.ts'

// A burst of 4,016 bytes (MAX_DOC_BYTES plus a sync header), refilled at 1,000 bytes a second.
const LIMITS = { maxMessageBytes: 1000, maxDocBytes: 4000, maxBytesPerSecond: 1000 } as SyncLimits
const BURST = readSyncMessageLimit(LIMITS)

describe('ByteAllowances', () => {
  it('gives a new client address a full budget and forgets one that has refilled', () => {
    let now = 0
    const allowances = new ByteAllowances(LIMITS, () => now)
    const bytes = allowances.open('a board')
    expect(bytes.level()).toBe(BURST)
    expect(bytes.tryTake(BURST - 16)).toBe(true)
    allowances.close('a board', bytes)
    expect(allowances.size).toBe(1)
    expect(allowances.open('a board').level()).toBe(16)
    now += 2000
    expect(allowances.open('a board').level()).toBe(2016)
    now += 2000
    expect(allowances.open('a board').level()).toBe(BURST)
    expect(allowances.size).toBe(0)
  })

  it('keeps the lower of two budgets left, and one per key', () => {
    const allowances = new ByteAllowances(LIMITS, () => 0)
    const drained = allowances.open('a board')
    const light = allowances.open('a board')
    drained.tryTake(4000)
    light.tryTake(100)
    allowances.close('a board', drained)
    allowances.close('a board', light)
    expect(allowances.open('a board').level()).toBe(16)
    expect(allowances.open('b board').level()).toBe(BURST)
    // A connection that used nothing keeps nothing.
    allowances.close('b board', allowances.open('b board'))
    expect(allowances.size).toBe(1)
  })

  it('drops refilled budgets as others close, so what it keeps stays bounded', () => {
    let now = 0
    const allowances = new ByteAllowances(LIMITS, () => now)
    for (let i = 0; i < 100; i++) {
      const bytes = allowances.open(`address-${i} board`)
      bytes.tryTake(BURST)
      allowances.close(`address-${i} board`, bytes)
      now += 100
    }
    // Each refills in 4.016 s: only the closes of the last ~4 s are kept.
    expect(allowances.size).toBeLessThanOrEqual(41)
    expect(allowances.size).toBeGreaterThanOrEqual(39)
  })
})
