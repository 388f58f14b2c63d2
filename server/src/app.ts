import { ADMIN_API_PATH, SYNC_PATH } from '@cxmap/shared'
import type { LiveDocSource } from './journey/journeyExport.ts'
import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { WebSocketServer } from 'ws'
import { PrintTokens } from './auth/printTokens.ts'
import { readBuildInfo } from './buildInfo.ts'
import type { Config } from './config.ts'
import { AccessLimits } from './http/accessLimits.ts'
import { createAdminRoute } from './http/adminRoute.ts'
import { acceptPrintTokens, limitFailedChecks } from './http/boardAuth.ts'
import { limitExports } from './http/exportLimit.ts'
import { createBoardsRoute } from './http/boardsRoute.ts'
import { createBoardFileRoute, respondWithBoardFile } from './http/boardFileRoute.ts'
import { createConfigRoute } from './http/configRoute.ts'
import { createCreationGate } from './http/creationGate.ts'
import { createErrorHandler, handleNotFound, respondWithError } from './http/errors.ts'
import { createExportRoute } from './http/exportRoute.ts'
import { createHealthRoute } from './http/healthRoute.ts'
import { createJourneyRoute } from './http/journeyRoute.ts'
import { logRequests } from './http/requestLog.ts'
import { addStrictTransportSecurity, readRequestOrigin, type RequestOriginOptions } from './http/requestOrigin.ts'
import { createRoadmapRoute } from './http/roadmapRoute.ts'
import { createStaticRoute } from './http/staticRoute.ts'
import { watchLicenseOnBoardPages } from './licenseWarning.ts'
import { createTimeRoute } from './http/timeRoute.ts'
import { createVotesRoute } from './http/votesRoute.ts'
import { buildTemplateSeed, type BuildSeed } from './journey/boardSeed.ts'
import type { Logger } from './logger.ts'
import { createAppMetrics, type AppMetrics } from './metrics.ts'
import { formatLoopbackOrigin } from './pdf/loopbackOrigin.ts'
import { createPdfExporter, type PdfExporterDeps } from './pdf/pdfExporter.ts'
import type { BoardStore } from './storage/types.ts'
import { AddressConnections } from './sync/addressConnections.ts'
import { Fanout, type FanoutOptions } from './sync/fanout/Fanout.ts'
import { RoomManager } from './sync/RoomManager.ts'
import { readSyncMessageLimit } from './sync/syncLimits.ts'
import { createStrategyRoute } from './strategy/strategyRoute.ts'
import { createSyncRoute, selectSyncProtocol } from './sync/wsRoute.ts'

/** Everything the app is built from. */
export interface AppDeps {
  config: Config
  store: BoardStore
  logger: Logger
  /** Builds a new board's records from its template; defaults to the templates of `@cxmap/shared`. */
  buildSeed?: BuildSeed
  /** Replaces parts of the PDF export in tests: where Chromium is found, how it starts, how a page is printed. */
  pdfOverrides?: Pick<PdfExporterDeps, 'search' | 'launch' | 'render'>
  /** Whether the sync rooms check client updates (default true; tests of sync mechanics with synthetic docs: false). */
  checkUpdates?: boolean
  /** Heartbeat, instance timeout and Redis reconnection delay of the fan-out (REDIS_URL); tests make them short. */
  fanoutTimings?: Pick<FanoutOptions, 'heartbeatMs' | 'instanceTimeoutMs' | 'retryDelayMs'>
}

/** The assembled server: serve `app.fetch` with `websocketServer` injected (see `main.ts`). */
export interface CxMapApp {
  app: Hono
  /** A `noServer` WebSocket server for `@hono/node-server`'s `serve({websocket: {server}})`. */
  websocketServer: WebSocketServer
  rooms: RoomManager
  metrics: AppMetrics
  /** The fan-out to the other instances sharing the store (REDIS_URL); `null` when this instance is alone. */
  fanout: Fanout | null
  /** The PDF export's short-lived tokens, accepted as viewers of their board by the API and the sync endpoint. */
  printTokens: PrintTokens
  /** Tells the app the port it listens on: the PDF export's headless browser reaches the app through it. */
  setListeningPort(port: number): void
  /** Closes the PDF export's browser, every sync socket with 1012 (clients reconnect), stores every room. */
  close(): Promise<void>
}

const MAX_API_BODY_BYTES = 64 * 1024

