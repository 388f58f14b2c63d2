import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { findFreePort } from './freePort.ts'

/** A throwaway PostgreSQL cluster in a temp dir, listening on a free loopback port with trust auth. */
export interface PostgresServer {
  /** A connection URL for `dbName` (default `postgres`); `password` is accepted (and ignored) by trust auth. */
  url(dbName?: string, password?: string): string
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>
  /** Stops the server, keeping its data (a later {@link startServer} brings it back on the same port). */
  stopServer(): Promise<void>
  /** Starts a server stopped by {@link stopServer}. */
  startServer(): Promise<void>
  /** Stops and starts the server. */
  restart(): Promise<void>
  /** Stops the server and removes its files. */
  stop(): Promise<void>
}

const START_TIMEOUT_S = 30
const BIN_ROOT = '/usr/lib/postgresql'

/**
 * The directory of `initdb` and `pg_ctl` (the newest installed version), or `null` when PostgreSQL is not installed.
 * Debian does not put them on PATH, hence the glob. With `CI` set, missing binaries throw: CI must not skip.
 */
export function findPostgresBin(): string | null {
  const versions = existsSync(BIN_ROOT) ? readdirSync(BIN_ROOT) : []
  const bin = versions
    .map((v) => join(BIN_ROOT, v, 'bin'))
    .filter((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
    .sort((a, b) => Number.parseInt(b.split('/')[3]!) - Number.parseInt(a.split('/')[3]!))[0]
  if (bin) return bin
  if (process.env.CI) throw new Error(`PostgreSQL binaries not found under ${BIN_ROOT}/*/bin (CI must run these tests)`)
  return null
}

/** Whether the PostgreSQL tests can run here (for `describe.skipIf(!hasPostgres())`). */
export function hasPostgres(): boolean {
  return findPostgresBin() !== null
}

/** Starts a throwaway cluster (as the `postgres` OS user when run as root); call `stop()` in `afterAll`. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed')
  const dir = await mkdtemp(join(tmpdir(), 'cxmap-pg-'))
  const data = join(dir, 'data')
  const log = join(dir, 'server.log')
  // PostgreSQL refuses to run as root: as root, it runs as the postgres OS user; otherwise as the current user.
  const isRoot = process.getuid?.() === 0
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
    await chown(dir, uid, gid)
  }
  const asPostgres = (tool: string, args: string[], timeoutMs = 60_000) =>
    isRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], timeoutMs)
      : run(join(bin, tool), args, timeoutMs)
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const port = await findFreePort()
  // fsync off: the tests never crash the machine, only processes; durability against kill -9 holds without it.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`
  const startServer = async () => {
    try {
      await asPostgres(
        'pg_ctl',
        ['-D', data, '-l', log, '-w', '-t', `${START_TIMEOUT_S}`, '-o', options, 'start'],
        (START_TIMEOUT_S + 5) * 1000,
      )
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '(no log)'
      throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${tail}`, { cause: error })
    }
  }
  const stopServer = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  try {
    await startServer()
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  const url = (dbName = 'postgres', password?: string) =>
    `postgres://postgres${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${dbName}`
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
      } finally {
        await client.end()
      }
      return url(name)
    },
    stopServer: async () => void (await stopServer()),
    startServer,
    async restart() {
      await stopServer()
      await startServer()
    },
    async stop() {
      await stopServer().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, cwd: tmpdir() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`, { cause: error }))
      else resolve(stdout)
    })
  })
}
