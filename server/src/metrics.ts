import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { BuildInfo } from './buildInfo.ts'
import type { FanoutMetrics } from './sync/fanout/types.ts'

/** What the sync core reports; implemented over the registry by {@link createAppMetrics}, a no-op in unit tests. */
export interface SyncMetrics {
  countMessageIn(bytes: number): void
  countMessageOut(bytes: number): void
  countUpdates(count: number): void
  /** One group commit stored `appends` updates in `seconds`. */
  observeCommit(appends: number, seconds: number): void
  /** The server refused a sync socket or closed one, with this close code. */
  countRefused(code: number): void
  /** An authenticated sync socket opened. */
  countOpened(): void
  /** An authenticated sync socket closed (by either side). */
  countClosed(): void
}

/** Sync metrics that report nothing. */
export const noopSyncMetrics: SyncMetrics = {
  countMessageIn: () => {},
  countMessageOut: () => {},
  countUpdates: () => {},
  observeCommit: () => {},
  countRefused: () => {},
  countOpened: () => {},
  countClosed: () => {},
}

/** How a PDF export ended. */
export type PdfOutcome = 'ok' | 'failed' | 'timeout' | 'busy' | 'cancelled'

/** What the PDF export reports. */
export interface PdfMetrics {
  observeExport(outcome: PdfOutcome, seconds: number): void
}

/** PDF metrics that report nothing. */
export const noopPdfMetrics: PdfMetrics = { observeExport: () => {} }

/** One HTTP request: `route` is the matched route pattern (`/api/boards/:id`), never the raw path. */
export interface HttpRequestSample {
  method: string
  route: string
  status: number
  seconds: number
}

/** What the app reads at scrape time. */
export interface MetricSources {
  rooms(): number
  connections(): number
  pdfQueue(): { running: number; waiting: number }
  boards(): Promise<number>
  databaseBytes(): Promise<number>
  build: BuildInfo
}

/** One app's metrics: its own registry, rendered together with the process's default metrics. */
export interface AppMetrics {
  sync: SyncMetrics
  pdf: PdfMetrics
  /** Messages through Redis (REDIS_URL). */
  fanout: FanoutMetrics
  observeHttpRequest(sample: HttpRequestSample): void
  /** A connection refused because the process ran out of file descriptors (or came close to it). */
  countEmfile(count?: number): void
  /** The exposition text of this app's metrics and the process's. */
  render(): Promise<string>
  /** The `Content-Type` of {@link render}'s text. */
  contentType: string
}

const STORE_SECONDS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]
const HTTP_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
const PDF_SECONDS_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120]
const PDF_OUTCOMES: readonly PdfOutcome[] = ['ok', 'failed', 'timeout', 'busy', 'cancelled']

// collectDefaultMetrics starts a GC observer and an event-loop delay monitor that it never stops: registered once per
// process and merged into every app's output (tests build many apps in one process).
let processRegistry: Registry | null = null

function readProcessRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

/** Registers every metric of the app on a registry of its own (never prom-client's global one). */
export function createAppMetrics(sources: MetricSources): AppMetrics {
  const registry = new Registry()
  const registers = [registry]
  const gauge = (name: string, help: string, read: () => number | Promise<number>) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        this.set(await read())
      },
    })
  gauge('cxmap_rooms', 'Board documents loaded in memory.', sources.rooms)
  gauge('cxmap_connections', 'Open sync connections.', sources.connections)
  gauge('cxmap_pdf_exports_running', 'PDF exports rendering now.', () => sources.pdfQueue().running)
  gauge('cxmap_pdf_exports_waiting', 'PDF exports waiting for their turn.', () => sources.pdfQueue().waiting)
  gauge('cxmap_boards', 'Boards stored.', sources.boards)
  gauge('cxmap_database_bytes', 'Bytes of the database (with its write-ahead log).', sources.databaseBytes)
  const build = new Gauge({
    name: 'cxmap_build_info',
    help: 'Always 1; the labels tell the running build.',
    labelNames: ['version', 'commit', 'node'],
    registers,
  })
  build.set({ ...sources.build }, 1)
  const emfile = new Counter({
    name: 'cxmap_emfile_total',
    help: 'Connections refused for lack of file descriptors (EMFILE on accept, or at the limit derived from it).',
    registers,
  })
  const http = new Histogram({
    name: 'cxmap_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: HTTP_SECONDS_BUCKETS,
    registers,
  })
  return {
    sync: createSyncMetrics(registers),
    pdf: createPdfMetrics(registers),
    fanout: createFanoutMetrics(registers),
    observeHttpRequest: ({ method, route, status, seconds }) =>
      http.observe({ method, route, status: String(status) }, seconds),
    countEmfile: (count = 1) => emfile.inc(count),
    render: () => Registry.merge([readProcessRegistry(), registry]).metrics(),
    contentType: registry.contentType,
  }
}