/** Builds the HTTP API, the sync endpoint and the static client from injected dependencies. */
export function createApp(deps: AppDeps): CxMapApp {
  const { config, store, logger, buildSeed = buildTemplateSeed, pdfOverrides, checkUpdates } = deps
  const metrics = createAppMetrics({
    rooms: () => rooms.roomCount,
    connections: () => rooms.connectionCount,
    pdfQueue: () => pdf.readQueue(),
    boards: () => store.countBoards(),
    databaseBytes: () => store.databaseBytes(),
    build: readBuildInfo(),
  })
  const fanout = config.redisUrl
    ? new Fanout({ url: config.redisUrl, logger, metrics: metrics.fanout, ...deps.fanoutTimings })
    : null
  const rooms: RoomManager = new RoomManager({
    store,
    logger,
    metrics: metrics.sync,
    limits: config,
    checkUpdates,
    fanout: fanout ?? undefined,
  })
  // Twice the app's limit (a sync message may be as large as the board), so that a message slightly too large reaches
  // the room manager and is refused with the app's 4413 instead of ws's generic 1009; only absurd frames are cut by ws.
  const websocketServer = new WebSocketServer({
    noServer: true,
    maxPayload: readSyncMessageLimit(config) * 2,
    handleProtocols: selectSyncProtocol,
  })
  const printTokens = new PrintTokens({ ttlMs: config.pdfTokenTtlMs })
  let origin: string | null = null
  const pdf = createPdfExporter({
    settings: config,
    printTokens,
    logger,
    readOrigin: () => origin,
    metrics: metrics.pdf,
    ...pdfOverrides,
  })

  const limits = new AccessLimits(config)
  const guardCreation = createCreationGate({ ...config, limits })

  const app = new Hono()
  app.use('*', logRequests(logger, metrics.observeHttpRequest))
  app.use('*', secureHeadersOutsideSync(config))
  app.use('/api/boards/*', limitFailedChecks(limits))
  app.use('/api/boards/*', limitExports(limits))
  // Before the API's body limit: a board file may be megabytes (the route has its own limit).
  app.route(
    '/api/boards',
    createBoardFileRoute({
      store,
      readLoadedDoc: (boardId, kind) => rooms.readLoadedDoc(boardId, kind),
      readOrigin: (c) => readRequestOrigin(c, config),
      guardCreation,
      maxDocBytes: config.maxDocBytes,
    }),
  )
  app.use(
    '/api/*',
    bodyLimit({ maxSize: MAX_API_BODY_BYTES, onError: (c) => respondWithError(c, 413, 'Request body too large') }),
  )
  app.use('/api/boards/*', acceptPrintTokens(printTokens))
  app.route(
    '/api/boards',
    createBoardsRoute({
      store,
      origin: config,
      closeBoardConnections: (boardId, code, reason) => rooms.closeBoard(boardId, code, reason),
      revokeConnections: (boardId, tokenHashes) => rooms.revokeTokens(boardId, tokenHashes),
      buildSeed,
      guardCreation,
    }),
  )
  const boardDocSource: LiveDocSource = {
    store,
    readLoadedDoc: (boardId, kind) => rooms.readLoadedDoc(boardId, kind),
    readLoadedDocWith: (boardId, kind, read) => rooms.readLoadedDocWith(boardId, kind, read),
  }
  app.route('/api/boards', createJourneyRoute(boardDocSource))
  app.route('/api/boards', createRoadmapRoute(boardDocSource))
  app.route('/api/boards', createStrategyRoute(boardDocSource))
  app.route(
    '/api/boards',
    createVotesRoute({
      ...boardDocSource,
      logger,
      isVoterConnected: (boardId, voterKey) => rooms.hasConnectedVoter(boardId, voterKey),
    }),
  )
  app.route('/api/boards', createExportRoute({ store, pdf }))
  app.route('/api/config', createConfigRoute(config))
  app.route('/api/time', createTimeRoute())
  app.route(
    ADMIN_API_PATH,
    createAdminRoute({
      adminToken: config.adminToken,
      limits,
      store,
      logger,
      countConnections: (boardId) => rooms.countBoardConnections(boardId),
      closeBoardConnections: (boardId, code, reason) => rooms.closeBoard(boardId, code, reason),
      respondWithBoardFile: (c, board) => respondWithBoardFile(c, boardDocSource, board),
    }),
  )
  app.route('/', createHealthRoute({ store, metrics, metricsToken: config.metricsToken, logger, fanout }))
  const addresses = new AddressConnections(config.maxConnectionsPerAddress)
  app.route(SYNC_PATH, createSyncRoute({ store, rooms, logger, printTokens, limits, metrics: metrics.sync, addresses }))
  app.use('/b/*', watchLicenseOnBoardPages(config, logger))
  app.route('/', createStaticRoute(config.clientDistDir))
  app.notFound(handleNotFound)
  app.onError(createErrorHandler(logger))

  return {
    app,
    websocketServer,
    rooms,
    metrics,
    fanout,
    printTokens,
    setListeningPort(port) {
      origin = formatLoopbackOrigin(config.host, port)
    },
    async close() {
      await pdf.close()
      await rooms.shutdown()
      await fanout?.close()
      // Sockets still authenticating belong to no room yet.
      for (const socket of websocketServer.clients) socket.close(1012, 'server restarting')
      websocketServer.close()
    },
  }
}

/**
 * Security headers on every HTTP response, but not on the WebSocket upgrade (they mean nothing there);
 * `Strict-Transport-Security` only over https.
 */
function secureHeadersOutsideSync(origin: RequestOriginOptions): MiddlewareHandler {
  const secure = secureHeaders({ strictTransportSecurity: false })
  const hsts = addStrictTransportSecurity(origin)
  return (c, next) =>
    c.req.path.startsWith(`${SYNC_PATH}/`)
      ? next()
      : secure(c, async () => {
          await hsts(c, next)
        })
}
