import { buildRoadmapExport, CSV_BOM, formatRoadmapCsv } from '@cxmap/shared'
import { Hono } from 'hono'
import { pickCsvLocale, type LiveDocSource } from '../journey/journeyExport.ts'
import { loadBoardRoadmap } from '../roadmap/roadmapExport.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from './contentDisposition.ts'
import { createApiError } from './errors.ts'

/** File name of a roadmap export whose board title has no letters or digits; otherwise `<title>-roadmap`. */
const FALLBACK_FILE_STEM = 'roadmap'

/**
 * `/api/boards/:id/roadmap.{json,csv}`: the board's roadmap, for any role's token. The CSV is in the board's language
 * unless `?lang=en|ru` asks for another.
 */
export function createRoadmapRoute(source: LiveDocSource): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(source.store)

  app.get('/:id/roadmap.json', authorize, async (c) => {
    const { roadmap, journey } = await loadBoardRoadmap(source, c.var.access.board.id)
    c.header('cache-control', 'no-store')
    return c.json(buildRoadmapExport(roadmap, journey))
  })

  app.get('/:id/roadmap.csv', authorize, async (c) => {
    const { board } = c.var.access
    const locale = pickCsvLocale(c.req.query('lang'), board.locale)
    if (!locale) throw createApiError(400, 'lang must be en or ru')
    const { roadmap, journey, stakeholderNames } = await loadBoardRoadmap(source, board.id)
    const slug = slugifyTitle(board.title, '')
    const stem = slug ? `${slug}-${FALLBACK_FILE_STEM}` : FALLBACK_FILE_STEM
    // The BOM makes Excel read the file as UTF-8 (Cyrillic text) instead of the system's ANSI code page.
    return c.body(CSV_BOM + formatRoadmapCsv(roadmap, journey, { locale, stakeholderNames }), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': formatAttachmentDisposition(stem, 'csv', FALLBACK_FILE_STEM),
      'cache-control': 'no-store',
    })
  })

  return app
}
