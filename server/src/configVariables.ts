/** Pino log levels accepted by `LOG_LEVEL`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
/** A pino log level. */
export type LogLevel = (typeof LOG_LEVELS)[number]

// The client reads the mode from /api/config, so its values live in shared/.
export { CREATE_BOARDS_MODES, type CreateBoardsMode } from '@cxmap/shared'

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
    description:
      'Largest awareness message accepted; a document sync message may be as large as MAX_DOC_BYTES when that is ' +
      'larger (an offline catch-up or a whole board). Larger ones close the connection with 4413.',
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
  {
    name: 'CREATE_BOARDS',
    defaultValue: '',
    description:
      '`open`: anyone who reaches the server creates boards; `key`: creating (and importing) a board needs ' +
      '`CREATOR_KEY`. Unset: `open` when `PUBLIC_URL` is unset or a localhost address, else `key`.',
  },
  {
    name: 'CREATOR_KEY',
    defaultValue: '',
    description: 'The instance creator key (at least 16 characters); required when `CREATE_BOARDS=key`.',
  },
  {
    name: 'ADMIN_TOKEN',
    defaultValue: '',
    description: 'Opens the admin page `/admin` and API `/api/admin` (at least 16 characters); unset: both are off.',
  },
  {
    name: 'BOARD_CREATES_PER_HOUR',
    defaultValue: '60',
    description: 'Boards one client address may create or import per hour; more get 429 with `Retry-After`.',
  },
  {
    name: 'FAILED_AUTH_PER_MINUTE',
    defaultValue: '30',
    description:
      'Failed token, creator-key or admin-token checks per client address per minute; then 429 with `Retry-After`.',
  },
  {
    name: 'TRUST_PROXY',
    defaultValue: 'false',
    description:
      '`true` behind one reverse proxy: honour `X-Forwarded-Proto`, `X-Forwarded-Host` and the last ' +
      '`X-Forwarded-For` address. Leave `false` when clients reach the server directly.',
  },
  {
    name: 'METRICS_TOKEN',
    defaultValue: '',
    description: 'When set, `/metrics` needs `Authorization: Bearer METRICS_TOKEN`; unset: `/metrics` is public.',
  },
  {
    name: 'MAX_DOC_BYTES',
    defaultValue: String(32 * MIB),
    description:
      'Largest encoded size of one board document; an update that would grow it past this is refused and the ' +
      'person is told the board is full.',
  },
  {
    name: 'MAX_BYTES_PER_SECOND',
    defaultValue: String(2 * MIB),
    description:
      'Bytes per second one sync connection may send (bursts up to MAX_DOC_BYTES, so an offline catch-up passes); ' +
      'above it: close 1013, the client reconnects.',
  },
  {
    name: 'MAX_BUFFERED_BYTES',
    defaultValue: String(16 * MIB),
    description:
      'Bytes waiting to be written to one sync connection (a client that does not read); above it the connection ' +
      'is closed with 1013 before it costs the server memory.',
  },
  {
    name: 'MAX_CONNECTIONS_PER_ADDRESS',
    defaultValue: '400',
    description:
      'Open sync connections from one client address (behind NAT a whole office shares one; each board page ' +
      'opens two); one more is refused with 1013.',
  },
  {
    name: 'SYNC_CONNECTS_PER_MINUTE',
    defaultValue: '600',
    description:
      'Sync connections one client address may open per minute (each costs a handshake and a copy of the board); ' +
      'more are closed with 1013 and the client retries after a pause.',
  },
  {
    name: 'EXPORTS_PER_MINUTE',
    defaultValue: '30',
    description:
      'Exports one client address may ask for per minute (PDF, strategy DOCX, journey, roadmap and strategy JSON or ' +
      'CSV, persona and stakeholder CSV, board file: each reads the whole board); more get 429 with `Retry-After`.',
  },
  {
    name: 'DATABASE_URL',
    defaultValue: '',
    description:
      'PostgreSQL connection URL (`postgres://user:password@host:5432/cxmap`): boards live there instead of the ' +
      'SQLite file in DATA_DIR, and several instances can share them; unset: SQLite.',
  },
  {
    name: 'REDIS_URL',
    defaultValue: '',
    description:
      'Redis URL (`redis://host:6379`) for instances sharing one DATABASE_URL: updates, presence, link revocation ' +
      'and board deletion reach the clients of every instance; unset: one instance.',
  },
  {
    name: 'UPDATE_FLUSH_MS',
    defaultValue: '16',
    description:
      'Board edits within this window after one that went out at once are stored, published and relayed together at ' +
      'its end (one commit and one frame per window on a busy board of ten or more connections; a quiet or small one ' +
      'stores and relays at once; 0: every edit at once).',
  },
  {
    name: 'COMMIT_DELAY_MS',
    defaultValue: '',
    description:
      'On a busy server, the least time from the start of one group commit to the next; what comes meanwhile joins it (a ' +
      'quiet server commits at once). Unset: 0 on SQLite, 10 on PostgreSQL, where a commit costs a round trip.',
  },
]
