import { formatPrintQuery, type PrintOptions } from '@cxmap/shared'
import type { Browser } from 'playwright-core'
import type { PrintTokens } from '../auth/printTokens.ts'
import type { Logger } from '../logger.ts'
import { noopPdfMetrics, type PdfMetrics, type PdfOutcome } from '../metrics.ts'
import { BrowserHost, BrowserLaunchError, type LaunchBrowser } from './browserHost.ts'
import { createChromiumSearch, findChromium, type ChromiumSearch } from './findChromium.ts'
import { PrintViewError, renderPrintView, type PrintJob, type RenderedPdf } from './renderPrintView.ts'
import { QueueFullError, TaskCancelledError, TaskQueue, TaskTimeoutError } from './taskQueue.ts'

/** The settings the PDF export reads (see `config.ts`). */
export interface PdfSettings {
  chromiumPath: string | null
  pdfConcurrency: number
  pdfQueueLimit: number
  pdfTimeoutMs: number
}

/** What the PDF export is built from. */
export interface PdfExporterDeps {
  settings: PdfSettings
  printTokens: PrintTokens
  logger: Logger
  /** The server's own loopback origin (`http://127.0.0.1:PORT`), `null` until it listens. */
  readOrigin(): string | null
  /** Counts exports by outcome and times them; reports nothing by default. */
  metrics?: PdfMetrics
  /** Where to look for Chromium; defaults to the real filesystem. */
  search?: ChromiumSearch
  /** Starts the browser; defaults to playwright-core's Chromium. */
  launch?: LaunchBrowser
  /** Prints the print view; defaults to {@link renderPrintView}. */
  render?: (browser: Browser, job: PrintJob) => Promise<RenderedPdf>
}

/** One export: the board, its options, and the caller's signal (aborted when the request goes away). */
export interface PdfExportRequest {
  boardId: string
  options: PrintOptions
  signal?: AbortSignal
}

/** Why an export failed, with the HTTP status and the message for the person who asked. */
export class PdfExportError extends Error {
  constructor(
    readonly status: 500 | 503,
    message: string,
    /** How the export ended, for `cxmap_pdf_exports_total`. */
    readonly outcome: PdfOutcome = 'failed',
  ) {
    super(message)
    this.name = 'PdfExportError'
  }
}

/** An exported PDF and where its time went (milliseconds). */
export interface PdfExport {
  pdf: Uint8Array
  queuedMs: number
  /** Loading, syncing and laying out the print view. */
  readyMs: number
  /** Printing, and numbering the contents. */
  printMs: number
}

/** Renders boards to PDF in the server's headless Chromium. */
export interface PdfExporter {
  /** The PDF, or a {@link PdfExportError}. */
  exportBoard(request: PdfExportRequest): Promise<PdfExport>
  /** Exports rendering now and waiting for their turn. */
  readQueue(): { running: number; waiting: number }
  /** Closes the browser; later exports are refused. */
  close(): Promise<void>
}

const PRINT_FROM_BROWSER =
  'Meanwhile, print from the browser: Export → PDF → “Open print view”, then the browser’s Print → Save as PDF.'

/**
 * The PDF export: finds Chromium, queues the export (at most `pdfConcurrency` pages at once, `pdfQueueLimit` waiting,
 * `pdfTimeoutMs` in all), mints a print token for the board, has the headless browser print the board's print view
 * through the server's own loopback origin, and revokes the token when done.
 */
