import { serve, type ServerType } from '@hono/node-server'
import { createApp, type CxMapApp } from './app.ts'
import { ConfigError, readConfig, type Config } from './config.ts'
import { guardFileDescriptors } from './http/descriptorGuard.ts'
import { warnIfLicenseMissing } from './licenseWarning.ts'
import { createLogger, type Logger } from './logger.ts'
import { DataDirLockedError, lockDataDir, type DataDirLock } from './storage/dataDirLock.ts'
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
  // Out of file descriptors, the server keeps the clients it has and accepts again once some are free.
  const isDescriptorExhaustion = guardFileDescriptors(server, { logger, count: () => cxmap.metrics.countEmfile() })
  server.on('error', (error) => {
    if (isDescriptorExhaustion(error)) return
    logger.fatal({ err: error }, 'server error')
    process.exit(1)
  })
  return server
}

/**
 * Stops cleanly on SIGTERM/SIGINT. Holds the data directory's lock until then (a lock nothing refers to would be
 * closed by the garbage collector, letting a second process in); a crash or `kill -9` drops it with the process.
 */
function handleSignals(
  server: ServerType,
  cxmap: CxMapApp,
  store: BoardStore,
  lock: DataDirLock,
  logger: Logger,
): void {
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
    lock.release()
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
}

/** One process per data directory: a second one would serve its own copy of every board and lose edits. */
function lockDataDirOrExit(config: Config, logger: Logger): DataDirLock {
  try {
    return lockDataDir(config.dataDir)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    logger.fatal({ dataDir: config.dataDir }, error.message)
    process.exit(1)
  }
}

function main(): void {
  const config = readConfigOrExit()
  const logger = createLogger(config.logLevel)
  warnIfLicenseMissing(config, logger)
  const lock = lockDataDirOrExit(config, logger)
  const store = openSqliteStore(config.databaseFile)
  const cxmap = createApp({ config, store, logger })
  const server = listen(config, cxmap, logger)
  handleSignals(server, cxmap, store, lock, logger)
}

main()
