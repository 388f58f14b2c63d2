import { ApiRequestError } from '../../api/client'

/** Why creating a board failed, as the home page answers it. */
export type CreateFailure =
  | { kind: 'keyRequired' }
  | { kind: 'keyInvalid' }
  | { kind: 'tooMany'; minutes: number }
  | { kind: 'other'; error: unknown }

const HOUR_MINUTES = 60

/** Sorts a failed creation: the creator key is missing or wrong, the address created too many boards, or else. */
export function classifyCreateFailure(error: unknown): CreateFailure {
  if (!(error instanceof ApiRequestError)) return { kind: 'other', error }
  if (error.code === 'creator_key_required') return { kind: 'keyRequired' }
  if (error.code === 'creator_key_invalid') return { kind: 'keyInvalid' }
  if (error.code === 'rate_limited') {
    const seconds = error.retryAfterSeconds
    return { kind: 'tooMany', minutes: seconds === undefined ? HOUR_MINUTES : Math.max(1, Math.ceil(seconds / 60)) }
  }
  return { kind: 'other', error }
}
