import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AccessLimits } from './accessLimits.ts'
import { createRateLimitError } from './errors.ts'

/**
 * Runs a token or key check for the request's client address, under the failed-checks limit: an address over it is
 * answered 429 without checking, and a check that fails with 401 or 403 is counted. Successes are never counted.
 */
export async function guardCheck<T>(c: Context, limits: AccessLimits, check: () => T | Promise<T>): Promise<T> {
  const key = limits.readKey(c)
  const wait = await limits.readFailureWait(key)
  if (wait > 0) {
    throw createRateLimitError(wait, `Too many failed token or key checks from this address; try again in ${wait} s`)
  }
  try {
    return await check()
  } catch (error) {
    if (error instanceof HTTPException && (error.status === 401 || error.status === 403)) {
      await limits.recordFailure(key)
    }
    throw error
  }
}
