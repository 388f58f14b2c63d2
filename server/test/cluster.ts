import pg from 'pg'
import { createBoardResponseSchema, type CreateBoardRequest, type CreateBoardResponse } from '@cxmap/shared'
import { hasPostgres, startPostgres, type PostgresServer } from './postgresServer.ts'
import { hasRedis, startRedis, type RedisServer } from './redisServer.ts'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'

/** Several real server processes on one throwaway PostgreSQL database and one throwaway Redis. */
export interface Cluster {
  postgres: PostgresServer
  redis: RedisServer
  databaseUrl: string
  /** How many instances the cluster has (running or not). */
  size: number
  /** The running process of instance `index`; throws when it is down. */
  server(index: number): ServerProcess
  /** Kills instance `index` with SIGKILL and waits until it is gone. */
  kill(index: number): Promise<void>
  /** Starts instance `index` again on its port and data directory (killing it first if it still runs). */
  restart(index: number): Promise<ServerProcess>
  /** Runs one query on the cluster's database (to look at what the instances stored). */
  query<Row extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]>
  /** Kills every instance, stops Redis and PostgreSQL and removes their directories. */
  stop(): Promise<void>
}

/** What {@link startCluster} starts. */
export interface ClusterOptions {
  instances: number
  /** More environment for every instance. */
  env?: Record<string, string>
  /** Bound on each instance's start (its output is in the error). */
  startTimeoutMs?: number
}

interface Slot {
  dataDir: { path: string; remove: () => Promise<void> }
  process: ServerProcess | null
  /** The port it listened on first: a restart takes it again, as a supervised process behind a balancer would. */
  port: number
}

const DEFAULT_START_TIMEOUT_MS = 30_000

/** Whether PostgreSQL and Redis are installed (for `describe.skipIf`); with `CI` set, missing binaries throw. */
export function hasClusterBinaries(): boolean {
  return hasPostgres() && hasRedis()
}

/**
 * Starts PostgreSQL, Redis and `instances` server processes sharing them (PORT=0, a DATA_DIR each, the per-address
 * limits lifted as the e2e server does). Call `stop()` in `afterAll`; a failed start stops what it had started.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const stoppers: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const stop of stoppers.splice(0).reverse()) await stop().catch(() => undefined)
  }
  try {
    const [postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    stoppers.push(
      () => postgres.stop(),
      () => redis.stop(),
    )
    const databaseUrl = await postgres.createDatabase('cxmap_cluster')
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      BOARD_CREATES_PER_HOUR: '100000',
      FAILED_AUTH_PER_MINUTE: '100000',
      SYNC_CONNECTS_PER_MINUTE: '100000',
      EXPORTS_PER_MINUTE: '100000',
      ...options.env,
    }
    const slots: Slot[] = []
    for (let i = 0; i < options.instances; i++) {
      const dataDir = await createTempDir(`cxmap-cluster-${i}-`)
      slots.push({ dataDir, process: null, port: 0 })
      stoppers.push(dataDir.remove)
    }
    const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS
    const start = async (slot: Slot) => {
      slot.process = await spawnServer({ ...env, DATA_DIR: slot.dataDir.path, PORT: String(slot.port) }, timeoutMs)
      slot.port = slot.process.port
      return slot.process
    }
    const kill = async (slot: Slot) => {
      const running = slot.process
      slot.process = null
      if (!running) return
      if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL')
      await running.exited
    }
    stoppers.push(async () => {
      for (const slot of slots) await kill(slot)
    })
    // In parallel: the schema migrations take an advisory lock, so concurrent starts are what production does too.
    await Promise.all(slots.map((slot) => start(slot)))
    const slotAt = (index: number) => {
      const slot = slots[index]
      if (!slot) throw new Error(`the cluster has no instance ${index}`)
      return slot
    }
    return {
      postgres,
      redis,
      databaseUrl,
      size: slots.length,
      server(index) {
        const running = slotAt(index).process
        if (!running) throw new Error(`instance ${index} is not running`)
        return running
      },
      kill: (index) => kill(slotAt(index)),
      async restart(index) {
        const slot = slotAt(index)
        await kill(slot)
        return start(slot)
      },
      async query(sql, values) {
        const client = new pg.Client({ connectionString: databaseUrl })
        await client.connect()
        try {
          return (await client.query(sql, values)).rows
        } finally {
          await client.end()
        }
      },
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/** Creates a board through instance `server`'s API. */
export async function createBoardOn(
  server: ServerProcess,
  request: CreateBoardRequest = { title: 'Cluster' },
): Promise<CreateBoardResponse> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  })
  if (response.status !== 201) throw new Error(`creating a board: ${response.status} ${await response.text()}`)
  return createBoardResponseSchema.parse(await response.json())
}
