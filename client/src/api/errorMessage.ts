import type { TFunction } from 'i18next'
import { ApiRequestError } from './client'
import { ExportError } from './download'

/** The translated text for a failed API call. */
export function describeApiError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('apiErrors.unexpected')
  if (error.code === 'bad_request') return t('apiErrors.bad_request', { message: error.message })
  return t(`apiErrors.${error.code}`)
}

/**
 * The text for a failed export: in the page's language where the page knows better (the address exported too often,
 * no answer from the server), else the server's own message.
 */
export function describeExportError(t: TFunction, error: unknown): string {
  if (error instanceof ExportError && error.code === 'rate_limited') {
    return t('apiErrors.tooManyExports', { seconds: error.retryAfterSeconds ?? 60 })
  }
  if (error instanceof ExportError && error.code === 'network') return t('apiErrors.network')
  return error instanceof Error ? error.message : String(error)
}
