import type { Browser, Page } from 'playwright-core'
import { findSectionPages, type SectionMarker } from './sectionPages.ts'

/** One print of the print view (`/b/:id/print`). */
export interface PrintJob {
  /** The print view's URL, the print token in its fragment. */
  url: string
  /** The only origin the page may load anything from (the server's own loopback origin). */
  origin: string
  /** Whether the document has a contents page, whose page numbers need a second pass. */
  withContents: boolean
  /** Aborted when the export times out or its caller goes away: the page is closed at once. */
  signal: AbortSignal
  /** Told every uncaught error of the page (for the log). */
  onPageError?: (message: string) => void
}

/** A rendered PDF and how it was made. */
export interface RenderedPdf {
  pdf: Uint8Array
  /** `page.pdf()` calls: 1, or 2–3 when the contents' page numbers were filled in. */
  passes: number
  /** The page each section starts on, when the contents were numbered. */
  sectionPages: Record<string, number> | null
  /** Milliseconds until the print view was ready (loaded, synced, laid out), then printing and numbering. */
  readyMs: number
  printMs: number
}

/** The print view reported that it cannot print (`window.__cxmapPrint.error`). */
export class PrintViewError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PrintViewError'
  }
}

/**
 * What the print view publishes on `window.__cxmapPrint` (the contract with `client/src/print/`): `ready` once laid
 * out, or `error`; the section headings' unique text markers; and `setPageNumbers`, which fills the contents page with
 * the pages found in the first PDF (it may return a promise, or drop `ready` until it has re-rendered).
 */
interface PrintViewHandle {
  ready?: boolean
  error?: string | null
  sections?: SectionMarker[]
  setPageNumbers?: (pages: Record<string, number>) => unknown
}

type PageGlobal = { __cxmapPrint?: PrintViewHandle; requestAnimationFrame(callback: () => void): number }

const VIEWPORT = { width: 1280, height: 900 }
const FOOTER_TEMPLATE =
  '<div style="width:100%;font:9px sans-serif;color:#555;text-align:center">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
/** The print view's `@page` rules set the paper and its margins; these margins only apply if it set none. */
const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: FOOTER_TEMPLATE,
  margin: { top: '10mm', right: '10mm', bottom: '12mm', left: '10mm' },
  // Bookmarks from the headings, in a tagged (accessible) PDF.
  outline: true,
  tagged: true,
} as const
/** Rounds of page numbering after the first print: a second one only if numbering moved a section. */
const MAX_NUMBERING_ROUNDS = 2

/** Prints the print view at `job.url` in a fresh browser context, numbering its contents when asked. */
export async function renderPrintView(browser: Browser, job: PrintJob): Promise<RenderedPdf> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const closeContext = () => void context.close().catch(() => {})
  job.signal.addEventListener('abort', closeContext, { once: true })
  try {
    job.signal.throwIfAborted()
    // Board content must not make the server fetch anything: only the print view's own origin is reachable.
    await context.route('**/*', (route) =>
      isSameOrigin(route.request().url(), job.origin) ? route.continue() : route.abort('blockedbyclient'),
    )
    const page = await context.newPage()
    // The export's own time limit (the signal) bounds every step.
    page.setDefaultTimeout(0)
    page.on('pageerror', (error) => job.onPageError?.(error.message))
    const startedAt = performance.now()
    await page.goto(job.url, { waitUntil: 'domcontentloaded' })
    await waitForPrintView(page)
    const readyAt = performance.now()
    const first = await page.pdf(PDF_OPTIONS)
    const printed = job.withContents ? await numberContents(page, first) : { pdf: first, passes: 1, sectionPages: null }
    return { ...printed, readyMs: readyAt - startedAt, printMs: performance.now() - readyAt }
  } catch (error) {
    // Closing the context on abort makes the pending step fail with Playwright's error: report the abort's reason.
    job.signal.throwIfAborted()
    throw error
  } finally {
    job.signal.removeEventListener('abort', closeContext)
    await context.close().catch(() => {})
  }
}

async function waitForPrintView(page: Page): Promise<void> {
  const status = await page.waitForFunction(() => {
    const view = (globalThis as unknown as PageGlobal).__cxmapPrint
    return view && (view.ready || view.error) ? { error: view.error ?? null } : null
  })
  const error = (await status.jsonValue())?.error
  if (error) throw new PrintViewError(error)
}

/** Finds each section's page in the PDF, hands the numbers to the print view and prints again. */
async function numberContents(
  page: Page,
  firstPdf: Uint8Array,
): Promise<Pick<RenderedPdf, 'pdf' | 'passes' | 'sectionPages'>> {
  const sections = await page.evaluate(() => {
    const view = (globalThis as unknown as PageGlobal).__cxmapPrint
    return typeof view?.setPageNumbers === 'function' ? (view.sections ?? []) : []
  })
  if (sections.length === 0) return { pdf: firstPdf, passes: 1, sectionPages: null }
  let pdf = firstPdf
  let passes = 1
  let pages = await findSectionPages(pdf, sections)
  for (let round = 1; round <= MAX_NUMBERING_ROUNDS; round++) {
    await page.evaluate(async (numbers) => {
      await (globalThis as unknown as PageGlobal).__cxmapPrint?.setPageNumbers?.(numbers)
    }, pages)
    await waitForPrintView(page)
    // Two frames: whatever the view re-rendered is committed and laid out before printing.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const view = globalThis as unknown as PageGlobal
          view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve()))
        }),
    )
    pdf = await page.pdf(PDF_OPTIONS)
    passes++
    if (round === MAX_NUMBERING_ROUNDS) break
    const moved = await findSectionPages(pdf, sections)
    if (haveSamePages(moved, pages)) break
    pages = moved
  }
  return { pdf, passes, sectionPages: pages }
}

function haveSamePages(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true
  try {
    return new URL(url).origin === origin
  } catch {
    return false
  }
}
