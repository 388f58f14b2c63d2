import { describe, expect, it } from 'vitest'
import { PrintTokens } from './printTokens.ts'

function createClock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('print tokens', () => {
  it('open their own board only', () => {
    const tokens = new PrintTokens({ ttlMs: 120_000 })
    const grant = tokens.issue('board-a')
    expect(tokens.opens('board-a', grant.token)).toBe(true)
    expect(tokens.opens('board-b', grant.token)).toBe(false)
    expect(tokens.opens('board-a', 'not-a-print-token')).toBe(false)
    expect(tokens.issue('board-a').token).not.toBe(grant.token)
  })

  it('expire after their time to live', () => {
    const clock = createClock()
    const tokens = new PrintTokens({ ttlMs: 120_000, now: clock.now })
    const grant = tokens.issue('board-a')
    expect(grant.expiresAt).toBe(clock.now() + 120_000)
    clock.advance(119_999)
    expect(tokens.opens('board-a', grant.token)).toBe(true)
    clock.advance(1)
    expect(tokens.opens('board-a', grant.token)).toBe(false)
    expect(tokens.size).toBe(0)
  })

  it('end when revoked, leaving the others', () => {
    const tokens = new PrintTokens({ ttlMs: 120_000 })
    const first = tokens.issue('board-a')
    const second = tokens.issue('board-a')
    first.revoke()
    expect(tokens.opens('board-a', first.token)).toBe(false)
    expect(tokens.opens('board-a', second.token)).toBe(true)
    expect(tokens.size).toBe(1)
  })

  it('forget expired tokens when new ones are issued', () => {
    const clock = createClock()
    const tokens = new PrintTokens({ ttlMs: 1000, now: clock.now })
    for (let i = 0; i < 5; i++) tokens.issue(`board-${i}`)
    clock.advance(1000)
    tokens.issue('board-new')
    expect(tokens.size).toBe(1)
  })
})
