import { buildBoardLink, type CreateBoardResponse } from '@cxmap/shared'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { BOARD_FILE_EXTENSION, MAX_BOARD_FILE_BYTES } from '../boardFile/format.ts'
import { importBoard } from '../boardFile/importBoardFile.ts'
import { BoardFileError, BoardTooLargeError, readBoardFile, requireFitsDocLimit } from '../boardFile/readBoardFile.ts'
import { buildBoardFile, formatBoardFile } from '../boardFile/writeBoardFile.ts'
import type { BoardDocSource } from '../journey/journeyExport.ts'
import type { BoardRecord } from '../storage/types.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from './contentDisposition.ts'
import { createApiError, respondWithError } from './errors.ts'

/** File name stem of a board file whose title has no letters or digits. */
const FALLBACK_FILE_STEM = 'board'

/** What the board-file routes need. */
export interface BoardFileRouteDeps extends BoardDocSource {
  /** The public origin of the request, for the new board's links. */
  readOrigin(c: Context): string
  /** Runs before an import as before a creation (creator key, rate limit); none lets everyone import. */
  guardCreation?: MiddlewareHandler
  /** A board whose documents are larger (MAX_DOC_BYTES) is refused with 413 instead of stored unusable. */
  maxDocBytes: number
}

/**
 * `GET /api/boards/:id/board-file` (facilitator): the board as a `.cxmap.json` file; `POST /api/boards/import`: a
 * board file becomes a new board with new links. Mount before the API's small body limit: a file may be megabytes.
 */
export function createBoardFileRoute(deps: BoardFileRouteDeps): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(deps.store)
  const guardCreation: MiddlewareHandler = deps.guardCreation ?? ((_c, next) => next())

  app.get('/:id/board-file', authorize, async (c) => {
    const { board, role } = c.var.access
    if (role !== 'facilitator') throw createApiError(403, 'Only the facilitator can export the board file')
    return respondWithBoardFile(c, deps, board)
  })

  app.post(
    '/import',
    bodyLimit({
      maxSize: MAX_BOARD_FILE_BYTES,
      onError: (c) => respondWithError(c, 413, `A board file may be at most ${MAX_BOARD_FILE_BYTES / 1024 / 1024} MB`),
    }),
    guardCreation,
    async (c) => {
      const importable = parseOrReject(await c.req.text(), deps.maxDocBytes)
      const { board, tokens } = await importBoard(deps.store, importable)
      const origin = deps.readOrigin(c)
      const body: CreateBoardResponse = {
        id: board.id,
        title: board.title,
        locale: board.locale,
        template: board.template,
        links: {
          facilitator: buildBoardLink(origin, board.id, tokens.facilitator),
          editor: buildBoardLink(origin, board.id, tokens.editor),
          viewer: buildBoardLink(origin, board.id, tokens.viewer),
        },
        tokens,
      }
      return c.json(body, 201)
    },
  )

  return app
}

/** Answers the board as a `.cxmap.json` download (the facilitator's export, and the admin's). */
export async function respondWithBoardFile(c: Context, source: BoardDocSource, board: BoardRecord): Promise<Response> {
  const file = await buildBoardFile(source, board)
  return c.body(formatBoardFile(file), 200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': formatAttachmentDisposition(
      slugifyTitle(board.title, FALLBACK_FILE_STEM),
      BOARD_FILE_EXTENSION,
      FALLBACK_FILE_STEM,
    ),
    'cache-control': 'no-store',
  })
}

function parseOrReject(text: string, maxDocBytes: number) {
  try {
    const importable = readBoardFile(text)
    requireFitsDocLimit(importable, maxDocBytes)
    return importable
  } catch (error) {
    if (error instanceof BoardTooLargeError) throw createApiError(413, error.message)
    if (error instanceof BoardFileError) throw createApiError(400, error.message)
    throw error
  }
}
