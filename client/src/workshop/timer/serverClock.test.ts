import { describe, expect, it } from 'vitest'
import { createServerClock, estimateClockOffset } from './serverClock'

/**
 * A simulated network: real time passes as `real`; the server's clock reads `real + skewMs`, the local one `real +
 * localError`. Each request takes the next pair of (outbound, return) delays, or fails when the pair is null.
 */
function simulate(skewMs: number, delays: ([number, number] | null)[]) {
  let real = 1_700_000_000_000
  let localError = 0
  let next = 0
  const fetchServerTime = async () => {
    const pair = delays[next++ % delays.length]
    if (!pair) {
      real += 30
      throw new Error('offline')
    }
    real += pair[0]
    const serverNow = real + skewMs
    real += pair[1]
    return serverNow
  }
  return {
    fetchServerTime,
    localNow: () => real + localError,
    advance: (ms: number) => (real += ms),
    /** Sets the local clock forward or back (NTP, a user) without time passing. */
    jumpLocal: (ms: number) => (localError += ms),
  }
}

describe('estimating the offset to the server clock', () => {
  it("takes the shortest round trip's midpoint", () => {
    const estimate = estimateClockOffset([
      { sentAt: 0, receivedAt: 400, serverNow: 10_300 },
      { sentAt: 1000, receivedAt: 1020, serverNow: 11_010 },
      null,
      { sentAt: 2000, receivedAt: 2100, serverNow: 12_000 },
    ])
    expect(estimate).toEqual({ offsetMs: 10_000, roundTripMs: 20 })
  })

  it('has no estimate without a usable sample', () => {
    expect(estimateClockOffset([])).toBeNull()
    expect(estimateClockOffset([null, null])).toBeNull()
    expect(estimateClockOffset([{ sentAt: 10, receivedAt: 5, serverNow: 1 }])).toBeNull()
    expect(estimateClockOffset([{ sentAt: 1, receivedAt: 5, serverNow: Number.NaN }])).toBeNull()
  })

  it.each([
    ['ahead', 90_000],
    ['behind', -3_600_000],
    ['in step', 0],
  ])('corrects a local clock that is %s of the server', async (_, skewMs) => {
    const net = simulate(skewMs, [
      [40, 40],
      [15, 15],
      [80, 10],
    ])
    const clock = createServerClock({ fetchServerTime: net.fetchServerTime, localNow: net.localNow })
    await clock.sync()
    expect(clock.getEstimate()).toEqual({ offsetMs: skewMs, roundTripMs: 30 })
    expect(clock.now() - net.localNow()).toBe(skewMs)
  })

  it('stays within half the best round trip when delays are asymmetric', async () => {
    const skewMs = 5_000
    const net = simulate(skewMs, [
      [300, 20],
      [5, 45],
      [200, 200],
      [90, 10],
      [60, 60],
    ])
    const clock = createServerClock({ fetchServerTime: net.fetchServerTime, localNow: net.localNow })
    const estimate = await clock.sync()
    expect(estimate?.roundTripMs).toBe(50)
    expect(Math.abs(estimate!.offsetMs - skewMs)).toBeLessThanOrEqual(25)
  })

  it('uses the local clock before the first estimate and keeps the last estimate when every request fails', async () => {
    let failing = false
    const net = simulate(7_000, [[10, 10]])
    const clock = createServerClock({
      fetchServerTime: () => (failing ? Promise.reject(new Error('offline')) : net.fetchServerTime()),
      localNow: net.localNow,
    })
    expect(clock.now()).toBe(net.localNow())
    expect(clock.getEstimate()).toBeNull()
    await clock.sync()
    failing = true
    expect(await clock.sync()).toEqual({ offsetMs: 7_000, roundTripMs: 20 })
    net.advance(60_000)
    expect(clock.now() - net.localNow()).toBe(7_000)
  })

  it('estimates from the requests that succeeded when some fail', async () => {
    const net = simulate(-2_000, [null, [25, 25], null, [100, 100], null])
    const clock = createServerClock({ fetchServerTime: net.fetchServerTime, localNow: net.localNow })
    expect(await clock.sync()).toEqual({ offsetMs: -2_000, roundTripMs: 50 })
  })

  it('takes a fresh estimate on each sync (a clock that jumped) and shares a sync that is under way', async () => {
    const net = simulate(1_000, [[10, 10]])
    let calls = 0
    const clock = createServerClock({
      fetchServerTime: () => {
        calls++
        return net.fetchServerTime()
      },
      localNow: net.localNow,
      sampleCount: 3,
    })
    await Promise.all([clock.sync(), clock.sync()])
    expect(calls).toBe(3)
    expect(clock.getEstimate()?.offsetMs).toBe(1_000)
    // The local clock is set back an hour (say, by NTP): the next sync follows.
    net.jumpLocal(-3_600_000)
    await clock.sync()
    expect(calls).toBe(6)
    expect(clock.getEstimate()?.offsetMs).toBe(3_601_000)
  })
})
