import { parsePrintQuery } from '@cxmap/shared'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { PrintTokens } from '../auth/printTokens.ts'
import type { PdfOutcome } from '../metrics.ts'
import { createPdfExporter, PdfExportError, type PdfSettings } from './pdfExporter.ts'
import { PrintViewError, type PrintJob, type RenderedPdf } from './renderPrintView.ts'

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7 fake')
const SETTINGS: PdfSettings = { chromiumPath: null, pdfConcurrency: 1, pdfQueueLimit: 0, pdfTimeoutMs: 5_000 }

/** An exporter over a fake Chromium whose prints `render` answers; records every observed outcome. */
function buildExporter(render: (job: PrintJob) => Promise<RenderedPdf>, settings: Partial<PdfSettings> = {}) {
  const observed: { outcome: PdfOutcome; seconds: number }[] = []
  const fakeBrowser = { on: () => {}, version: () => 'fake', close: async () => {} } as unknown as Browser
  const exporter = createPdfExporter({
    settings: { ...SETTINGS, ...settings },
    printTokens: new PrintTokens({ ttlMs: 60_000 }),
    logger: createLogCapture().logger,
    readOrigin: () => 'http://127.0.0.1:4321',
    metrics: { observeExport: (outcome, seconds) => observed.push({ outcome, seconds }) },
    search: {
      configuredPath: null,
      isExecutable: (path) => path === '/usr/bin/chromium',
      bundledPath: async () => null,
    },
    launch: async () => fakeBrowser,
    render: (_browser, job) => render(job),
  })
  const exportBoard = (signal?: AbortSignal) =>
    exporter.exportBoard({ boardId: 'board-1', options: parsePrintQuery({}, 'en'), signal })
  return { exporter, exportBoard, outcomes: () => observed.map((o) => o.outcome), observed }
}

const printed = async (): Promise<RenderedPdf> => ({
  pdf: FAKE_PDF,
  passes: 1,
  sectionPages: null,
  readyMs: 1,
  printMs: 1,
})

/** A print that never finishes by itself: it ends when its signal aborts. */
function hangUntilAborted(job: PrintJob): Promise<RenderedPdf> {
  return new Promise((_resolve, reject) =>
    job.signal.addEventListener('abort', () => reject(job.signal.reason as Error)),
  )
}

describe('PDF export metrics', () => {
  it('observes a successful export as ok, with its duration', async () => {
    const { exportBoard, observed } = buildExporter(printed)
    await exportBoard()
    expect(observed).toEqual([{ outcome: 'ok', seconds: expect.any(Number) as number }])
  })

  it('observes failed, timed-out, busy and cancelled exports', async () => {
    const failing = buildExporter(() => Promise.reject(new PrintViewError('no data')))
    await expect(failing.exportBoard()).rejects.toBeInstanceOf(PdfExportError)
    expect(failing.outcomes()).toEqual(['failed'])

    const slow = buildExporter(hangUntilAborted, { pdfTimeoutMs: 50 })
    await expect(slow.exportBoard()).rejects.toMatchObject({ status: 503 })
    expect(slow.outcomes()).toEqual(['timeout'])

    const busy = buildExporter(hangUntilAborted)
    const controller = new AbortController()
    const running = busy.exportBoard(controller.signal)
    await expect(busy.exportBoard()).rejects.toMatchObject({ outcome: 'busy' })
    controller.abort()
    await expect(running).rejects.toMatchObject({ outcome: 'cancelled' })
    expect(busy.outcomes()).toEqual(['busy', 'cancelled'])
  })

  it('observes a missing Chromium as failed', async () => {
    const observed: PdfOutcome[] = []
    const exporter = createPdfExporter({
      settings: SETTINGS,
      printTokens: new PrintTokens({ ttlMs: 60_000 }),
      logger: createLogCapture().logger,
      readOrigin: () => 'http://127.0.0.1:4321',
      metrics: { observeExport: (outcome) => observed.push(outcome) },
      search: { configuredPath: null, isExecutable: () => false, bundledPath: async () => null },
    })
    await expect(exporter.exportBoard({ boardId: 'b', options: parsePrintQuery({}, 'en') })).rejects.toMatchObject({
      status: 503,
    })
    expect(observed).toEqual(['failed'])
  })
})
