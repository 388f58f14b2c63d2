import { readFileSync } from 'node:fs'
import type { Logger } from '../logger.ts'

/** How often, at most, running out of file descriptors is logged (the refusals meanwhile are counted in the line). */
export const EXHAUSTION_LOG_INTERVAL_MS = 10_000

/** Descriptors kept free of client connections, for the database, static files, the PDF browser and the logs. */
const RESERVED_DESCRIPTORS = 64
const RESERVED_SHARE = 0.05

/** The soft limit on open files (`ulimit -n`) from `/proc/self/limits`; `null` where it cannot be read. */
export function readOpenFileLimit(
  readLimits: () => string = () => readFileSync('/proc/self/limits', 'utf8'),
): number | null {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readLimits())?.[1]
    return soft === undefined ? null : Number(soft)
  } catch {
    return null
  }
}

/** Client connections allowed under a descriptor limit: what is left after the reserve (half of a tiny limit). */
export function computeMaxConnections(openFileLimit: number): number {
  const reserve = Math.max(
    Math.min(RESERVED_DESCRIPTORS, Math.floor(openFileLimit / 2)),
    Math.ceil(openFileLimit * RESERVED_SHARE),
  )
  return openFileLimit - reserve
}

/** Whether a server error means the process (or the system) ran out of file descriptors. */
export function isDescriptorExhaustion(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'EMFILE' || code === 'ENFILE'
}

/** The part of a `net.Server` the guard uses. */
export interface GuardedServer {
  maxConnections: number
  on(event: 'drop', listener: () => void): unknown
}

/** What {@link createExhaustionReporter} needs. */
export interface ExhaustionReporterOptions {
  logger: Logger
  /** Counts one refused connection (`cxmap_emfile_total`). */
  count: () => void
  /** Fields added to each log line (the limits). */
  describe?: () => Record<string, unknown>
  intervalMs?: number
}

/**
 * Logs refused connections at error level, one line at once and then at most one per interval with the number refused
 * meanwhile, and an info line once an interval passes without any; counts every one.
 */
export function createExhaustionReporter({
  logger,
  count,
  describe = () => ({}),
  intervalMs = EXHAUSTION_LOG_INTERVAL_MS,
}: ExhaustionReporterOptions): { report(): void } {
  let timer: NodeJS.Timeout | null = null
  let refusedSinceLine = 0
  let refusedInEpisode = 0
  const message = 'out of file descriptors: refusing new connections (raise the limit: ulimit -n / LimitNOFILE)'
  const flush = () => {
    timer = null
    if (refusedSinceLine === 0) {
      logger.info(
        { refused: refusedInEpisode, ...describe() },
        'file descriptors available again: accepting connections',
      )
      refusedInEpisode = 0
      return
    }
    logger.error({ refused: refusedSinceLine, ...describe() }, message)
    refusedSinceLine = 0
    timer = setTimeout(flush, intervalMs).unref()
  }
  return {
    report() {
      count()
      refusedInEpisode += 1
      if (timer) {
        refusedSinceLine += 1
        return
      }
      logger.error({ refused: 1, ...describe() }, message)
      timer = setTimeout(flush, intervalMs).unref()
    },
  }
}

/**
 * Keeps the server alive and serving when file descriptors run out. Where the limit can be read, new connections past
 * it minus a reserve are refused by Node (`maxConnections`, the `drop` event) so the database, static files and the PDF
 * browser keep descriptors; an `EMFILE`/`ENFILE` accept error is reported the same way instead of ending the process.
 * Returns the server error handler's test: `true` when the error was one of those (handled), `false` otherwise.
 */
export function guardFileDescriptors(
  server: GuardedServer,
  { logger, count, readLimits }: { logger: Logger; count: () => void; readLimits?: () => string },
): (error: unknown) => boolean {
  const openFileLimit = readOpenFileLimit(readLimits)
  const describe = () => ({ openFileLimit, maxConnections: openFileLimit === null ? null : server.maxConnections })
  const reporter = createExhaustionReporter({ logger, count, describe })
  if (openFileLimit !== null) {
    server.maxConnections = computeMaxConnections(openFileLimit)
    logger.info(describe(), 'connection limit from the file descriptor limit')
  }
  server.on('drop', () => reporter.report())
  return (error) => {
    if (!isDescriptorExhaustion(error)) return false
    reporter.report()
    return true
  }
}
