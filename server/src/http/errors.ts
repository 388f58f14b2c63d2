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
  503: 'unavailable',
}

/** The HTTP exception for an API error; `app.onError` turns it into `{error: {code, message}}`. */
export function createApiError(status: ContentfulStatusCode, message: string): HTTPException {
  return new HTTPException(status, { message })
}

/** Responds with the API's error body. */
export function respondWithError(c: Context, status: ContentfulStatusCode, message: string): Response {
  const body: ApiError = { error: { code: CODES_BY_STATUS[status] ?? 'internal', message } }
  return c.json(body, status)
}

/** The one error handler: HTTP exceptions keep their status, anything else is a logged 500. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) {
      return respondWithError(c, error.status as ContentfulStatusCode, error.message || 'Request failed')
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