function createSyncMetrics(registers: Registry[]): SyncMetrics {
  const counter = (name: string, help: string) => new Counter({ name, help, registers })
  const messagesIn = counter('cxmap_messages_in_total', 'Sync messages received.')
  const messagesOut = counter('cxmap_messages_out_total', 'Sync messages sent.')
  const bytesIn = counter('cxmap_bytes_in_total', 'Bytes of sync messages received.')
  const bytesOut = counter('cxmap_bytes_out_total', 'Bytes of sync messages sent.')
  const updates = counter('cxmap_updates_total', 'Document updates accepted and stored.')
  const opened = counter('cxmap_ws_connections_opened_total', 'Authenticated sync sockets opened.')
  const closed = counter('cxmap_ws_connections_closed_total', 'Authenticated sync sockets closed (by either side).')
  const refused = new Counter({
    name: 'cxmap_ws_refused_total',
    help: 'Sync sockets the server refused or closed, by close code.',
    labelNames: ['code'],
    registers,
  })
  const append = new Histogram({
    name: 'cxmap_store_append_seconds',
    help: 'Time of one group commit: the updates every room accepted in one event-loop turn, in one transaction.',
    buckets: STORE_SECONDS_BUCKETS,
    registers,
  })
  const appendsPerCommit = new Histogram({
    name: 'cxmap_store_appends_per_commit',
    help: 'Updates stored by one group commit.',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1024],
    registers,
  })
  return {
    countMessageIn(bytes) {
      messagesIn.inc()
      bytesIn.inc(bytes)
    },
    countMessageOut(bytes) {
      messagesOut.inc()
      bytesOut.inc(bytes)
    },
    countUpdates: (count) => updates.inc(count),
    observeCommit: (appends, seconds) => {
      append.observe(seconds)
      appendsPerCommit.observe(appends)
    },
    countRefused: (code) => refused.inc({ code: String(code) }),
    countOpened: () => opened.inc(),
    countClosed: () => closed.inc(),
  }
}

function createFanoutMetrics(registers: Registry[]): FanoutMetrics {
  const published = new Counter({
    name: 'cxmap_redis_published_total',
    help: 'Messages published to the other instances through Redis.',
    registers,
  })
  const received = new Counter({
    name: 'cxmap_redis_received_total',
    help: 'Messages received from the other instances through Redis.',
    registers,
  })
  return { countPublished: () => published.inc(), countReceived: () => received.inc() }
}

function createPdfMetrics(registers: Registry[]): PdfMetrics {
  const exports = new Counter({
    name: 'cxmap_pdf_exports_total',
    help: 'PDF exports by outcome (ok, failed, timeout, busy, cancelled).',
    labelNames: ['outcome'],
    registers,
  })
  const duration = new Histogram({
    name: 'cxmap_pdf_export_duration_seconds',
    help: 'PDF export duration from the request to the answer (queue included), by outcome.',
    labelNames: ['outcome'],
    buckets: PDF_SECONDS_BUCKETS,
    registers,
  })
  // Every outcome shows from the start at 0, so that rate() and alerts see the series before the first failure.
  for (const outcome of PDF_OUTCOMES) exports.inc({ outcome }, 0)
  return {
    observeExport(outcome, seconds) {
      exports.inc({ outcome })
      duration.observe({ outcome }, seconds)
    },
  }
}
