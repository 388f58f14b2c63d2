import { Hono } from 'hono'
import type { Logger } from '../logger.ts'
import type { MetricsRegistry } from '../metrics.ts'
import type { BoardStore } from '../storage/types.ts'

/** What the probes and the metrics endpoint need. */
export interface HealthRouteDeps {
  store: BoardStore
  registry: MetricsRegistry
  logger: Logger
}

/** `/healthz` (the process answers), `/readyz` (storage answers) and `/metrics` (Prometheus text format). */
export function createHealthRoute({ store, registry, logger }: HealthRouteDeps): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', async (c) => {
    try {
      await store.ping()
      return c.json({ status: 'ok' })
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed')
      return c.json({ status: 'unavailable' }, 503)
    }
  })
  app.get('/metrics', (c) =>
    c.text(registry.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }),
  )
  return app
}
