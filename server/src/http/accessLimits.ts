import type { Context } from 'hono'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { readClientAddress } from './clientAddress.ts'

/** The per-address limits of the config. */
export interface AccessLimitSettings {
  /** Boards one client address may create or import per hour. */
  boardCreatesPerHour: number
  /** Failed token/key checks per client address per minute before its checks are refused. */
  failedAuthPerMinute: number
  /** Sync connections one client address may open per minute (each costs a handshake and a sync reply). */
  syncConnectsPerMinute: number
  /** Exports (journey, roadmap, strategy, CSVs, board file) one client address may ask for per minute. */
  exportsPerMinute: number
  /** Honour `X-Forwarded-For` from one reverse proxy. */
  trustProxy: boolean
}

const HOUR_S = 3600
const MINUTE_S = 60

/**
 * Per-client-address counters of board creations and failed token/key checks, in fixed windows (an hour, a minute).
 * Each address's entry expires with its window, so the state is bounded by the addresses seen in one window; IPv6
 * addresses count per /64, the block one subscriber usually gets.
 */
export class AccessLimits {
  private readonly creations: RateLimiterMemory
  private readonly failures: RateLimiterMemory
  private readonly syncConnects: RateLimiterMemory
  private readonly exports: RateLimiterMemory

  constructor(private readonly settings: AccessLimitSettings) {
    this.creations = new RateLimiterMemory({ points: settings.boardCreatesPerHour, duration: HOUR_S })
    this.failures = new RateLimiterMemory({ points: settings.failedAuthPerMinute, duration: MINUTE_S })
    this.syncConnects = new RateLimiterMemory({ points: settings.syncConnectsPerMinute, duration: MINUTE_S })
    this.exports = new RateLimiterMemory({ points: settings.exportsPerMinute, duration: MINUTE_S })
  }

  /** The key a request is counted under: its client address (IPv6 by /64). */
  readKey(c: Context): string {
    return toLimitKey(readClientAddress(c, this.settings))
  }

  /** Seconds before `key` may have a token or key checked again; 0 while it is under its failed-checks limit. */
  async readFailureWait(key: string): Promise<number> {
    const counted = await this.failures.get(key)
    // An entry past its window (its expiry timer not run yet) no longer counts.
    if (!counted || counted.msBeforeNext <= 0 || counted.consumedPoints < this.settings.failedAuthPerMinute) return 0
    return toRetrySeconds(counted.msBeforeNext)
  }

  /** Counts one failed token or key check of `key`. */
  async recordFailure(key: string): Promise<void> {
    await this.failures.penalty(key, 1)
  }

  /** Counts one board creation of `key`; returns 0, or the seconds to wait when the hour's creations are used up. */
  takeCreation(key: string): Promise<number> {
    return take(this.creations, key)
  }

  /** Counts one sync connection of `key`; returns 0, or the seconds to wait when the minute's connections are used up. */
  takeSyncConnect(key: string): Promise<number> {
    return take(this.syncConnects, key)
  }

  /** Counts one export of `key`; returns 0, or the seconds to wait when the minute's exports are used up. */
  takeExport(key: string): Promise<number> {
    return take(this.exports, key)
  }

  /** Gives back a creation taken by {@link takeCreation} for a request that created nothing. */
  async returnCreation(key: string): Promise<void> {
    await this.creations.reward(key, 1)
  }
}

/** Takes one point of `key`; 0, or the seconds until the window that refused it ends. */
async function take(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    await limiter.consume(key, 1)
    return 0
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return toRetrySeconds(rejection.msBeforeNext)
    throw rejection
  }
}

function toRetrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000))
}

/** The address itself for IPv4 (an IPv4-mapped IPv6 address as its IPv4), the first four groups (/64) for IPv6. */
export function toLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (!address.includes(':')) return address
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
