import { parsePrintQuery, type PrintOptions } from '@cxmap/shared'
import { Hono } from 'hono'
import { ZodError } from 'zod'
import { PdfExportError, type PdfExport, type PdfExporter } from '../pdf/pdfExporter.ts'
import type { BoardStore } from '../storage/types.ts'
import { createAuthorizeMiddleware, type BoardAccessEnv } from './boardAuth.ts'
import { formatAttachmentDisposition, slugifyTitle } from './contentDisposition.ts'
import { createApiError } from './errors.ts'

/** What the export route needs. */
export interface ExportRouteDeps {
  store: BoardStore
  pdf: Pick<PdfExporter, 'exportBoard'>
}

/** File name stem of a PDF whose board title has no letters or digits. */
const FALLBACK_FILE_STEM = 'board'

/**
 * `GET /api/boards/:id/export.pdf?size&orientation&lang&sections`: the board as a PDF for management, rendered by the
 * server's headless Chromium from the print view, for any role's token.
 */
export function createExportRoute(deps: ExportRouteDeps): Hono<BoardAccessEnv> {
  const app = new Hono<BoardAccessEnv>()
  const authorize = createAuthorizeMiddleware(deps.store)

  app.get('/:id/export.pdf', authorize, async (c) => {
    const { board } = c.var.access
    const options = readOptions(c.req.query(), board.locale)
    let exported: PdfExport
    try {
      exported = await deps.pdf.exportBoard({ boardId: board.id, options, signal: c.req.raw.signal })
    } catch (error) {
      if (error instanceof PdfExportError) throw createApiError(error.status, error.message)
      throw error
    }
    const { pdf, queuedMs, readyMs, printMs } = exported
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': formatAttachmentDisposition(
        slugifyTitle(board.title, FALLBACK_FILE_STEM),
        'pdf',
        FALLBACK_FILE_STEM,
      ),
      'cache-control': 'no-store',
      // Where the time went, for the browser's developer tools and the benchmark.
      'server-timing': `queue;dur=${queuedMs.toFixed(0)}, view;desc="print view ready";dur=${readyMs.toFixed(0)}, print;desc="print and number pages";dur=${printMs.toFixed(0)}`,
    })
  })

  return app
}

function readOptions(query: Record<string, string>, boardLocale: PrintOptions['lang']): PrintOptions {
  try {
    return parsePrintQuery(query, boardLocale)
  } catch (error) {
    if (!(error instanceof ZodError)) throw error
    const issues = error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`)
    throw createApiError(400, `Invalid export options: ${issues.join('; ')}`)
  }
}
