import type { DocKind, Role } from '@cxmap/shared'
import type { Logger } from '../logger.ts'
import type { SyncMetrics } from '../metrics.ts'

/** What an authenticated sync socket is logged with: never its token, nor the token's hash. */
export interface SyncSocketFields {
  boardId: string
  doc: DocKind
  role: Role
}

/** The socket's end, to call once it closed. */
export interface SyncSocketRecord {
  closed(code: number): void
}

/** Counts an authenticated sync socket and logs one info line when it opens and one when it closes (code, duration). */
export function recordSyncSocket(logger: Logger, metrics: SyncMetrics, fields: SyncSocketFields): SyncSocketRecord {
  const openedAt = performance.now()
  metrics.countOpened()
  logger.info({ ...fields }, 'sync connection opened')
  return {
    closed(code) {
      metrics.countClosed()
      const durationMs = Math.round(performance.now() - openedAt)
      logger.info({ ...fields, code, durationMs }, 'sync connection closed')
    },
  }
}
