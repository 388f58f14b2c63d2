import { CREATOR_KEY_HEADER, type CreateBoardsMode } from '@cxmap/shared'
import type { MiddlewareHandler } from 'hono'
import { matchesSecret } from '../auth/secretMatch.ts'
import type { AccessLimits } from './accessLimits.ts'
import { createApiError, createRateLimitError } from './errors.ts'
import { guardCheck } from './failedChecks.ts'

/** Who may create boards, and the counters that limit them. */
export interface CreationGateOptions {
  createBoards: CreateBoardsMode
  /** Set whenever `createBoards` is `key`. */
  creatorKey: string | null
  limits: AccessLimits
}

/**
 * Middleware in front of every route that creates a board (`POST /api/boards`, `POST /api/boards/import`). With
 * `CREATE_BOARDS=key` it needs the creator key in `X-Creator-Key` (401 `creator_key_required`, 403
 * `creator_key_invalid`, both counted as failed checks); then it counts the creation against the address's hourly
 * limit (429 with `Retry-After`). A request that ends in an error created nothing and gives its creation back.
 */
export function createCreationGate({ createBoards, creatorKey, limits }: CreationGateOptions): MiddlewareHandler {
  return async (c, next) => {
    if (createBoards === 'key') {
      await guardCheck(c, limits, () => checkCreatorKey(c.req.header(CREATOR_KEY_HEADER), creatorKey))
    }
    const key = limits.readKey(c)
    const wait = await limits.takeCreation(key)
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60)
      throw createRateLimitError(wait, `Too many boards created from this address; try again in ${minutes} min`)
    }
    let created = false
    try {
      await next()
      created = c.res.status < 400
    } finally {
      if (!created) await limits.returnCreation(key)
    }
  }
}

function checkCreatorKey(given: string | undefined, creatorKey: string | null): void {
  if (!given) {
    throw createApiError(401, `Creating a board on this server needs the creator key (header ${CREATOR_KEY_HEADER})`, {
      code: 'creator_key_required',
    })
  }
  if (creatorKey === null || !matchesSecret(given, creatorKey)) {
    throw createApiError(403, 'This creator key is not the one of this server', { code: 'creator_key_invalid' })
  }
}
