import { SYNC_PATH } from '@cxmap/shared'
import type { Context, MiddlewareHandler } from 'hono'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import { routePath } from 'hono/route'
import type { Logger } from '../logger.ts'
import type { HttpRequestSample } from '../metrics.ts'

/** The header that carries a request's id, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id'

/** Longest `X-Request-Id` taken from a client (or proxy); a longer or odd one is replaced by a generated id. */
const MAX_REQUEST_ID_LENGTH = 64

const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics'])

/** The request id of this request (set by {@link logRequests}); `undefined` outside it. */
export function readRequestId(c: Context): string | undefined {
  return (c as Context<{ Variables: RequestIdVariables }>).get('requestId')
}

/**
 * Gives every request an id (a sane `X-Request-Id` from the client or proxy, else a new UUID) returned in the response
 * header, times it into `observe` under its route pattern, and logs one line: method, path, route, status, duration,
 * request id — at info for the API and the sync upgrades, at debug for the static client and the probes. Only the
 * path: the query string may hold a board token (`?token=`), and headers may hold one (`Authorization`).
 */
export function logRequests(logger: Logger, observe: (sample: HttpRequestSample) => void): MiddlewareHandler {
  const assignId = requestId({ headerName: REQUEST_ID_HEADER, limitLength: MAX_REQUEST_ID_LENGTH })
  return (c, next) =>
    assignId(c, async () => {
      const startedAt = performance.now()
      await next()
      const seconds = (performance.now() - startedAt) / 1000
      const route = readRoutePattern(c)
      observe({ method: c.req.method, route, status: c.res.status, seconds })
      const line = {
        method: c.req.method,
        path: c.req.path,
        route,
        status: c.res.status,
        durationMs: Math.round(seconds * 10_000) / 10,
        requestId: readRequestId(c),
      }
      if (isQuietPath(c.req.path)) logger.debug(line, 'request')
      else logger.info(line, 'request')
    })
}

/** The route pattern that answered (`/api/boards/:id`): never the raw path, which holds board ids. */
function readRoutePattern(c: Context): string {
  try {
    return routePath(c) || 'unmatched'
  } catch {
    return 'unmatched'
  }
}

function isQuietPath(path: string): boolean {
  if (PROBE_PATHS.has(path)) return true
  return !(path === '/api' || path.startsWith('/api/') || path.startsWith(`${SYNC_PATH}/`))
}
