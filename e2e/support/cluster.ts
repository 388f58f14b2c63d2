import path from 'node:path'
import { hasPostgres, startPostgres, type PostgresServer } from '../../server/test/postgresServer.ts'
import { hasRedis, startRedis, type RedisServer } from '../../server/test/redisServer.ts'
import { paths } from './paths.ts'
import { startAppServer, type AppServer } from './server.ts'

/** Several real servers on one throwaway PostgreSQL database and one throwaway Redis. */
export interface AppCluster {
  servers: AppServer[]
  /** Stops the servers, then Redis and PostgreSQL (removing their directories). */
  stop(): Promise<void>
}

/**
 * What is missing to run a cluster ('' when nothing): PostgreSQL's and Redis's binaries. With `CI` set the
 * fixtures' lookups throw instead, so CI never skips.
 */
export function findMissingClusterTools(): string {
  return [hasPostgres() ? null : 'PostgreSQL', hasRedis() ? null : 'redis-server'].filter(Boolean).join(' and ')
}

/** Starts PostgreSQL, Redis and `instances` servers with DATABASE_URL and REDIS_URL; logs go to the artifacts. */
export async function startAppCluster(instances: number, name: string): Promise<AppCluster> {
  const started: { stop(): Promise<void> }[] = []
  const stop = async () => {
    for (const part of started.splice(0).reverse()) await part.stop().catch(() => undefined)
  }
  try {
    const [postgres, redis]: [PostgresServer, RedisServer] = await Promise.all([startPostgres(), startRedis()])
    started.push(postgres, redis)
    const env = { DATABASE_URL: await postgres.createDatabase('cxmap_e2e'), REDIS_URL: redis.url }
    const servers = await Promise.all(
      Array.from({ length: instances }, (_, i) =>
        startAppServer({ logFile: path.join(paths.artifacts, `${name}-instance${i}.log`), env }),
      ),
    )
    started.push(...servers)
    return { servers, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
