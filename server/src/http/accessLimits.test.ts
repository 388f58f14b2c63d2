import { describe, expect, it } from 'vitest'
import { AccessLimits, toLimitKey } from './accessLimits.ts'

describe('toLimitKey', () => {
  it('keeps IPv4 addresses, and unwraps IPv4-mapped IPv6 ones', () => {
    expect(toLimitKey('203.0.113.7')).toBe('203.0.113.7')
    expect(toLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(toLimitKey('unknown')).toBe('unknown')
  })

  it('counts IPv6 addresses per /64, however they are written', () => {
    expect(toLimitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(toLimitKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64')
    expect(toLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(toLimitKey('::1')).toBe('0:0:0:0::/64')
    expect(toLimitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })
})

describe('AccessLimits', () => {
  it('refuses checks only after the limit of failures, and gives back creations that created nothing', async () => {
    const limits = new AccessLimits({
      boardCreatesPerHour: 1,
      failedAuthPerMinute: 2,
      syncConnectsPerMinute: 1,
      exportsPerMinute: 1,
      trustProxy: false,
    })
    expect(await limits.readFailureWait('a')).toBe(0)
    await limits.recordFailure('a')
    expect(await limits.readFailureWait('a')).toBe(0)
    await limits.recordFailure('a')
    expect(await limits.readFailureWait('a')).toBeGreaterThan(0)
    expect(await limits.readFailureWait('b')).toBe(0)

    expect(await limits.takeCreation('a')).toBe(0)
    await limits.returnCreation('a')
    expect(await limits.takeCreation('a')).toBe(0)
    expect(await limits.takeCreation('a')).toBeGreaterThan(3500)
  })
})
