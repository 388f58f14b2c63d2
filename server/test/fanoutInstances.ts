import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { SYNC_PATH } from '@cxmap/shared'
import { createApp, type AppDeps, type CxMapApp } from '../src/app.ts'
import type { Config } from '../src/config.ts'
import type { BoardStore } from '../src/storage/types.ts'
import { createLogCapture } from './logCapture.ts'
import { createTestConfig } from './testServer.ts'

/** One instance of a multi-instance test: an app on a port, on a store other instances share, with its Redis. */
export interface FanoutInstance {
  cxmap: CxMapApp
  httpUrl: string
  syncUrl: string
  logs(): string
  /** Stops as `main.ts` does on SIGTERM (sockets closed with 1012, goodbye to the other instances). */
  stop(): Promise<void>
  /** Cuts its Redis connections without a goodbye and stops its heartbeats, as a killed process would. */
  silence(): Promise<void>
}

/** What {@link startFanoutInstance} needs. */
export interface FanoutInstanceOptions {
  store: BoardStore
  dataDir: string
  redisUrl: string
  config?: Partial<Config>
  /** Short heartbeats and reconnection delays for tests. */
  timings?: AppDeps['fanoutTimings']
  checkUpdates?: boolean
}

/** Fast heartbeats, a 1.5 s instance timeout (a busy CI machine stalls for less) and quick Redis reconnections. */
export const FAST_FANOUT_TIMINGS: NonNullable<AppDeps['fanoutTimings']> = {
  heartbeatMs: 100,
  instanceTimeoutMs: 1500,
  retryDelayMs: () => 50,
}

/** Starts an app with REDIS_URL set on `store` (shared with the other instances of the test), on port 0. */
export async function startFanoutInstance(options: FanoutInstanceOptions): Promise<FanoutInstance> {
  const capture = createLogCapture()
  const config = createTestConfig(options.dataDir, { redisUrl: options.redisUrl, ...options.config })
  const cxmap = createApp({
    config,
    store: options.store,
    logger: capture.logger,
    checkUpdates: options.checkUpdates,
    fanoutTimings: options.timings ?? FAST_FANOUT_TIMINGS,
  })
  const server = await listen(cxmap)
  const port = (server.address() as AddressInfo).port
  let isStopped = false
  return {
    cxmap,
    httpUrl: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    logs: capture.text,
    async stop() {
      if (isStopped) return
      isStopped = true
      await cxmap.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
    },
    async silence() {
      await cxmap.fanout?.close({ goodbye: false })
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
