import { CloseCode, type AdminBoard, type AdminBoardsResponse } from '@cxmap/shared'
import { Hono, type Context } from 'hono'
import { matchesSecret } from '../auth/secretMatch.ts'
import type { Logger } from '../logger.ts'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import type { AccessLimits } from './accessLimits.ts'
import { createApiError, respondWithError } from './errors.ts'
import { guardCheck } from './failedChecks.ts'

/** What the admin API needs. */
export interface AdminRouteDeps {
  /** `null`: the admin API is off and everything under it answers 404. */
  adminToken: string | null
  limits: AccessLimits
  store: BoardStore
  logger: Logger
  /** Open board pages of a board now. */
  countConnections(boardId: string): number
  /** Closes a deleted board's sync connections. */
  closeBoardConnections(boardId: string, code: number, reason: string): Promise<void>
  /** Answers the board file of a board (the facilitator's export); without it there is no export route. */
  respondWithBoardFile?(c: Context, board: BoardRecord): Promise<Response>
}

/**
 * `/api/admin` (`Authorization: Bearer ADMIN_TOKEN`): every board with its storage and connections, delete, export.
 * Wrong or missing tokens count as failed checks of the client address.
 */
export function createAdminRoute(deps: AdminRouteDeps): Hono {
  const app = new Hono()
  const { adminToken } = deps

  app.use('*', async (c, next) => {
    // Off means absent: the API does not even say it exists.
    if (adminToken === null) return respondWithError(c, 404, 'No such API route')
    await guardCheck(c, deps.limits, () => checkAdminToken(c.req.header('authorization'), adminToken))
    await next()
    c.header('Cache-Control', 'no-store')
  })

  app.get('/boards', async (c) => c.json(await listBoards(deps)))

  app.delete('/boards/:id', async (c) => {
    const board = await readBoard(deps.store, c.req.param('id'))
    await deps.closeBoardConnections(board.id, CloseCode.notFound, 'board deleted')
    await deps.store.deleteBoard(board.id)
    // A client that connected between the two steps above is closed now; any later one is refused with 4404.
    await deps.closeBoardConnections(board.id, CloseCode.notFound, 'board deleted')
    deps.logger.info({ boardId: board.id }, 'board deleted by the admin')
    return c.body(null, 204)
  })

  const { respondWithBoardFile } = deps
  if (respondWithBoardFile) {
    app.get('/boards/:id/export', async (c) => respondWithBoardFile(c, await readBoard(deps.store, c.req.param('id'))))
  }

  return app
}

async function listBoards(deps: AdminRouteDeps): Promise<AdminBoardsResponse> {
  const boards = (await deps.store.listBoards()).map((b): AdminBoard => ({
    id: b.id,
    title: b.title,
    template: b.template,
    locale: b.locale,
    createdAt: b.createdAt,
    lastActiveAt: b.lastActiveAt,
    storedBytes: b.storedBytes,
    connections: deps.countConnections(b.id),
  }))
  const totals = { boards: boards.length, storedBytes: 0, connections: 0 }
  for (const board of boards) {
    totals.storedBytes += board.storedBytes
    totals.connections += board.connections
  }
  return { boards, totals }
}

async function readBoard(store: BoardStore, id: string): Promise<BoardRecord> {
  const board = await store.getBoard(id)
  if (!board) throw createApiError(404, 'Board not found')
  return board
}

function checkAdminToken(authorization: string | undefined, adminToken: string): void {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  if (!given) throw createApiError(401, 'The admin token is required (Authorization: Bearer ADMIN_TOKEN)')
  if (!matchesSecret(given, adminToken)) throw createApiError(403, 'This is not the admin token of this server')
}
