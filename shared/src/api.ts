import { z } from 'zod'
import { TEMPLATE_IDS } from './journey/template.ts'
import { ROLES } from './roles.ts'

/** Board UI/template languages. */
export const LOCALES = ['en', 'ru'] as const
/** A board or UI language. */
export type Locale = (typeof LOCALES)[number]

/** Longest board title, in characters. */
export const MAX_TITLE_LENGTH = 200

const titleSchema = z
  .string()
  .trim()
  .min(1, 'Title must not be empty')
  .max(MAX_TITLE_LENGTH, `Title must be at most ${MAX_TITLE_LENGTH} characters`)

const templateIdSchema = z.enum(TEMPLATE_IDS, {
  error: `Template must be one of: ${TEMPLATE_IDS.join(', ')}`,
})

/**
 * Body of `POST /api/boards`. The server seeds the new board from `template` (default `blank`) in `locale` (default
 * `en`); `withExample` adds the template's example cards.
 */
export const createBoardRequestSchema = z.object({
  title: titleSchema,
  locale: z.enum(LOCALES).optional(),
  template: templateIdSchema.optional(),
  withExample: z.boolean().optional(),
})
/** Body of `POST /api/boards`. */
export type CreateBoardRequest = z.infer<typeof createBoardRequestSchema>

/** Body of `PATCH /api/boards/:id`. */
export const updateBoardRequestSchema = z.object({ title: titleSchema })
/** Body of `PATCH /api/boards/:id`. */
export type UpdateBoardRequest = z.infer<typeof updateBoardRequestSchema>

const roleSchema = z.enum(ROLES)

/** Links (`/b/ID#t=TOKEN`, absolute) by role. */
export const boardLinksSchema = z.object({
  facilitator: z.string().optional(),
  editor: z.string().optional(),
  viewer: z.string().optional(),
})
/** Links by role; a caller sees only its own role's link and the weaker ones. */
export type BoardLinks = z.infer<typeof boardLinksSchema>

/** Response of `POST /api/boards` (201): the only time all three tokens are returned together. */
export const createBoardResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.enum(LOCALES),
  template: templateIdSchema,
  links: z.object({ facilitator: z.string(), editor: z.string(), viewer: z.string() }),
  tokens: z.object({ facilitator: z.string(), editor: z.string(), viewer: z.string() }),
})
/** Response of `POST /api/boards`. */
export type CreateBoardResponse = z.infer<typeof createBoardResponseSchema>

/** Response of `GET`/`PATCH /api/boards/:id`: metadata, the caller's role, and the links it may share. */
export const boardResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.enum(LOCALES),
  /** The board's template: always sent by the server; absent only in the client's offline stand-in. */
  template: templateIdSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  role: roleSchema,
  links: boardLinksSchema,
})
/** Response of `GET`/`PATCH /api/boards/:id`. */
export type BoardResponse = z.infer<typeof boardResponseSchema>

/**
 * Response of `POST /api/boards/:id/links/:role/rotate`: the links the facilitator may share after the rotation.
 * Rotating the editor link changes the viewer link too (it is derived from it); rotating the facilitator link changes
 * all three.
 */
export const rotateLinkResponseSchema = z.object({ links: boardLinksSchema })
/** Response of `POST /api/boards/:id/links/:role/rotate`. */
export type RotateLinkResponse = z.infer<typeof rotateLinkResponseSchema>

/** Error codes of the HTTP API. */
export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'internal',
  'unavailable',
  'rate_limited',
  'creator_key_required',
  'creator_key_invalid',
  'voter_not_connected',
] as const
/** An error code of the HTTP API. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** Every HTTP API error body: `{error: {code, message}}`. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }),
})
/** Every HTTP API error body. */
export type ApiError = z.infer<typeof apiErrorSchema>

/** Who may create boards on an instance: anyone who reaches it (`open`), or holders of its creator key (`key`). */
export const CREATE_BOARDS_MODES = ['open', 'key'] as const
/** A value of `CREATE_BOARDS`. */
export type CreateBoardsMode = (typeof CREATE_BOARDS_MODES)[number]

/** Header that carries the instance creator key on board creation and import when `CREATE_BOARDS=key`. */
export const CREATOR_KEY_HEADER = 'X-Creator-Key'

/** Response of `GET /api/config`: runtime settings the client reads at start. */
export const clientConfigSchema = z.object({
  tldrawLicenseKey: z.string().nullable(),
  protocolVersion: z.number(),
  maxMessageBytes: z.number(),
  /** Whether creating a board needs the creator key; absent (an older server) means `open`. */
  createBoards: z.enum(CREATE_BOARDS_MODES).optional(),
})
/** Response of `GET /api/config`. */
export type ClientConfig = z.infer<typeof clientConfigSchema>

/** Builds the shareable link of a board for a token: the secret rides in the fragment, never sent to servers. */
export function buildBoardLink(origin: string, boardId: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/b/${encodeURIComponent(boardId)}#t=${encodeURIComponent(token)}`
}

/** Reads `{boardId, token}` from a board link or path; `null` when it is not one. */
export function parseBoardLink(link: string): { boardId: string; token: string | null } | null {
  const match = /\/b\/([A-Za-z0-9_-]+)(?:\/roadmap|\/print)?\/?(?:[?][^#]*)?(?:#(.*))?$/.exec(link.trim())
  if (!match?.[1]) return null
  const fragment = new URLSearchParams(match[2] ?? '')
  return { boardId: match[1], token: fragment.get('t') }
}
