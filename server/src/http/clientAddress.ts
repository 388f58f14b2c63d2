import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/** Where a request came from, for rate limits and logs. */
export interface ClientAddressOptions {
  /** Honour `X-Forwarded-For` set by one reverse proxy (`TRUST_PROXY`). */
  trustProxy: boolean
}

const UNKNOWN_ADDRESS = 'unknown'

/**
 * The client's address: the socket's peer, or behind a trusted proxy the last `X-Forwarded-For` entry (the one that
 * proxy appended; earlier entries are whatever the client sent and can be forged). Requests made without a socket
 * (`app.request()` in tests) are `unknown`.
 */
export function readClientAddress(c: Context, { trustProxy }: ClientAddressOptions): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? UNKNOWN_ADDRESS
  } catch {
    return UNKNOWN_ADDRESS
  }
}
