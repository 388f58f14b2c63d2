import { CSV_BOM, formatJourneyCsv, formatPersonasCsv, formatStakeholdersCsv } from '@cxmap/shared'
import { Hono, type Context } from 'hono'
import {
  loadBoardJourneyWithStrategy,
  loadBoardStrategy,
  pickCsvLocale,
  type LiveDocSource,
} from '../journey/journeyExport.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from './contentDisposition.ts'
import { createApiError } from './errors.ts'

/** File name stem of an export whose title has no letters or digits. */
const FALLBACK_FILE_STEM = 'journey'

/**
 * `/api/boards/:id/journey.{json,csv}`: the board's structured journey (the JSON with the board's stored strategy),
 * `/api/boards/:id/strategy.json`: its StrategyReport, and `/api/boards/:id/{personas,stakeholders}.csv`, for any
 * role's token. CSVs and the report are in the board's language unless `?lang=en|ru` asks for another.
 */
export function createJourneyRoute(source: LiveDocSource): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(source.store)

  app.get('/:id/journey.json', authorize, async (c) => {
    const { journey, strategy } = await loadBoardJourneyWithStrategy(source, c.var.access.board.id)
    c.header('cache-control', 'no-store')
    return c.json({ ...journey, strategy })
  })

  app.get('/:id/journey.csv', authorize, async (c) => {
    const locale = readLocale(c)
    const { journey, strategy } = await loadBoardJourneyWithStrategy(source, c.var.access.board.id)
    const personaNames = new Map(strategy.personas.map((persona) => [persona.id, persona.name]))
    return sendCsv(c, '', formatJourneyCsv(journey, { locale, personaNames }))
  })

  app.get('/:id/strategy.json', authorize, async (c) => {
    const { report } = await loadBoardStrategy(source, c.var.access.board.id, readLocale(c))
    c.header('cache-control', 'no-store')
    return c.json(report)
  })

  app.get('/:id/personas.csv', authorize, async (c) => {
    const locale = readLocale(c)
    const { journey, strategy } = await loadBoardJourneyWithStrategy(source, c.var.access.board.id)
    return sendCsv(c, 'personas', formatPersonasCsv(strategy, journey, { locale }))
  })

  app.get('/:id/stakeholders.csv', authorize, async (c) => {
    const locale = readLocale(c)
    const { strategy } = await loadBoardJourneyWithStrategy(source, c.var.access.board.id)
    return sendCsv(c, 'stakeholders', formatStakeholdersCsv(strategy, { locale }))
  })

  return app
}

function readLocale(c: Context<BoardAccessEnv>) {
  const locale = pickCsvLocale(c.req.query('lang'), c.var.access.board.locale)
  if (!locale) throw createApiError(400, 'lang must be en or ru')
  return locale
}

/** A CSV download named after the board (`<title>.csv`, or `<title>-<suffix>.csv` with a suffix). */
function sendCsv(c: Context<BoardAccessEnv>, suffix: string, csv: string) {
  const fallback = suffix || FALLBACK_FILE_STEM
  const slug = slugifyTitle(c.var.access.board.title, suffix ? '' : FALLBACK_FILE_STEM)
  const stem = suffix ? (slug ? `${slug}-${suffix}` : suffix) : slug
  // The BOM makes Excel read the file as UTF-8 (Cyrillic text) instead of the system's ANSI code page.
  return c.body(CSV_BOM + csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': formatAttachmentDisposition(stem, 'csv', fallback),
    'cache-control': 'no-store',
  })
}
