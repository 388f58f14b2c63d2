import {
  CREATOR_KEY_HEADER,
  apiErrorSchema,
  boardResponseSchema,
  clientConfigSchema,
  createBoardResponseSchema,
  rotateLinkResponseSchema,
  type ApiErrorCode,
  type BoardResponse,
  type ClientConfig,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type Role,
  type RotateLinkResponse,
} from '@cxmap/shared'

/** The part of a zod schema used here (the client does not import zod itself). */
interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } }
}

/** Why an API call failed: a server error code, no network, or an answer that did not match the contract. */
export type ApiFailure = ApiErrorCode | 'network' | 'unexpected'

/** A failed API call; `code` picks the translated message, `message` is the server's own (English) text. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: ApiFailure,
    message: string,
    readonly status?: number,
    /** Seconds the server asked to wait (`Retry-After` of a 429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

/** Fetches a JSON API route and checks its answer against `schema`; failures become {@link ApiRequestError}s. */
export async function requestJson<T>(path: string, schema: ResponseSchema<T>, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } })
  } catch (error) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error))
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    if (parsed.success) {
      const { code, message } = parsed.data.error
      throw new ApiRequestError(code, message, response.status, readRetryAfter(response))
    }
    // A proxy in front of a stopped server answers 502/504 without our error body.
    const code = response.status >= 500 ? 'unavailable' : 'unexpected'
    throw new ApiRequestError(code, `HTTP ${response.status}`, response.status)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('unexpected', parsed.error.message, response.status)
  return parsed.data
}

/** `Retry-After` in seconds; undefined when absent or an HTTP date (the server sends seconds). */
export function readRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after') ?? '')
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}

function authorize(token: string): HeadersInit {
  return { Authorization: `Bearer ${token}` }
}

/** `GET /api/config`: runtime settings (tldraw license key, limits). */
export function fetchConfig(): Promise<ClientConfig> {
  return requestJson('/api/config', clientConfigSchema)
}

/** `POST /api/boards`: creates a board (with the instance creator key, when it needs one) and returns its links. */
export function createBoard(request: CreateBoardRequest, creatorKey?: string | null): Promise<CreateBoardResponse> {
  return requestJson('/api/boards', createBoardResponseSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(creatorKey ? { [CREATOR_KEY_HEADER]: creatorKey } : {}) },
    body: JSON.stringify(request),
  })
}

/** `POST /api/boards/import`: a new board, with new links, from a board file (`.cxmap.json`); gated as a creation. */
export function importBoardFile(file: Blob, creatorKey?: string | null): Promise<CreateBoardResponse> {
  return requestJson('/api/boards/import', createBoardResponseSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(creatorKey ? { [CREATOR_KEY_HEADER]: creatorKey } : {}) },
    body: file,
  })
}

/** `GET /api/boards/:id`: the board's metadata and the caller's role. */
export function fetchBoard(id: string, token: string): Promise<BoardResponse> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}`, boardResponseSchema, { headers: authorize(token) })
}

/** `PATCH /api/boards/:id`: renames the board (facilitator and editor). */
export function renameBoard(id: string, token: string, title: string): Promise<BoardResponse> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}`, boardResponseSchema, {
    method: 'PATCH',
    headers: { ...authorize(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  })
}

/** `POST /api/boards/:id/links/:role/rotate`: regenerates a link (facilitator only) and returns the links now valid. */
export function rotateLink(id: string, token: string, role: Role): Promise<RotateLinkResponse> {
  return requestJson(
    `/api/boards/${encodeURIComponent(id)}/links/${encodeURIComponent(role)}/rotate`,
    rotateLinkResponseSchema,
    { method: 'POST', headers: authorize(token) },
  )
}
