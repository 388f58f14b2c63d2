import { CSV_BOM, formatJourneyCsv } from '@cxmap/shared'
import { Hono } from 'hono'
import { loadBoardJourney, pickCsvLocale, type BoardDocSource } from '../journey/journeyExport.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from './contentDisposition.ts'
import { createApiError } from './errors.ts'

/** File name stem of an export whose title has no letters or digits. */
const FALLBACK_FILE_STEM = 'journey'

/**
 * `/api/boards/:id/journey.{json,csv}`: the board's structured journey, for any role's token. The CSV is in the board's
 * language unless `?lang=en|ru` asks for another.
 */
export function createJourneyRoute(source: BoardDocSource): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(source.store)

  app.get('/:id/journey.json', authorize, async (c) => {
    const journey = await loadBoardJourney(source, c.var.access.board.id)
    c.header('cache-control', 'no-store')
    return c.json(journey)
  })

  app.get('/:id/journey.csv', authorize, async (c) => {
    const { board } = c.var.access
    const locale = pickCsvLocale(c.req.query('lang'), board.locale)
    if (!locale) throw createApiError(400, 'lang must be en or ru')
    const journey = await loadBoardJourney(source, board.id)
    // The BOM makes Excel read the file as UTF-8 (Cyrillic text) instead of the system's ANSI code page.
    return c.body(CSV_BOM + formatJourneyCsv(journey, { locale }), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': formatAttachmentDisposition(
        slugifyTitle(board.title, FALLBACK_FILE_STEM),
        'csv',
        FALLBACK_FILE_STEM,
      ),
      'cache-control': 'no-store',
    })
  })

  return app
}
