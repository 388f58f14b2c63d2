import { RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { MessageType } from './messages.ts'
import { readSyncMessageLimit, SendAllowances, type SyncLimits } from './syncLimits.ts'

// Bytes: a burst of 4,016 (MAX_DOC_BYTES plus a sync header) refilled at 1,000 a second; messages: 20 at 10 a second.
const LIMITS = {
  maxMessageBytes: 1000,
  maxDocBytes: 4000,
  maxBytesPerSecond: 1000,
  maxMessagesPerSecond: 10,
  messageBurst: 20,
} as SyncLimits
const BURST = readSyncMessageLimit(LIMITS)

/** A document message of `size` bytes (only its type and length are counted). */
function syncMessage(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  bytes[0] = MessageType.sync
  return bytes
}

describe('SendAllowances', () => {
  it('gives a new client address full limits, carries over what a closed connection left, forgets what refilled', () => {
    let now = 0
    const allowances = new SendAllowances(LIMITS, () => now)
    const rates = allowances.open('a board')
    expect(rates.levels()).toEqual({ messages: 20, awareness: 40, bytes: BURST })
    for (let i = 0; i < 4; i++) expect(rates.check(syncMessage(1000))).toBeNull()
    allowances.close('a board', rates)
    expect(allowances.size).toBe(1)
    expect(allowances.open('a board').levels()).toEqual({ messages: 16, awareness: 40, bytes: 16 })
    now += 1000
    expect(allowances.open('a board').levels()).toEqual({ messages: 20, awareness: 40, bytes: 1016 })
    now += 3000
    expect(allowances.open('a board').levels().bytes).toBe(BURST)
    expect(allowances.size).toBe(0)
  })

  it('refills no burst of messages on reconnect: the next connection is refused at once, a moment later one passes', () => {
    let now = 0
    const allowances = new SendAllowances(LIMITS, () => now)
    const first = allowances.open('a board')
    for (let i = 0; i < 20; i++) expect(first.check(syncMessage(10))).toBeNull()
    expect(first.check(syncMessage(10))).toEqual({ code: RetryCloseCode.overloaded, reason: 'too many messages' })
    allowances.close('a board', first)
    expect(allowances.open('a board').check(syncMessage(10))?.reason).toBe('too many messages')
    expect(allowances.open('b board').check(syncMessage(10))).toBeNull()
    now += 100
    const later = allowances.open('a board')
    expect(later.check(syncMessage(10))).toBeNull()
    expect(later.check(syncMessage(10))?.reason).toBe('too many messages')
  })

  it('keeps, bucket by bucket, the lower of two left; a connection that used nothing keeps nothing', () => {
    const allowances = new SendAllowances(LIMITS, () => 0)
    const bytesDrained = allowances.open('a board')
    const messagesDrained = allowances.open('a board')
    bytesDrained.check(syncMessage(4000))
    for (let i = 0; i < 20; i++) messagesDrained.check(syncMessage(10))
    allowances.close('a board', bytesDrained)
    allowances.close('a board', messagesDrained)
    expect(allowances.open('a board').levels()).toEqual({ messages: 0, awareness: 40, bytes: 16 })
    allowances.close('b board', allowances.open('b board'))
    expect(allowances.size).toBe(1)
  })

  it('drops what refilled as others close, so what it keeps stays bounded', () => {
    let now = 0
    const allowances = new SendAllowances(LIMITS, () => now)
    for (let i = 0; i < 100; i++) {
      const rates = allowances.open(`address-${i} board`)
      rates.check(syncMessage(BURST))
      allowances.close(`address-${i} board`, rates)
      now += 100
    }
    // The bytes refill in 4.016 s: only the closes of the last ~4 s are kept.
    expect(allowances.size).toBeLessThanOrEqual(41)
    expect(allowances.size).toBeGreaterThanOrEqual(39)
  })
})
