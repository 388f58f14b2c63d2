/**
 * The board token on the sync socket without putting it in the socket's URL (which proxies log): the client offers
 * two WebSocket subprotocols, `cxmap-sync` and `cxmap-token.<token>` (the pattern Kubernetes uses for its bearer
 * token), and the server selects `cxmap-sync` only, so the token is never echoed in the response.
 */

/** The subprotocol the server selects; a client offering subprotocols must offer this one. */
export const SYNC_SUBPROTOCOL = 'cxmap-sync'

/** Prefix of the subprotocol that carries the token: `cxmap-token.<token>`. */
export const SYNC_TOKEN_SUBPROTOCOL_PREFIX = 'cxmap-token.'

/**
 * Characters a token may have to ride in a subprotocol (an RFC 7230 token): base64url, which every board and print
 * token is.
 */
const SUBPROTOCOL_SAFE_TOKEN = /^[A-Za-z0-9_-]+$/

/** Whether `token` can be carried as a subprotocol (base64url, not empty). */
export function isSubprotocolSafeToken(token: string): boolean {
  return SUBPROTOCOL_SAFE_TOKEN.test(token)
}

/** The subprotocols a client offers for `token`; throws when the token is not base64url. */
export function buildSyncProtocols(token: string): string[] {
  if (!isSubprotocolSafeToken(token)) throw new Error('A board token must be base64url to ride in a subprotocol')
  return [SYNC_SUBPROTOCOL, `${SYNC_TOKEN_SUBPROTOCOL_PREFIX}${token}`]
}

/** Reads the token from a `Sec-WebSocket-Protocol` header (comma-separated offers); `null` when none carries one. */
export function readSyncProtocolToken(header: string | null | undefined): string | null {
  for (const offer of (header ?? '').split(',')) {
    const protocol = offer.trim()
    if (!protocol.startsWith(SYNC_TOKEN_SUBPROTOCOL_PREFIX)) continue
    const token = protocol.slice(SYNC_TOKEN_SUBPROTOCOL_PREFIX.length)
    return token === '' ? null : token
  }
  return null
}
