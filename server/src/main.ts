import { serve, type ServerType } from '@hono/node-server'
import { createApp, type CxMapApp } from './app.ts'
import { ConfigError, readConfig, type Config } from './config.ts'
import { guardFileDescriptors } from './http/descriptorGuard.ts'
import { warnIfLicenseMissing } from './licenseWarning.ts'
import { createLogger, type Logger } from './logger.ts'
import { DataDirLockedError } from './storage/dataDirLock.ts'
import { openStore, type OpenedStore } from './storage/openStore.ts'
import { SchemaTooNewError } from './storage/schemaErrors.ts'

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
function handleSignals(server: ServerType, cxmap: CxMapApp, opened: OpenedStore, logger: Logger): void {
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
    await opened.store.close()
    opened.release()
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
}

/**
 * Opens the store or exits with the reason: one process per SQLite data directory (a second one would serve its own
 * copy of every board and lose edits); a PostgreSQL schema newer than this server is left alone; an unreachable
 * database ends the process (its supervisor restarts it).
 */
async function openStoreOrExit(config: Config, logger: Logger): Promise<OpenedStore> {
  try {
    return await openStore(config, logger)
  } catch (error) {
    if (error instanceof DataDirLockedError) logger.fatal({ dataDir: config.dataDir }, error.message)
    else if (error instanceof SchemaTooNewError) logger.fatal(error.message)
    else logger.fatal({ err: error }, 'the storage could not be opened')
    process.exit(1)
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit()
  const logger = createLogger(config.logLevel)
  warnIfLicenseMissing(config, logger)
  const opened = await openStoreOrExit(config, logger)
  const cxmap = createApp({ config, store: opened.store, logger })
  const server = listen(config, cxmap, logger)
  handleSignals(server, cxmap, opened, logger)
}

await main()
