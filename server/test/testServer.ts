import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { SYNC_PATH, type CreateBoardRequest, type CreateBoardResponse } from '@cxmap/shared'
import { createApp, type AppDeps, type CxMapApp } from '../src/app.ts'
import { readConfig, type Config } from '../src/config.ts'
import type { BuildSeed } from '../src/journey/boardSeed.ts'
import type { Logger } from '../src/logger.ts'
import { openSqliteStore } from '../src/storage/sqlite.ts'
import type { BoardStore } from '../src/storage/types.ts'
import { createLogCapture } from './logCapture.ts'

/** A temporary data directory, removed by `remove()`. */
export async function createTempDir(prefix = 'cxmap-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/**
 * A valid config for tests: port 0, the given data dir, no client build, short grace, and per-address limits high
 * enough for suites that create many boards or try wrong tokens from one address (their own tests set them low).
 */
export function createTestConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    ...readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST_DIR: join(dataDir, 'no-client'),
      BOARD_CREATES_PER_HOUR: '100000',
      FAILED_AUTH_PER_MINUTE: '100000',
      SYNC_CONNECTS_PER_MINUTE: '100000',
      EXPORTS_PER_MINUTE: '100000',
    }),
    roomUnloadGraceMs: 50,
    ...overrides,
  }
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  dataDir: string
  config?: Partial<Config>
  /** Wraps the SQLite store opened on `dataDir` (slow or failing stores). */
  wrapStore?: (store: BoardStore) => BoardStore
  logger?: Logger
  /** Replaces the template seeds of `@cxmap/shared`. */
  buildSeed?: BuildSeed
  /** Replaces parts of the PDF export (a fake Chromium and render). */
  pdfOverrides?: AppDeps['pdfOverrides']
  /** False for tests of sync mechanics that write synthetic docs (the schema gate would refuse them). */
  checkUpdates?: boolean
}

/** An app listening on a random port, as `main.ts` runs it. */
export interface TestServer {
  cxmap: CxMapApp
  store: BoardStore
  port: number
  httpUrl: string
  /** Base URL for `WebsocketProvider` (`ws://127.0.0.1:PORT/sync`). */
  syncUrl: string
  /** WebSocket connections accepted so far (counted on the server). */
  upgradeCount: () => number
  logs: () => string
  /** Closes sockets (1012), flushes rooms, stops listening and closes the store. */
  stop: () => Promise<void>
}

/** Starts the app with the SQLite store on `dataDir` on port 0. */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const capture = createLogCapture()
  const logger = options.logger ?? capture.logger
  const config = createTestConfig(options.dataDir, options.config)
  const sqlite = openSqliteStore(config.databaseFile)
  const store = options.wrapStore ? options.wrapStore(sqlite) : sqlite
  const { buildSeed, pdfOverrides, checkUpdates } = options
  const cxmap = createApp({ config, store, logger, buildSeed, pdfOverrides, checkUpdates })
  let upgrades = 0
  cxmap.websocketServer.on('connection', () => upgrades++)
  const server = await listen(cxmap)
  const port = (server.address() as AddressInfo).port
  return {
    cxmap,
    store,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    upgradeCount: () => upgrades,
    logs: capture.text,
    async stop() {
      await cxmap.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      await sqlite.close()
    },
  }
}

function listen(cxmap: CxMapApp): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: cxmap.app.fetch, port: 0, hostname: '127.0.0.1', websocket: { server: cxmap.websocketServer } },
      () => resolve(server),
    )
  })
}

/** Creates a board through the API (no port needed). */
export async function createBoardVia(
  cxmap: CxMapApp,
  title = 'Test board',
  options: Omit<CreateBoardRequest, 'title'> = {},
): Promise<CreateBoardResponse> {
  const response = await cxmap.app.request('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, ...options }),
  })
  if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`)
  return (await response.json()) as CreateBoardResponse
}
