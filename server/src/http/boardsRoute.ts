import {
  CloseCode,
  buildBoardLink,
  canDeleteBoard,
  canEditBoard,
  createBoardRequestSchema,
  updateBoardRequestSchema,
  type BoardLinks,
  ROLES,
  type BoardResponse,
  type CreateBoardResponse,
  type Role,
  type RotateLinkResponse,
} from '@cxmap/shared'
import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { authorizeBoard } from '../auth/boardAccess.ts'
import {
  createBoardId,
  createFacilitatorToken,
  deriveBoardTokens,
  deriveVisibleTokens,
  hashBoardTokens,
  listChangedRoles,
  rotateBoardTokens,
} from '../auth/tokens.ts'
import { encodeBoardSeed, type BuildSeed } from '../journey/boardSeed.ts'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import { createAuthorizeMiddleware, type Access, type BoardAccessEnv } from './boardAuth.ts'
import { createApiError, validateJsonBody } from './errors.ts'
import { readRequestOrigin, type RequestOriginOptions } from './requestOrigin.ts'

const roleSchema = z.enum(ROLES)

/** What the boards API needs. */
export interface BoardsRouteDeps {
  store: BoardStore
  /** Closes a deleted board's sync connections. */
  closeBoardConnections(boardId: string, code: number, reason: string): Promise<void>
  /** Closes the sync connections opened with these (now revoked) token hashes with 4410. */
  revokeConnections(boardId: string, tokenHashes: string[]): void
  /** Where the origin of board links comes from (`PUBLIC_URL`, else the request, through a trusted proxy or not). */
  origin: RequestOriginOptions
  /** Builds a new board's records and departments from its template. */
  buildSeed: BuildSeed
  /** Runs before a creation: the creator key and the per-address limit (see `createCreationGate`); none lets all in. */
  guardCreation?: MiddlewareHandler
}

/** `/api/boards`: create, read, rename and delete boards with capability tokens. */
export function createBoardsRoute(deps: BoardsRouteDeps): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(deps.store)

  const guardCreation: MiddlewareHandler = deps.guardCreation ?? ((_c, next) => next())

  app.post('/', guardCreation, validateJsonBody(createBoardRequestSchema), async (c) => {
    const { title, locale = 'en', template = 'blank', withExample = false } = c.req.valid('json')
    // Seeded here, once, rather than by the first client: two clients opening a new board together would both seed it.
    const seed = encodeBoardSeed(deps.buildSeed(template, locale, { withExample }))
    const linkGenerations = { editor: 0, viewer: 0 }
    const tokens = deriveBoardTokens(createFacilitatorToken(), linkGenerations)
    const now = new Date().toISOString()
    const board: BoardRecord = {
      id: createBoardId(),
      title,
      locale,
      template,
      createdAt: now,
      updatedAt: now,
      tokenHashes: hashBoardTokens(tokens),
      linkGenerations,
    }
    // The board and its seed in one transaction: no board is ever stored without its seed.
    await deps.store.createBoard(board, [{ kind: 'board', update: seed }])
    const origin = readRequestOrigin(c, deps.origin)
    const links = {
      facilitator: buildBoardLink(origin, board.id, tokens.facilitator),
      editor: buildBoardLink(origin, board.id, tokens.editor),
      viewer: buildBoardLink(origin, board.id, tokens.viewer),
    }
    const body: CreateBoardResponse = { id: board.id, title, locale, template, links, tokens }
    return c.json(body, 201)
  })

  app.get('/:id', authorize, (c) => c.json(toBoardResponse(c.var.access, readRequestOrigin(c, deps.origin))))

  app.patch('/:id', authorize, validateJsonBody(updateBoardRequestSchema), async (c) => {
    const access = c.var.access
    if (!canEditBoard(access.role)) throw createApiError(403, 'Viewers cannot rename the board')
    const board = await deps.store.updateBoard(access.board.id, { title: c.req.valid('json').title })
    if (!board) throw createApiError(404, 'Board not found')
    return c.json(toBoardResponse({ ...access, board }, readRequestOrigin(c, deps.origin)))
  })

  app.delete('/:id', authorize, async (c) => {
    const { board, role } = c.var.access
    if (!canDeleteBoard(role)) throw createApiError(403, 'Only the facilitator can delete the board')
    await deps.closeBoardConnections(board.id, CloseCode.notFound, 'board deleted')
    await deps.store.deleteBoard(board.id)
    // A client that connected between the two steps above is closed now; any later one is refused with 4404.
    await deps.closeBoardConnections(board.id, CloseCode.notFound, 'board deleted')
    return c.body(null, 204)
  })

  app.post('/:id/links/:role/rotate', authorize, async (c) => {
    const role = roleSchema.safeParse(c.req.param('role'))
    if (!role.success) throw createApiError(404, 'No such link')
    const access = c.var.access
    if (access.role !== 'facilitator') throw createApiError(403, 'Only the facilitator can regenerate links')
    const { board, token } = await rotateLink(deps.store, access, role.data)
    // Stored first, then closed: a socket authenticating in between is refused by the room manager.
    const revoked = listChangedRoles(access.board.tokenHashes, board.tokenHashes)
    deps.revokeConnections(
      board.id,
      revoked.map((r) => access.board.tokenHashes[r]),
    )
    const { links } = toBoardResponse({ board, role: 'facilitator', token }, readRequestOrigin(c, deps.origin))
    const body: RotateLinkResponse = { links }
    return c.json(body)
  })

  return app
}

const MAX_ROTATION_ATTEMPTS = 5

/**
 * Rotates `role`'s link with a compare-and-set on the stored hashes, retrying when another rotation won the race (the
 * caller must still be the facilitator after it). Returns the stored board and the facilitator's (possibly new) token.
 */
async function rotateLink(
  store: BoardStore,
  access: Access,
  role: Role,
): Promise<{ board: BoardRecord; token: string }> {
  let current = access.board
  for (let attempt = 0; attempt < MAX_ROTATION_ATTEMPTS; attempt++) {
    const { tokens, generations } = rotateBoardTokens(role, access.token, current.linkGenerations)
    const next = { tokenHashes: hashBoardTokens(tokens), linkGenerations: generations }
    const board = await store.replaceTokens(current.id, current.tokenHashes, next)
    if (board) return { board, token: tokens.facilitator }
    const latest = await authorizeBoard(store, current.id, access.token)
    if (!latest.ok && latest.reason === 'not_found') throw createApiError(404, 'Board not found')
    if (!latest.ok || latest.role !== 'facilitator') throw createApiError(403, 'This token does not open this board')
    current = latest.board
  }
  throw new Error(`Rotating a link of board ${current.id} kept losing to concurrent rotations`)
}

function toBoardResponse({ board, role, token }: Access, origin: string): BoardResponse {
  const tokens = deriveVisibleTokens(role, token, board.linkGenerations)
  const links: BoardLinks = {}
  for (const [linkRole, linkToken] of Object.entries(tokens) as [Role, string][]) {
    links[linkRole] = buildBoardLink(origin, board.id, linkToken)
  }
  return {
    id: board.id,
    title: board.title,
    locale: board.locale,
    template: board.template,
    createdAt: board.createdAt,
    updatedAt: board.updatedAt,
    role,
    links,
  }
}
