import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PdfSettings } from './pdf/pdfExporter.ts'
import type { SyncLimits } from './sync/RoomManager.ts'

/** Pino log levels accepted by `LOG_LEVEL`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
/** A pino log level. */
export type LogLevel = (typeof LOG_LEVELS)[number]

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
}

/** One environment variable the server reads, as documented in the README. */
export interface ConfigVariable {
  name: string
  defaultValue: string
  description: string
}

const MIB = 1024 * 1024

/** Every environment variable the server reads, with its default and meaning. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  { name: 'PORT', defaultValue: '8080', description: 'TCP port to listen on; 0 picks a free port (logged at start).' },
  { name: 'HOST', defaultValue: '0.0.0.0', description: 'Interface to bind.' },
  { name: 'DATA_DIR', defaultValue: './data', description: 'Directory of the SQLite file `cxmap.db` (created).' },
  {
    name: 'PUBLIC_URL',
    defaultValue: '',
    description: 'Public origin for board links (e.g. `https://cx.example.com`); unset: from Host/X-Forwarded-Proto.',
  },
  { name: 'TLDRAW_LICENSE_KEY', defaultValue: '', description: 'tldraw license key handed to the client at runtime.' },
  { name: 'LOG_LEVEL', defaultValue: 'info', description: `Log level: ${LOG_LEVELS.join(', ')}.` },
  {
    name: 'CLIENT_DIST_DIR',
    defaultValue: 'client/dist',
    description: 'Built client to serve (default: `client/dist` of this repository).',
  },
  {
    name: 'MAX_MESSAGE_BYTES',
    defaultValue: String(8 * MIB),
    description: 'Largest sync message accepted; larger ones close the connection with 4413.',
  },
  {
    name: 'MAX_MESSAGES_PER_SECOND',
    defaultValue: '300',
    description:
      'Document sync messages per second per connection (bursts of twice that allowed); above it: close 1013, ' +
      'after which the client reconnects with backoff.',
  },
  {
    name: 'MAX_AWARENESS_PER_SECOND',
    defaultValue: '120',
    description:
      'Presence (awareness) messages per second per connection that carry its own state (bursts of twice that); ' +
      'echoes of others’ states are dropped uncounted. Above it: close 1013, the client reconnects.',
  },
  {
    name: 'AWARENESS_FLUSH_MS',
    defaultValue: '50',
    description: 'Presence changes within this window go out to each connection as one message (0: at once).',
  },
  {
    name: 'MAX_CONNECTIONS_PER_BOARD',
    defaultValue: '200',
    description: 'Open sync connections per board document; one more is closed with 4429.',
  },
  {
    name: 'ROOM_UNLOAD_GRACE_MS',
    defaultValue: '10000',
    description: 'How long a board stays loaded after its last client left.',
  },
  {
    name: 'COMPACT_EVERY_UPDATES',
    defaultValue: '500',
    description: 'Stored updates after which a board document is compacted into one snapshot.',
  },
  {
    name: 'CHROMIUM_PATH',
    defaultValue: '',
    description: 'Chromium for the PDF export; unset: the system’s (`/usr/bin/chromium`…), else Playwright’s build.',
  },
  { name: 'PDF_CONCURRENCY', defaultValue: '2', description: 'PDF exports rendered at once (browser pages).' },
  {
    name: 'PDF_QUEUE_LIMIT',
    defaultValue: '20',
    description: 'PDF exports waiting for their turn; one more is refused with 503 (busy, try again).',
  },
  {
    name: 'PDF_TIMEOUT_MS',
    defaultValue: '60000',
    description: 'Time limit of one PDF export, waiting included; past it the export stops with 503.',
  },
  {
    name: 'PDF_TOKEN_TTL_MS',
    defaultValue: '120000',
    description: 'Lifetime of the read-only token the PDF export’s headless browser opens the board with.',
  },
]

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
  const dataDir = resolve(read.string('DATA_DIR'))
  const maxMessagesPerSecond = read.integer('MAX_MESSAGES_PER_SECOND', 1)
  const maxAwarenessPerSecond = read.integer('MAX_AWARENESS_PER_SECOND', 1)
  const config: Config = {
    port: read.integer('PORT', 0, 65535),
    host: read.string('HOST'),
    dataDir,
    databaseFile: resolve(dataDir, 'cxmap.db'),
    publicUrl: read.origin('PUBLIC_URL'),
    tldrawLicenseKey: read.optional('TLDRAW_LICENSE_KEY'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS),
    clientDistDir: resolve(
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
    chromiumPath: nullableResolve(read.optional('CHROMIUM_PATH')),
    pdfConcurrency: read.integer('PDF_CONCURRENCY', 1, 16),
    pdfQueueLimit: read.integer('PDF_QUEUE_LIMIT', 0, 1000),
    pdfTimeoutMs: read.integer('PDF_TIMEOUT_MS', 1000, 600_000),
    pdfTokenTtlMs: read.integer('PDF_TOKEN_TTL_MS', 1000, 3_600_000),
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

function nullableResolve(path: string | null): string | null {
  return path === null ? null : resolve(path)
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
  }
}
