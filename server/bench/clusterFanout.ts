import { readdirSync, readFileSync } from 'node:fs'
import { startPostgres } from '../test/postgresServer.ts'
import { startRedis } from '../test/redisServer.ts'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'
import { connectBenchClient } from './syncClients.ts'
import { createBoard, type FanoutTarget } from './syncFanout.ts'

const CLOCK_TICKS_PER_SECOND = 100

/** Group commits as our server's /metrics counted them over a whole run (warm-up included). */
export interface CommitFigures {
  commits: number
  appendsPerCommit: number
  /** Upper bound of the histogram bucket holding the 99th percentile commit time. */
  p99CommitMs: number
}

/** The commit figures of the last run of a target that reports them (read from /metrics before it stops). */
export const lastCommitFigures: { value: CommitFigures | null } = { value: null }

/** One instance of our server on a throwaway PostgreSQL (the PostgreSQL processes' CPU counted with it). */
export const postgresTarget = (server = 'ours on PostgreSQL'): FanoutTarget => ({
  server,
  description: 'CX Map server, compiled, DATABASE_URL on a throwaway PostgreSQL 15 (its CPU included), y-websocket 3',
  start: () => startBackedInstances(1, false),
  openRoom: (running, index) => openBoard(running, index),
  connect: connectBenchClient,
})

/**
 * Two instances of our server on one PostgreSQL and one Redis; editors alternate between them, so every edit crosses
 * Redis to reach half of its peers. CPU counted: both instances, Redis and PostgreSQL.
 */
export const clusterTarget = (server = 'ours × 2 (PostgreSQL + Redis)'): FanoutTarget => {
  let urls: string[] = []
  return {
    server,
    description:
      'two CX Map instances on one PostgreSQL + one Redis, editors split between them (CPU: both, Redis, PostgreSQL)',
    start: async () => {
      const running = await startBackedInstances(2, true)
      urls = running.urls
      return running
    },
    openRoom: (running, index) => openBoard(running, index),
    connect: (_wsUrl, room, token, id) => {
      const editor = Number(/e(\d+)$/.exec(id)?.[1] ?? 0)
      return connectBenchClient(urls[editor % urls.length]!.replace(/^http/, 'ws'), room, token, id)
    },
  }
}

async function openBoard(running: ServerProcess, index: number) {
  const board = await createBoard(running.url, `bench ${index}`)
  return { room: board.id, token: board.token }
}

/** `count` instances on a fresh PostgreSQL database (and a Redis when `withRedis`), as one server for the bench. */
async function startBackedInstances(count: number, withRedis: boolean): Promise<ServerProcess & { urls: string[] }> {
  const postgres = await startPostgres()
  const redis = withRedis ? await startRedis() : null
  const env = { DATABASE_URL: await postgres.createDatabase('bench'), ...(redis ? { REDIS_URL: redis.url } : {}) }
  const instances: ServerProcess[] = []
  for (let i = 0; i < count; i++) instances.push(await startServerProcess(env))
  const postgresPid = findProcess((cmdline) => cmdline.includes('postgres') && cmdline.includes(postgresPort(env)))
  const redisPid = redis
    ? findProcess((cmdline) => cmdline.includes('redis-server') && cmdline.includes(redisPort(redis.url)))
    : null
  const helpers = [postgresPid, redisPid].filter((pid): pid is number => pid !== null)
  return {
    url: instances[0]!.url,
    urls: instances.map((instance) => instance.url),
    pid: instances[0]!.pid,
    readCpuMs: () =>
      instances.reduce((sum, instance) => sum + instance.readCpuMs(), 0) +
      helpers.reduce((sum, pid) => sum + readTreeCpuMs(pid), 0),
    readPeakRssBytes: () => instances.reduce((sum, instance) => sum + instance.readPeakRssBytes(), 0),
    stop: async () => {
      lastCommitFigures.value = await readCommitFigures(instances[0]!.url).catch(() => null)
      for (const instance of instances) await instance.stop()
      await redis?.stop()
      await postgres.stop()
    },
  }
}

const postgresPort = (env: { DATABASE_URL: string }) => `-p ${new URL(env.DATABASE_URL).port}`
const redisPort = (url: string) => `:${new URL(url).port}`

/** The pid of the first process whose command line matches, or null. */
function findProcess(matches: (cmdline: string) => boolean): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
      if (matches(cmdline)) return Number(entry)
    } catch {
      // gone meanwhile
    }
  }
  return null
}

/** CPU of a process, its reaped children (PostgreSQL's ended backends) and its live children, in milliseconds. */
function readTreeCpuMs(rootPid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const fields = readStatFields(Number(entry))
    if (!fields) continue
    const pid = Number(entry)
    const parent = Number(fields[1])
    if (pid === rootPid) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    else if (parent === rootPid) ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}

/** Fields 3… of /proc/PID/stat (state, ppid, …; utime is [11]), or null when the process is gone. */
function readStatFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null
  }
}

/** Group-commit figures from the instance's Prometheus text. */
async function readCommitFigures(baseUrl: string): Promise<CommitFigures> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text()
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN)
  const commits = value('cxmap_store_appends_per_commit_count')
  const buckets = [...text.matchAll(/^cxmap_store_append_seconds_bucket\{le="([^"]+)"\} (\S+)$/gm)].map((m) => ({
    le: m[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[1]),
    count: Number(m[2]),
  }))
  const total = buckets.at(-1)?.count ?? 0
  const p99 = buckets.find((bucket) => bucket.count >= total * 0.99)?.le ?? Number.NaN
  return {
    commits,
    appendsPerCommit: value('cxmap_store_appends_per_commit_sum') / commits,
    p99CommitMs: p99 * 1000,
  }
}
