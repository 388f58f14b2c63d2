import { Hono } from 'hono'
import type { LiveDocSource } from '../journey/journeyExport.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from '../http/boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from '../http/contentDisposition.ts'
import { createApiError } from '../http/errors.ts'
import { pickCsvLocale } from '../journey/journeyExport.ts'
import { loadBoardStrategy } from '../journey/journeyExport.ts'

/** File name of a strategy export whose board title has no letters or digits; otherwise `<title>-strategy`. */
const FALLBACK_FILE_STEM = 'strategy'
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * `GET /api/boards/:id/strategy.docx`: the board's CX strategy (its ten parts) as a Word document for management, for
 * any role's token, in the board's language unless `?lang=en|ru` asks for another.
 */
export function createStrategyRoute(source: LiveDocSource, now: () => Date = () => new Date()): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(source.store)

  app.get('/:id/strategy.docx', authorize, async (c) => {
    const { board } = c.var.access
    const locale = pickCsvLocale(c.req.query('lang'), board.locale)
    if (!locale) throw createApiError(400, 'lang must be en or ru')
    const { report, strategy } = await loadBoardStrategy(source, board.id, locale)
    // The DOCX writer is loaded by the first export, not at start: most servers never write one.
    const { buildStrategyDocx } = await import('./strategyDocx.ts')
    const docx = await buildStrategyDocx({ report, strategy, title: board.title, locale, date: now() })
    const slug = slugifyTitle(board.title, '')
    const stem = slug ? `${slug}-${FALLBACK_FILE_STEM}` : FALLBACK_FILE_STEM
    return c.body(docx as Uint8Array<ArrayBuffer>, 200, {
      'content-type': DOCX_TYPE,
      'content-disposition': formatAttachmentDisposition(stem, 'docx', FALLBACK_FILE_STEM),
      'cache-control': 'no-store',
    })
  })

  return app
}
