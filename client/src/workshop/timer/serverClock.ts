/** One `/api/time` round trip, in local clock readings (epoch ms) and the server's answer. */
export interface ClockSample {
  sentAt: number
  receivedAt: number
  serverNow: number
}

/** How far the server's clock is ahead of the local one, and the round trip of the sample that says so. */
export interface ClockEstimate {
  offsetMs: number
  roundTripMs: number
}

/**
 * NTP's estimate: the server read its clock halfway through the round trip, so offset = serverNow − (sent + received)
 * / 2, taken from the sample with the shortest round trip (the least room for asymmetric delays: the error is at
 * most half of it). Failed requests (null) are skipped; null when no sample is usable.
 */
export function estimateClockOffset(samples: readonly (ClockSample | null)[]): ClockEstimate | null {
  let best: ClockEstimate | null = null
  for (const sample of samples) {
    if (!sample) continue
    const roundTripMs = sample.receivedAt - sample.sentAt
    if (!Number.isFinite(roundTripMs) || roundTripMs < 0 || !Number.isFinite(sample.serverNow)) continue
    if (best && best.roundTripMs <= roundTripMs) continue
    best = { offsetMs: sample.serverNow - (sample.sentAt + sample.receivedAt) / 2, roundTripMs }
  }
  return best
}

/** What a {@link ServerClock} is built from. */
export interface ServerClockDeps {
  /** Asks the server for its clock (epoch ms); rejects on failure. */
  fetchServerTime: () => Promise<number>
  /** The local clock (epoch ms). */
  localNow?: () => number
  /** Round trips per estimate. */
  sampleCount?: number
}

/** The server's clock as seen from here: the local clock plus the last estimated offset. */
export interface ServerClock {
  /** The server's time now, by the last estimate (the local clock before the first). */
  now: () => number
  /** The last estimate, or null before the first that succeeded. */
  getEstimate: () => ClockEstimate | null
  /** Takes fresh samples and keeps the new estimate if any request succeeded; concurrent calls share one run. */
  sync: () => Promise<ClockEstimate | null>
}

/** Round trips per estimate: enough that one is likely quick, few enough to be done in well under a second. */
export const CLOCK_SAMPLE_COUNT = 5

/** Builds a clock that estimates its offset from the server's on each `sync()`. */
export function createServerClock({
  fetchServerTime,
  localNow = Date.now,
  sampleCount = CLOCK_SAMPLE_COUNT,
}: ServerClockDeps): ServerClock {
  let estimate: ClockEstimate | null = null
  let running: Promise<ClockEstimate | null> | null = null

  async function takeSample(): Promise<ClockSample | null> {
    const sentAt = localNow()
    try {
      const serverNow = await fetchServerTime()
      return { sentAt, receivedAt: localNow(), serverNow }
    } catch {
      return null
    }
  }

  async function run(): Promise<ClockEstimate | null> {
    // One after the other: parallel requests would queue behind each other and skew their own round trips.
    const samples: (ClockSample | null)[] = []
    for (let i = 0; i < sampleCount; i++) samples.push(await takeSample())
    const fresh = estimateClockOffset(samples)
    if (fresh) estimate = fresh
    return estimate
  }

  return {
    now: () => localNow() + (estimate?.offsetMs ?? 0),
    getEstimate: () => estimate,
    sync: () => {
      running ??= run().finally(() => {
        running = null
      })
      return running
    },
  }
}

/** `GET /api/time` on this page's own server. */
export async function fetchServerTime(): Promise<number> {
  const response = await fetch('/api/time', { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET /api/time: ${response.status}`)
  const body = (await response.json()) as { now?: unknown }
  if (typeof body.now !== 'number' || !Number.isFinite(body.now)) throw new Error('GET /api/time: no time')
  return body.now
}
