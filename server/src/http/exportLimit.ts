import type { MiddlewareHandler } from 'hono'
import type { AccessLimits } from './accessLimits.ts'
import { createRateLimitError } from './errors.ts'

/**
 * The exports a request builds from a whole board (`/api/boards/:id/<file>`): reading a board of 2,000 cards costs
 * ~115 ms of server CPU, so a script asking in a loop would keep a core busy; a PDF keeps Chromium busy for seconds.
 */
const EXPORT_PATH =
  /^\/api\/boards\/[^/]+\/(?:journey\.(?:json|csv)|roadmap\.(?:json|csv)|strategy\.(?:json|docx)|personas\.csv|stakeholders\.csv|board-file|export\.pdf)$/

/** Middleware in front of the board routes: an export over the address's EXPORTS_PER_MINUTE gets 429. */
export function limitExports(limits: AccessLimits): MiddlewareHandler {
  return async (c, next) => {
    if (!EXPORT_PATH.test(c.req.path)) return next()
    const wait = await limits.takeExport(limits.readKey(c))
    if (wait > 0) throw createRateLimitError(wait, `Too many exports from this address; try again in ${wait} s`)
    await next()
  }
}