export function createPdfExporter(deps: PdfExporterDeps): PdfExporter {
  const { settings, logger } = deps
  const search = deps.search ?? createChromiumSearch(settings.chromiumPath)
  const browsers = new BrowserHost(logger, deps.launch)
  const queue = new TaskQueue({ concurrency: settings.pdfConcurrency, maxWaiting: settings.pdfQueueLimit })
  const render = deps.render ?? renderPrintView
  const metrics = deps.metrics ?? noopPdfMetrics

  async function exportBoard(request: PdfExportRequest): Promise<PdfExport> {
    const startedAt = performance.now()
    const observe = (outcome: PdfOutcome) => metrics.observeExport(outcome, (performance.now() - startedAt) / 1000)
    try {
      const exported = await runExport(request)
      observe('ok')
      return exported
    } catch (error) {
      observe(error instanceof PdfExportError ? error.outcome : 'failed')
      throw error
    }
  }

  async function runExport({ boardId, options, signal }: PdfExportRequest): Promise<PdfExport> {
    const lookup = await findChromium(search)
    if (!lookup.ok) {
      throw new PdfExportError(
        503,
        `PDF export needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH to its executable. ` +
          `${lookup.problem} ${PRINT_FROM_BROWSER}`,
      )
    }
    const origin = deps.readOrigin()
    if (!origin) throw new PdfExportError(503, 'The server is not listening yet: try again in a moment.')
    const requestedAt = performance.now()
    let queuedMs = 0
    try {
      const rendered = await queue.run(
        async (taskSignal) => {
          queuedMs = performance.now() - requestedAt
          const browser = await browsers.acquire(lookup.path)
          const grant = deps.printTokens.issue(boardId)
          try {
            const url = `${origin}/b/${encodeURIComponent(boardId)}/print?${formatPrintQuery(options)}#t=${grant.token}`
            return await render(browser, {
              url,
              origin,
              withContents: options.sections.includes('contents'),
              signal: taskSignal,
              onPageError: (message) =>
                logger.warn({ boardId, error: redact(message, grant.token) }, 'pdf: error in the print view'),
            })
          } catch (error) {
            // Playwright's messages quote the page's URL, whose fragment holds the print token.
            if (error instanceof Error) error.message = redact(error.message, grant.token)
            throw error
          } finally {
            grant.revoke()
          }
        },
        { timeoutMs: settings.pdfTimeoutMs, signal },
      )
      logger.info(
        {
          boardId,
          size: options.size,
          orientation: options.orientation,
          sections: options.sections.join(','),
          bytes: rendered.pdf.byteLength,
          passes: rendered.passes,
          queuedMs: Math.round(queuedMs),
          readyMs: Math.round(rendered.readyMs),
          printMs: Math.round(rendered.printMs),
          durationMs: Math.round(performance.now() - requestedAt),
        },
        'pdf export',
      )
      return { pdf: rendered.pdf, queuedMs, readyMs: rendered.readyMs, printMs: rendered.printMs }
    } catch (error) {
      const failure = describeFailure(error, settings)
      logger.warn(
        {
          boardId,
          status: failure.status,
          error: failure.message,
          durationMs: Math.round(performance.now() - requestedAt),
        },
        'pdf export failed',
      )
      throw failure
    }
  }

  return {
    exportBoard,
    readQueue: () => ({ running: queue.runningCount, waiting: queue.waitingCount }),
    close: () => browsers.close(),
  }
}

function describeFailure(error: unknown, settings: PdfSettings): PdfExportError {
  const limit = formatDuration(settings.pdfTimeoutMs)
  if (error instanceof QueueFullError) {
    return new PdfExportError(
      503,
      `The server is busy with other PDF exports (${error.maxWaiting} waiting): try again in a minute.`,
      'busy',
    )
  }
  if (error instanceof TaskTimeoutError && error.phase === 'waiting') {
    return new PdfExportError(
      503,
      `The server is busy with other PDF exports: this one waited ${limit} for its turn. Try again in a minute.`,
      'busy',
    )
  }
  if (error instanceof TaskTimeoutError) {
    return new PdfExportError(
      503,
      `Rendering the PDF took longer than ${limit} and was stopped: try fewer sections, or print from the ` +
        `browser (Export → PDF → “Open print view”).`,
      'timeout',
    )
  }
  if (error instanceof TaskCancelledError) return new PdfExportError(503, 'The PDF export was cancelled.', 'cancelled')
  if (error instanceof BrowserLaunchError) return new PdfExportError(503, `${error.message}. ${PRINT_FROM_BROWSER}`)
  if (error instanceof PrintViewError) return new PdfExportError(500, `The print view cannot print: ${error.message}`)
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
  return new PdfExportError(500, `Rendering the PDF failed: ${message}`)
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}

function redact(text: string, token: string): string {
  return text.replaceAll(token, '[print token]')
}
