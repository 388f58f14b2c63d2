import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../logger.ts'

/**
 * Logs one line per request: method, path, status, duration. Only the path: the query string may hold a board token
 * (`?token=`), and headers may hold one (`Authorization`), so neither is ever logged.
 */
export function logRequests(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const startedAt = performance.now()
    await next()
    const durationMs = Math.round((performance.now() - startedAt) * 10) / 10
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, durationMs }, 'request')
  }
}
