import type { Context, MiddlewareHandler } from 'hono'

/** Where the public origin of a request comes from. */
export interface RequestOriginOptions {
  /** `PUBLIC_URL`: when set, the origin of every request. */
  publicUrl: string | null
  /** `TRUST_PROXY`: honour `X-Forwarded-Proto` and `X-Forwarded-Host` set by one reverse proxy. */
  trustProxy: boolean
}

/** What `Strict-Transport-Security` says over https: half a year, as hono's `secureHeaders` sends by default. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=15552000; includeSubDomains'

/** A DNS name (container names may have underscores), an IPv4 or a bracketed IPv6 address; a port or not. */
const HOST_PATTERN =
  /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i
const MAX_PORT = 65_535

/**
 * The origin people reach this server at, e.g. `https://cx.example.com` or `http://127.0.0.1:8080`: `PUBLIC_URL` when
 * set; else behind a trusted proxy the first `X-Forwarded-Proto` and `X-Forwarded-Host` (falling back to the request's
 * own scheme and `Host`); else the request's own scheme and `Host`. Forwarded values that are not an http(s) scheme or
 * a `host[:port]` are ignored, never echoed into links.
 */
export function readRequestOrigin(c: Context, { publicUrl, trustProxy }: RequestOriginOptions): string {
  if (publicUrl) return publicUrl
  const url = new URL(c.req.url)
  const ownScheme = url.protocol.slice(0, -1)
  const ownHost = readValidHost(c.req.header('host')) ?? url.host
  if (!trustProxy) return `${ownScheme}://${ownHost}`
  const scheme = readValidScheme(readFirstValue(c.req.header('x-forwarded-proto'))) ?? ownScheme
  const host = readValidHost(readFirstValue(c.req.header('x-forwarded-host'))) ?? ownHost
  return `${scheme}://${host}`
}

/** Whether the request's public origin ({@link readRequestOrigin}) is https. */
export function isHttpsRequest(c: Context, options: RequestOriginOptions): boolean {
  return readRequestOrigin(c, options).startsWith('https:')
}

/** Sends `Strict-Transport-Security` on responses to https requests only (RFC 6797 forbids it over plain http). */
export function addStrictTransportSecurity(options: RequestOriginOptions): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (isHttpsRequest(c, options)) c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  }
}

function readFirstValue(header: string | undefined): string | undefined {
  return header?.split(',')[0]?.trim()
}

function readValidScheme(value: string | undefined): 'http' | 'https' | null {
  const scheme = value?.toLowerCase()
  return scheme === 'http' || scheme === 'https' ? scheme : null
}

function readValidHost(value: string | undefined): string | null {
  if (!value) return null
  const match = HOST_PATTERN.exec(value)
  if (!match) return null
  const port = match[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > MAX_PORT)) return null
  return value.toLowerCase()
}
