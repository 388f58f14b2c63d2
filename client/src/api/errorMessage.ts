import type { TFunction } from 'i18next'
import { ApiRequestError } from './client'

/** The translated text for a failed API call. */
export function describeApiError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('apiErrors.unexpected')
  if (error.code === 'bad_request') return t('apiErrors.bad_request', { message: error.message })
  return t(`apiErrors.${error.code}`)
}
