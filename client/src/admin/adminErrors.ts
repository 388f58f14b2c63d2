import { ApiRequestError } from '../api/client'
import type { AdminKey } from './i18n'

/** What the admin page says about a failed call, and whether the token must be asked again. */
export interface AdminFailure {
  key: AdminKey
  vars?: Record<string, unknown>
  /** The token is missing or wrong, or the admin API is off: back to the token form. */
  isTokenProblem: boolean
}

/** Sorts a failed admin call: API off (404 on the list), wrong token, too many wrong tokens, or anything else. */
export function describeAdminFailure(error: unknown, { isList }: { isList: boolean }): AdminFailure {
  if (!(error instanceof ApiRequestError)) {
    return { key: 'failed', vars: { message: String(error) }, isTokenProblem: false }
  }
  if (isList && error.code === 'not_found') return { key: 'login.off', isTokenProblem: true }
  if (error.code === 'unauthorized' || error.code === 'forbidden') return { key: 'login.wrong', isTokenProblem: true }
  if (error.code === 'rate_limited') {
    return { key: 'login.tooMany', vars: { seconds: error.retryAfterSeconds ?? 60 }, isTokenProblem: true }
  }
  return { key: 'failed', vars: { message: error.message }, isTokenProblem: false }
}
