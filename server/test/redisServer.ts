import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFreePort } from './freePort.ts'

/** A throwaway Redis in a temp dir, on a free loopback port, with no persistence. */
export interface RedisServer {
  /** `redis://127.0.0.1:PORT`. */
  url: string
  /** Kills the server (SIGKILL: nothing is saved anyway) and starts a fresh one on the same port. */
  restart(): Promise<void>
  /** Kills the server, keeping the port for {@link start}. */
  kill(): Promise<void>
  /** Starts the server again after {@link kill}. */
  start(): Promise<void>
  /** Stops the server and removes its directory. */
  stop(): Promise<void>
}

const BINARY_CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server']
const START_TIMEOUT_MS = 10_000

/**
 * The `redis-server` binary, or `null` when it is not installed. With `CI` set, a missing binary throws: CI must not
 * skip these tests.
 */
export function findRedisServer(): string | null {
  const binary = BINARY_CANDIDATES.find((path) => existsSync(path))
  if (binary) return binary
  if (process.env.CI)
    throw new Error(`redis-server not found (${BINARY_CANDIDATES.join(', ')}); CI must run these tests`)
  return null
}

/** Whether the Redis tests can run here (for `describe.skipIf(!hasRedis())`). */
export function hasRedis(): boolean {
  return findRedisServer() !== null
}

/** Starts a throwaway `redis-server`; call `stop()` in `afterAll`. */
export async function startRedis(): Promise<RedisServer> {
  const binary = findRedisServer()
  if (!binary) throw new Error('redis-server is not installed')
  const dir = await mkdtemp(join(tmpdir(), 'cxmap-redis-'))
  const port = await findFreePort()
  let child: ChildProcess | null = null
  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]
    child = spawn(binary, args, { cwd: dir, stdio: 'ignore' })
    await waitForPort(port, child)
  }
  const kill = async () => {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    async restart() {
      await kill()
      await start()
    },
    async stop() {
      await kill()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Resolves once the port accepts connections; rejects when the process exits or the time is up. */
async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`)
    if (await canConnect(port)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`redis-server did not listen on ${port} within ${START_TIMEOUT_MS} ms`)
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
