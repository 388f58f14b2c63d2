import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono, type MiddlewareHandler } from 'hono'
import type { Logger } from '../logger.ts'
import type { AppMetrics } from '../metrics.ts'
import type { BoardStore } from '../storage/types.ts'
import { respondWithError } from './errors.ts'

/** What the probes and the metrics endpoint need. */
export interface HealthRouteDeps {
  store: BoardStore
  metrics: Pick<AppMetrics, 'render' | 'contentType'>
  /** When set, `/metrics` needs `Authorization: Bearer <metricsToken>`; the probes stay open. */
  metricsToken: string | null
  logger: Logger
  /** The fan-out to other instances (REDIS_URL): `/readyz` tells whether Redis is connected (ready either way). */
  fanout?: { readonly isConnected: boolean } | null
}

/** `/healthz` (the process answers), `/readyz` (storage answers) and `/metrics` (Prometheus text format). */
export function createHealthRoute({ store, metrics, metricsToken, logger, fanout }: HealthRouteDeps): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', async (c) => {
    try {
      await store.ping()
      // Without Redis this instance still serves its own clients: reported, not a reason to take it out of rotation.
      if (fanout) return c.json({ status: 'ok', redis: fanout.isConnected ? 'up' : 'down' })
      return c.json({ status: 'ok' })
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed')
      return c.json({ status: 'unavailable' }, 503)
    }
  })
  app.get('/metrics', requireBearer(metricsToken), async (c) =>
    c.text(await metrics.render(), 200, { 'Content-Type': metrics.contentType }),
  )
  return app
}

function requireBearer(token: string | null): MiddlewareHandler {
  if (token === null) return (_c, next) => next()
  const expected = digest(token)
  return async (c, next) => {
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    // Digests have one length whatever was sent, so the comparison takes the same time for every wrong token.
    if (given !== undefined && timingSafeEqual(digest(given.trim()), expected)) return next()
    c.header('WWW-Authenticate', 'Bearer realm="metrics"')
    return respondWithError(c, 401, 'Metrics need Authorization: Bearer METRICS_TOKEN')
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}
