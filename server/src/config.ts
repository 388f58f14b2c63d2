import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PdfSettings } from './pdf/pdfExporter.ts'
import type { SyncLimits } from './sync/syncLimits.ts'

import {
  CONFIG_VARIABLES,
  CREATE_BOARDS_MODES,
  LOG_LEVELS,
  type CreateBoardsMode,
  type LogLevel,
} from './configVariables.ts'

export { CONFIG_VARIABLES, CREATE_BOARDS_MODES, LOG_LEVELS } from './configVariables.ts'
export type { ConfigVariable, CreateBoardsMode, LogLevel } from './configVariables.ts'

/** The server's settings, read once from the environment by `main.ts` and injected everywhere else. */
export interface Config extends SyncLimits, PdfSettings {
  port: number
  host: string
  dataDir: string
  /** The SQLite file inside `dataDir`. */
  databaseFile: string
  /** Origin used to build board links; `null` derives it from each request. */
  publicUrl: string | null
  tldrawLicenseKey: string | null
  logLevel: LogLevel
  clientDistDir: string
  /** How long the PDF export's print token opens its board (it is revoked sooner, when the export ends). */
  pdfTokenTtlMs: number
  /** Who may create boards: anyone (`open`) or holders of `creatorKey` (`key`). */
  createBoards: CreateBoardsMode
  /** The instance creator key; set whenever `createBoards` is `key`. */
  creatorKey: string | null
  /** Opens `/admin` and `/api/admin`; `null`: the admin API is off. */
  adminToken: string | null
  /** Boards one client address may create or import per hour. */
  boardCreatesPerHour: number
  /** Failed token/key checks per client address per minute before 429. */
  failedAuthPerMinute: number
  /** Sync connections per client address per minute; more are closed with 1013. */
  syncConnectsPerMinute: number
  /** Board exports per client address per minute; more get 429. */
  exportsPerMinute: number
  /** Honour `X-Forwarded-Proto/Host/For` from one reverse proxy. */
  trustProxy: boolean
  /** When set, `/metrics` needs it as a bearer token. */
  metricsToken: string | null
  /** Largest encoded size of one board document. */
  maxDocBytes: number
  /** Bytes per second one sync connection may send (bursts up to `maxDocBytes`). */
  maxBytesPerSecond: number
  /** Bytes waiting to be written to one sync connection before it is closed as a slow reader. */
  maxBufferedBytes: number
  /** Open sync connections from one client address. */
  maxConnectionsPerAddress: number
  /** `postgres://…`: boards live in PostgreSQL instead of DATA_DIR's SQLite file; null: SQLite. */
  databaseUrl: string | null
  /** `redis://…`: instances sharing the database fan updates and awareness out through Redis; null: one instance. */
  redisUrl: string | null
  /** A busy board's edits within this window after one that went out at once are stored and relayed together. */
  updateFlushMs: number
  /** On a busy server, the least time between the starts of two group commits (default: 0 on SQLite, 10 on PostgreSQL). */
  commitDelayMs: number
}

