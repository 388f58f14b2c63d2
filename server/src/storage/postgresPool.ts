import pg from 'pg'

/** How the PostgreSQL pool is built. */
export interface PostgresPoolOptions {
  connectionString: string
  /** Connections at most (default 10). */
  maxConnections?: number
  /** Called with errors of idle connections (the server restarted, the network dropped); they never crash. */
  onError?: (error: Error) => void
}

const CONNECT_TIMEOUT_MS = 5_000
const STATEMENT_TIMEOUT_MS = 30_000
// The client gives up a little after the server would have: a query never hangs on a dead connection.
const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 5_000
const IDLE_TIMEOUT_MS = 30_000

/** A pool whose connects and queries fail within bounded times instead of waiting forever. */
export function createPostgresPool({ connectionString, maxConnections = 10, onError }: PostgresPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'cxmap',
  })
  pool.on('error', (error) => onError?.(error))
  return pool
}

/**
 * Runs `fn` in a transaction on one connection: committed when it resolves, rolled back when it throws. A connection
 * that broke meanwhile is destroyed rather than returned to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  // A checked-out client has no error listener of the pool's: without this one, a dropped connection would crash.
  const onError = (error: Error) => (broken = error)
  client.on('error', onError)
  try {
    await client.query('BEGIN')
    const value = await fn(client)
    // COMMIT of a transaction a failed statement aborted answers ROLLBACK, not an error.
    const committed = await client.query('COMMIT')
    if (committed.command !== 'COMMIT') throw new Error('The transaction was rolled back')
    return value
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken ??= rollbackError))
    throw error
  } finally {
    client.off('error', onError)
    client.release(broken)
  }
}
