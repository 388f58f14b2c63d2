import type { Role } from '@cxmap/shared'
import type { Context, MiddlewareHandler } from 'hono'
import { authorizeBoard } from '../auth/boardAccess.ts'
import type { PrintTokens } from '../auth/printTokens.ts'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import type { AccessLimits } from './accessLimits.ts'
import { createApiError } from './errors.ts'
import { guardCheck } from './failedChecks.ts'

/** The board a request opened and the role its token grants. */
export interface Access {
  board: BoardRecord
  role: Role
  token: string
}

/**
 * Hono environment of routes under `/api/boards/:id`. `printTokens` is set by {@link acceptPrintTokens} on the app, so
 * that every board route also opens to the PDF export's headless browser without each route knowing about it.
 */
export type BoardAccessEnv = {
  Variables: { access: Access; printTokens?: PrintTokens; accessLimits?: AccessLimits }
}

/** Lets the board routes below it accept the PDF export's print tokens (as viewers of their board). */
export function acceptPrintTokens(printTokens: PrintTokens): MiddlewareHandler<BoardAccessEnv> {
  return async (c, next) => {
    c.set('printTokens', printTokens)
    await next()
  }
}

/** Counts the failed token checks of the board routes below it per client address (see {@link guardCheck}). */
export function limitFailedChecks(limits: AccessLimits): MiddlewareHandler<BoardAccessEnv> {
  return async (c, next) => {
    c.set('accessLimits', limits)
    await next()
  }
}

/**
 * Resolves `:id` and the request's token to `c.var.access`; 404 unknown board, 401 no token, 403 wrong token. Under
 * {@link limitFailedChecks}, 401 and 403 count as failed checks, and an address over the limit gets 429 unchecked.
 */
export function createAuthorizeMiddleware(store: BoardStore): MiddlewareHandler<BoardAccessEnv, '/:id'> {
  return async (c, next) => {
    const authorize = async () => {
      const access = await authorizeBoard(store, c.req.param('id'), readToken(c), c.var.printTokens)
      if (access.ok) return access
      if (access.reason === 'not_found') throw createApiError(404, 'Board not found')
      if (access.reason === 'unauthorized') throw createApiError(401, 'A board token is required')
      throw createApiError(403, 'This token does not open this board')
    }
    const limits = c.var.accessLimits
    c.set('access', limits ? await guardCheck(c, limits, authorize) : await authorize())
    await next()
  }
}

/** The token from `Authorization: Bearer T`, else from `?token=T`. */
function readToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
  return match?.[1] ?? c.req.query('token')
}
