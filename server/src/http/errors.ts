import type { ApiError, ApiErrorCode } from '@cxmap/shared'
import { zValidator } from '@hono/zod-validator'
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { Logger } from '../logger.ts'
import { readRequestId } from './requestLog.ts'

const CODES_BY_STATUS: Partial<Record<number, ApiErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'unavailable',
}

/** What an API error may add to its status and message. */
export interface ApiErrorOptions {
  /** A code more precise than the status's own (`creator_key_invalid` rather than `forbidden`). */
  code?: ApiErrorCode
  /** Response headers, such as `Retry-After`. */
  headers?: Record<string, string>
}

/** An {@link HTTPException} that carries {@link ApiErrorOptions} to the error handler. */
class ApiException extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly options: ApiErrorOptions,
  ) {
    super(status, { message })
  }
}

/** The HTTP exception for an API error; `app.onError` turns it into `{error: {code, message}}`. */
export function createApiError(
  status: ContentfulStatusCode,
  message: string,
  options: ApiErrorOptions = {},
): HTTPException {
  return new ApiException(status, message, options)
}

/** 429 `rate_limited` with `Retry-After` in whole seconds. */
export function createRateLimitError(retryAfterSeconds: number, message: string): HTTPException {
  return createApiError(429, message, { code: 'rate_limited', headers: { 'Retry-After': String(retryAfterSeconds) } })
}

/** Responds with the API's error body. */
export function respondWithError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  options: ApiErrorOptions = {},
): Response {
  const body: ApiError = { error: { code: options.code ?? CODES_BY_STATUS[status] ?? 'internal', message } }
  return c.json(body, status, options.headers)
}

/** The one error handler: HTTP exceptions keep their status, anything else is a logged 500. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) {
      const options = error instanceof ApiException ? error.options : {}
      return respondWithError(c, error.status as ContentfulStatusCode, error.message || 'Request failed', options)
    }
    logger.error({ err: error, method: c.req.method, path: c.req.path, requestId: readRequestId(c) }, 'unhandled error')
    return respondWithError(c, 500, 'Internal server error')
  }
}

/** 404 as JSON under `/api`, as text elsewhere. */
export const handleNotFound: NotFoundHandler = (c) => {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return respondWithError(c, 404, 'No such API route')
  return c.text('Not found', 404)
}

/** Validates a JSON body against a schema from `@cxmap/shared`, failing with a readable 400. */
export function validateJsonBody<T extends z.ZodType>(schema: T) {
  return zValidator('json', schema, (result, c) => {
    if (result.success) return
    if (!/^application\/([\w.-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      throw createApiError(400, 'Expected a JSON body (Content-Type: application/json)')
    }
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    throw createApiError(400, `Invalid request body: ${issues.join('; ')}`)
  })
}
