import { upgradeWebSocket, type WebSocketLike } from '@hono/node-server'
import { CloseCode, RetryCloseCode, readSyncProtocolToken, SYNC_SUBPROTOCOL, type DocKind } from '@cxmap/shared'
import { Hono, type Context } from 'hono'
import type { WSContext, WSEvents } from 'hono/ws'
import { authorizeBoard, type AccessDenial } from '../auth/boardAccess.ts'
import type { PrintTokens } from '../auth/printTokens.ts'
import { hashToken } from '../auth/tokens.ts'
import type { AccessLimits } from '../http/accessLimits.ts'
import type { Logger } from '../logger.ts'
import { noopSyncMetrics, type SyncMetrics } from '../metrics.ts'
import type { BoardStore } from '../storage/types.ts'
import type { AddressConnections } from './addressConnections.ts'
import type { SyncSocket } from './Connection.ts'
import type { ConnectionHandle, RoomManager } from './RoomManager.ts'
import { recordSyncSocket, type SyncSocketRecord } from './socketLog.ts'

/** What the sync route needs. */
export interface SyncRouteDeps {
  store: BoardStore
  rooms: RoomManager
  logger: Logger
  /** The PDF export's print tokens, accepted as viewers of their board. */
  printTokens?: PrintTokens
  /**
   * Counts refused tokens per client address; an address over its failed-checks limit is closed with 1013 (try again
   * later) before any check, which y-websocket retries with its backoff.
   */
  limits?: AccessLimits
  /** Counts refusals, opens and closes; reports nothing by default. */
  metrics?: SyncMetrics
  /** Caps open sockets per client address (the `limits` key); one more is closed with 1013. Unbounded when absent. */
  addresses?: AddressConnections
}

const DENIAL_CLOSE_CODES: Record<AccessDenial, number> = {
  not_found: CloseCode.notFound,
  unauthorized: CloseCode.unauthorized,
  forbidden: CloseCode.forbidden,
}

const WS_OPEN = 1

/**
 * The y-websocket endpoint: `GET /:boardId` (the canvas doc) and `/:boardId/control`, the token offered as the
 * subprotocol `cxmap-token.<token>` (the app's client) or in `?token=` (a plain y-websocket provider). Only upgrades,
 * authenticates and forwards bytes; the protocol lives in the rooms.
 */
export function createSyncRoute(deps: SyncRouteDeps): Hono {
  const app = new Hono()
  const expectUpgrade = (c: Context) =>
    c.json({ error: { code: 'bad_request', message: 'Expected a WebSocket upgrade' } }, 426)
  app.get(
    '/:boardId',
    upgradeWebSocket((c) => createSyncEvents(c, 'board', deps)),
    expectUpgrade,
  )
  app.get(
    '/:boardId/control',
    upgradeWebSocket((c) => createSyncEvents(c, 'control', deps)),
    expectUpgrade,
  )
  return app
}

async function createSyncEvents(c: Context, kind: DocKind, deps: SyncRouteDeps): Promise<WSEvents<WebSocketLike>> {
  const boardId = c.req.param('boardId') ?? ''
  const metrics = deps.metrics ?? noopSyncMetrics
  const { limits } = deps
  const limitKey = limits?.readKey(c) ?? ''
  const refusal = limits ? await readAddressRefusal(limits, limitKey) : null
  if (refusal) {
    const code = RetryCloseCode.overloaded
    deps.logger.info({ boardId, doc: kind, code }, `sync connection refused: ${refusal}`)
    metrics.countRefused(code)
    return { onOpen: (_event, ws) => ws.close(code, refusal) }
  }
  const access = await authorizeBoard(deps.store, boardId, readSocketToken(c), deps.printTokens)
  if (!access.ok) {
    if (limits && access.reason !== 'not_found') await limits.recordFailure(limitKey)
    // An HTTP error at upgrade makes y-websocket retry forever; a 44xx close code makes it stop.
    const code = DENIAL_CLOSE_CODES[access.reason]
    deps.logger.info({ boardId, doc: kind, code }, 'sync connection refused')
    metrics.countRefused(code)
    return { onOpen: (_event, ws) => ws.close(code, access.reason) }
  }
  let handle: ConnectionHandle | null = null
  let record: SyncSocketRecord | null = null
  let isCounted = false
  return {
    onOpen(_event, ws) {
      if (deps.addresses && !deps.addresses.tryOpen(limitKey)) {
        const code = RetryCloseCode.overloaded
        deps.logger.info({ boardId, doc: kind, code }, 'sync connection refused: too many from this address')
        metrics.countRefused(code)
        return ws.close(code, 'too many connections from this address')
      }
      isCounted = deps.addresses !== undefined
      const fields = { boardId, doc: kind, role: access.role }
      record = recordSyncSocket(deps.logger, metrics, fields)
      const tokenHash = hashToken(access.token)
      // A print token is no link of the board (only its expiry ends it): no hash for a rotation to match.
      const isLink = access.board.tokenHashes[access.role] === tokenHash
      const socket = toSyncSocket(ws)
      handle = deps.rooms.connect({
        boardId,
        kind,
        role: access.role,
        socket,
        tokenHash: isLink ? tokenHash : undefined,
        address: limits ? limitKey : undefined,
      })
    },
    onMessage(event) {
      const data = event.data
      handle?.receive(data instanceof Blob ? '' : data instanceof ArrayBuffer ? data : String(data))
    },
    onClose(event) {
      if (isCounted) deps.addresses?.release(limitKey)
      handle?.disconnect()
      record?.closed(event.code)
    },
  }
}

/**
 * Why a connection from `key` is refused before its token is checked (so that a refused attempt costs no lookup), or
 * null: too many failed checks, or too many connections this minute — each costs a handshake and a copy of the board,
 * and a client reconnecting in a loop is slowed to SYNC_CONNECTS_PER_MINUTE.
 */
async function readAddressRefusal(limits: AccessLimits, key: string): Promise<string | null> {
  if ((await limits.readFailureWait(key)) > 0) return 'too many failed checks'
  if ((await limits.takeSyncConnect(key)) > 0) return 'too many connections per minute'
  return null
}

/** The token offered as a subprotocol, else the one in `?token=`: a subprotocol never reaches proxies' logs. */
function readSocketToken(c: Context): string | undefined {
  return readSyncProtocolToken(c.req.header('sec-websocket-protocol')) ?? c.req.query('token')
}

/**
 * `ws`'s `handleProtocols`: selects `cxmap-sync` when offered and nothing else, so the response never echoes the
 * token subprotocol; a client that offers no subprotocol (a plain y-websocket provider) gets none and connects.
 */
export function selectSyncProtocol(offered: ReadonlySet<string>): string | false {
  return offered.has(SYNC_SUBPROTOCOL) ? SYNC_SUBPROTOCOL : false
}

function toSyncSocket(ws: WSContext<WebSocketLike>): SyncSocket {
  return {
    send(bytes) {
      if (ws.readyState === WS_OPEN) ws.raw?.send(bytes)
    },
    close(code, reason) {
      ws.close(code, reason)
    },
    get bufferedAmount() {
      return readBufferedAmount(ws.raw)
    },
  }
}

/** ws's `bufferedAmount`: the raw socket is a `ws` WebSocket, though `WebSocketLike` does not declare it. */
function readBufferedAmount(raw: WebSocketLike | undefined): number {
  const amount = (raw as { bufferedAmount?: unknown } | undefined)?.bufferedAmount
  return typeof amount === 'number' ? amount : 0
}