/** Thrown by {@link readConfig} with every problem found, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

/** Reads and validates the server's settings from an environment; throws {@link ConfigError} listing every problem. */
export function readConfig(env: Env): Config {
  const problems: string[] = []
  const read = createReader(env, problems)
  const resolvePath = createPathResolver(env)
  const dataDir = resolvePath(read.string('DATA_DIR'))
  const publicUrl = read.origin('PUBLIC_URL')
  const maxMessagesPerSecond = read.integer('MAX_MESSAGES_PER_SECOND', 1)
  const maxAwarenessPerSecond = read.integer('MAX_AWARENESS_PER_SECOND', 1)
  const config: Config = {
    port: read.integer('PORT', 0, 65535),
    host: read.string('HOST'),
    dataDir,
    databaseFile: resolve(dataDir, 'cxmap.db'),
    publicUrl,
    tldrawLicenseKey: read.optional('TLDRAW_LICENSE_KEY'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS),
    clientDistDir: resolvePath(
      read.optional('CLIENT_DIST_DIR') ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
    ),
    maxMessageBytes: read.integer('MAX_MESSAGE_BYTES', 1024),
    maxMessagesPerSecond,
    messageBurst: maxMessagesPerSecond * 2,
    maxAwarenessPerSecond,
    awarenessBurst: maxAwarenessPerSecond * 2,
    awarenessFlushMs: read.integer('AWARENESS_FLUSH_MS', 0, 1000),
    maxConnectionsPerBoard: read.integer('MAX_CONNECTIONS_PER_BOARD', 1),
    roomUnloadGraceMs: read.integer('ROOM_UNLOAD_GRACE_MS', 0),
    compactEveryUpdates: read.integer('COMPACT_EVERY_UPDATES', 1),
    chromiumPath: nullableResolve(resolvePath, read.optional('CHROMIUM_PATH')),
    pdfConcurrency: read.integer('PDF_CONCURRENCY', 1, 16),
    pdfQueueLimit: read.integer('PDF_QUEUE_LIMIT', 0, 1000),
    pdfTimeoutMs: read.integer('PDF_TIMEOUT_MS', 1000, 600_000),
    pdfTokenTtlMs: read.integer('PDF_TOKEN_TTL_MS', 1000, 3_600_000),
    ...readAccessSettings(read, problems, publicUrl),
    boardCreatesPerHour: read.integer('BOARD_CREATES_PER_HOUR', 1, 1_000_000),
    failedAuthPerMinute: read.integer('FAILED_AUTH_PER_MINUTE', 1, 1_000_000),
    syncConnectsPerMinute: read.integer('SYNC_CONNECTS_PER_MINUTE', 1, 1_000_000),
    exportsPerMinute: read.integer('EXPORTS_PER_MINUTE', 1, 1_000_000),
    trustProxy: read.boolean('TRUST_PROXY'),
    metricsToken: read.secret('METRICS_TOKEN'),
    maxDocBytes: read.integer('MAX_DOC_BYTES', 64 * 1024),
    maxBytesPerSecond: read.integer('MAX_BYTES_PER_SECOND', 1024),
    maxBufferedBytes: read.integer('MAX_BUFFERED_BYTES', 64 * 1024),
    maxConnectionsPerAddress: read.integer('MAX_CONNECTIONS_PER_ADDRESS', 1),
    databaseUrl: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']),
    updateFlushMs: read.integer('UPDATE_FLUSH_MS', 0, 1000),
    commitDelayMs: read.optional('COMMIT_DELAY_MS')
      ? read.integer('COMMIT_DELAY_MS', 0, 1000)
      : DEFAULT_COMMIT_DELAY_MS[env.DATABASE_URL?.trim() ? 'postgresql' : 'sqlite'],
  }
  if (config.pdfTokenTtlMs < config.pdfTimeoutMs) {
    problems.push(
      `PDF_TOKEN_TTL_MS (${config.pdfTokenTtlMs}) must be at least PDF_TIMEOUT_MS (${config.pdfTimeoutMs}): ` +
        'the print token has to outlive the export',
    )
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

type Reader = ReturnType<typeof createReader>

const MIN_SECRET_LENGTH = 16

/**
 * COMMIT_DELAY_MS when unset: a PostgreSQL commit costs a round trip and work in another process, so a busy server
 * gathers a few milliseconds of appends into each (docs/decisions.md); SQLite's commit is cheap enough at once.
 */
const DEFAULT_COMMIT_DELAY_MS = { sqlite: 0, postgresql: 10 } as const

/** `CREATE_BOARDS` (defaulting by `PUBLIC_URL`), `CREATOR_KEY` (required with `key`) and `ADMIN_TOKEN`. */
function readAccessSettings(read: Reader, problems: string[], publicUrl: string | null) {
  const explicit = read.optional('CREATE_BOARDS')
  const createBoards = explicit
    ? read.oneOf('CREATE_BOARDS', CREATE_BOARDS_MODES)
    : publicUrl === null || isLocalhostUrl(publicUrl)
      ? 'open'
      : 'key'
  const creatorKey = read.secret('CREATOR_KEY')
  if (createBoards === 'key' && creatorKey === null) {
    problems.push(
      explicit
        ? 'CREATOR_KEY must be set when CREATE_BOARDS=key'
        : `CREATOR_KEY must be set: PUBLIC_URL (${publicUrl}) is not localhost, so creating boards needs the ` +
            'creator key (or set CREATE_BOARDS=open to let anyone who reaches the server create boards)',
    )
  }
  return { createBoards, creatorKey, adminToken: read.secret('ADMIN_TOKEN') }
}

/** Whether an origin is this machine (`localhost`, `127.x`, `::1`). */
export function isLocalhostUrl(origin: string): boolean {
  const host = new URL(origin).hostname
  return host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]'
}

/**
 * Relative paths resolve against the directory the command was typed in: pnpm's `INIT_CWD` (pnpm runs scripts in the
 * package's folder), else the process's cwd, so `pnpm start` and `node server/dist/main.js` share `./data`.
 */
function createPathResolver(env: Env): (path: string) => string {
  const base = env.INIT_CWD?.trim() || process.cwd()
  return (path) => resolve(base, path)
}

function nullableResolve(resolvePath: (path: string) => string, path: string | null): string | null {
  return path === null ? null : resolvePath(path)
}

function createReader(env: Env, problems: string[]) {
  const raw = (name: string): string => {
    const value = env[name]?.trim()
    if (value) return value
    const variable = CONFIG_VARIABLES.find((v) => v.name === name)
    if (!variable) throw new Error(`Undeclared configuration variable ${name}`)
    return variable.defaultValue
  }
  return {
    string: raw,
    optional: (name: string): string | null => env[name]?.trim() || null,
    integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
      const value = raw(name)
      const parsed = Number(value)
      if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
        problems.push(`${name} must be an integer from ${min} to ${max}, got "${value}"`)
        return min
      }
      return parsed
    },
    oneOf<T extends string>(name: string, allowed: readonly T[]): T {
      const value = raw(name).toLowerCase()
      if ((allowed as readonly string[]).includes(value)) return value as T
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`)
      return allowed[0] as T
    },
    boolean(name: string): boolean {
      const value = raw(name).toLowerCase()
      if (['1', 'true', 'yes', 'on'].includes(value)) return true
      if (['0', 'false', 'no', 'off'].includes(value)) return false
      problems.push(`${name} must be true or false, got "${value}"`)
      return false
    },
    /** An optional secret of at least 16 characters (shorter ones are too easy to guess). */
    secret(name: string): string | null {
      const value = env[name]?.trim() || null
      if (value !== null && value.length < MIN_SECRET_LENGTH) {
        problems.push(`${name} must be at least ${MIN_SECRET_LENGTH} characters long, got ${value.length}`)
        return null
      }
      return value
    },
    origin(name: string): string | null {
      const value = env[name]?.trim()
      if (!value) return null
      try {
        const url = new URL(value)
        if (url.protocol === 'http:' || url.protocol === 'https:')
          return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
      } catch {
        // reported below
      }
      problems.push(`${name} must be an http(s) URL such as https://cx.example.com, got "${value}"`)
      return null
    },
    /** An optional URL with one of `protocols` (the value is not echoed: it may hold a password). */
    url(name: string, protocols: readonly string[]): string | null {
      const value = env[name]?.trim()
      if (!value) return null
      try {
        if (protocols.includes(new URL(value).protocol)) return value
      } catch {
        // reported below
      }
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
      return null
    },
  }
}
