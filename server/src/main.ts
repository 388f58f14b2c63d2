import { serve, type ServerType } from '@hono/node-server'
import { createApp, type CxMapApp } from './app.ts'
import { ConfigError, readConfig, type Config } from './config.ts'
import { createLogger, type Logger } from './logger.ts'
import { openSqliteStore } from './storage/sqlite.ts'
import type { BoardStore } from './storage/types.ts'

const SHUTDOWN_TIMEOUT_MS = 15_000

function readConfigOrExit(): Config {
  try {
    return readConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

function listen(config: Config, cxmap: CxMapApp, logger: Logger): ServerType {
  const server = serve(
    { fetch: cxmap.app.fetch, port: config.port, hostname: config.host, websocket: { server: cxmap.websocketServer } },
    (info) => {
      cxmap.setListeningPort(info.port)
      logger.info({ url: `http://${config.host}:${info.port}`, port: info.port }, 'listening')
    },
  )
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'server error')
    process.exit(1)
  })
  return server
}

function handleSignals(server: ServerType, cxmap: CxMapApp, store: BoardStore, logger: Logger): void {
  let isStopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (isStopping) return
    isStopping = true
    logger.info({ signal }, 'shutting down')
    setTimeout(() => {
      logger.error('shutdown timed out')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    // The PDF browser and sockets first (1012: clients reconnect to the next instance), then pending appends, then
    // the file.
    await cxmap.close()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      if ('closeAllConnections' in server) server.closeAllConnections()
    })
    await store.close()
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
}

function main(): void {
  const config = readConfigOrExit()
  const logger = createLogger(config.logLevel)
  const store = openSqliteStore(config.databaseFile)
  const cxmap = createApp({ config, store, logger })
  const server = listen(config, cxmap, logger)
  handleSignals(server, cxmap, store, logger)
}

main()
