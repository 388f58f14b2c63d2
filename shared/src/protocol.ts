/**
 * Wire constants shared by the sync server and its clients.
 *
 * The sync endpoint speaks the y-websocket protocol (y-protocols sync + awareness). y-websocket 3.x stops
 * reconnecting when a socket closes with a code in 4400–4499, so every "do not retry" reason uses that range.
 */

/** Version of the app's own wire and doc conventions; bumped when clients must reload. */
export const PROTOCOL_VERSION = 1

/** Path of the board's sync endpoint; y-websocket appends `/${boardId}` to the server URL. */
export const SYNC_PATH = '/sync'

/** Close codes the server sends before a client must stop retrying. */
export const CloseCode = {
  /** The message could not be decoded as a y-protocols message or Yjs update. */
  badMessage: 4400,
  /** No token was given. */
  unauthorized: 4401,
  /** The token does not grant access to this board (wrong, revoked, or another board's). */
  forbidden: 4403,
  /** The board does not exist (never created, or deleted). */
  notFound: 4404,
  /**
   * The change would grow the board's document past the server's size limit (MAX_DOC_BYTES), or the stored board is
   * too large to open: the change is not saved; retrying would only fail again.
   */
  boardFull: 4409,
  /** The facilitator regenerated the link this connection was opened with; the old link no longer opens the board. */
  linkRevoked: 4410,
  /** A message was larger than the server's limit. */
  tooLarge: 4413,
  /**
   * The server refused a document update (an invalid record, a meta value it cannot read, a root the doc does not
   * declare, missing predecessors, or a grid change while the facilitator locked the grids); the reason names it.
   */
  invalidUpdate: 4422,
  /** Too many connections on the board. */
  tooMany: 4429,
} as const

/** One of the close codes above. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** Close codes that mean a temporary condition, after which y-websocket reconnects by itself. */
export const RetryCloseCode = {
  /** The server is shutting down or restarting. */
  serviceRestart: 1012,
  /** Storage failed; the room was dropped and the client should re-sync. */
  internalError: 1011,
  /**
   * The connection sent more messages per second than its limit (RFC 6455 "try again later"): a client that floods is
   * cut, but y-websocket reconnects it with backoff instead of giving up for good as it would on 4429.
   */
  overloaded: 1013,
} as const

/** Whether a close code means the client must stop retrying (the y-websocket 3.x rule). */
export function isFatalCloseCode(code: number): boolean {
  return code >= 4400 && code <= 4499
}

/** Human-readable reason keys for fatal close codes; clients map them to translated text. */
export function describeCloseCode(code: number): keyof typeof CloseCode | 'unknown' {
  for (const [name, value] of Object.entries(CloseCode)) {
    if (value === code) return name as keyof typeof CloseCode
  }
  return 'unknown'
}
