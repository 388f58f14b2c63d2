import type { Config } from '../config.ts'
import type { Logger } from '../logger.ts'
import { lockDataDir } from './dataDirLock.ts'
import { openSqliteStore } from './sqlite.ts'
import type { BoardStore } from './types.ts'
import { DEFAULT_WAL_CHECKPOINTER } from './walCheckpointer.ts'

/** The store the server runs on, and what to release after closing it. */
export interface OpenedStore {
  store: BoardStore
  /** Releases what the store held besides itself (SQLite: the data directory's lock); call after `store.close()`. */
  release(): void
}

/**
 * Opens the store `config` names: PostgreSQL when `DATABASE_URL` is set (several instances may share it, so no data
 * directory lock), else SQLite in `DATA_DIR` under the directory's lock (throws `DataDirLockedError` when held).
 */
export async function openStore(config: Config, logger: Logger): Promise<OpenedStore> {
  if (config.databaseUrl) {
    // Imported here, not at the top: a server on SQLite never loads PostgreSQL's driver.
    const { openPostgresStore } = await import('./postgres.ts')
    const store = await openPostgresStore({
      connectionString: config.databaseUrl,
      onError: (error) => logger.warn({ err: error }, 'PostgreSQL connection lost (the pool reconnects)'),
    })
    logger.info({ backend: 'postgresql', database: describeDatabaseUrl(config.databaseUrl) }, 'storage opened')
    return { store, release: () => undefined }
  }
  const lock = lockDataDir(config.dataDir)
  try {
    const store = openSqliteStore(config.databaseFile, {
      walCheckpointer: {
        ...DEFAULT_WAL_CHECKPOINTER,
        onError: (error) =>
          logger.warn({ err: error }, 'the WAL checkpoint thread failed; SQLite checkpoints inside appends again'),
      },
    })
    logger.info({ backend: 'sqlite', file: config.databaseFile }, 'storage opened')
    return { store, release: () => lock.release() }
  } catch (error) {
    lock.release()
    throw error
  }
}

/** The URL without its password or parameters (which may hold one), for logs: `postgres://user@host:port/db`. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  const user = url.username ? `${url.username}@` : ''
  return `${url.protocol}//${user}${url.host}${url.pathname}`
}
