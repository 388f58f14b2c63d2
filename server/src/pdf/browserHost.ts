import type { Browser } from 'playwright-core'
import type { Logger } from '../logger.ts'

/**
 * Chromium flags: no sandbox (it cannot start as root or in most containers; the browser only ever loads this server's
 * own print view over loopback, every other request being refused), no GPU, and nothing that calls home.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Text laid out with unhinted metrics, as it will be printed, so that line breaks do not shift in the PDF.
  '--font-render-hinting=none',
]

const LAUNCH_TIMEOUT_MS = 30_000

/** Starts a headless Chromium from an executable. */
export type LaunchBrowser = (executablePath: string) => Promise<Browser>

/** Launches Chromium through playwright-core, loaded on first use (its import takes about a second). */
export const launchChromium: LaunchBrowser = async (executablePath) => {
  const { chromium } = await import('playwright-core')
  return await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT_MS,
    // The server's own shutdown closes the browser (see `close`); Playwright's handlers would race it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
}

/** Chromium could not be started. */
export class BrowserLaunchError extends Error {
  constructor(executablePath: string, cause: unknown) {
    super(`Chromium at ${executablePath} could not start: ${firstLine(cause)}`, { cause })
    this.name = 'BrowserLaunchError'
  }
}

/**
 * One headless Chromium for the whole server: launched on the first export, shared by every export after it (each in
 * its own browser context), launched again when it crashed or was killed, and closed with the server.
 */
export class BrowserHost {
  private browser: Promise<Browser> | null = null
  private isClosed = false

  constructor(
    private readonly logger: Logger,
    private readonly launch: LaunchBrowser = launchChromium,
  ) {}

  /** The running browser, launching it from `executablePath` when there is none. */
  acquire(executablePath: string): Promise<Browser> {
    if (this.isClosed) return Promise.reject(new Error('the server is shutting down'))
    this.browser ??= this.start(executablePath)
    return this.browser
  }

  /** Closes the browser (if one runs) and refuses to start another. */
  async close(): Promise<void> {
    this.isClosed = true
    const browser = await this.browser?.catch(() => null)
    this.browser = null
    await browser?.close().catch(() => {})
  }

  private async start(executablePath: string): Promise<Browser> {
    const startedAt = performance.now()
    let browser: Browser
    try {
      browser = await this.launch(executablePath)
    } catch (error) {
      this.browser = null
      throw new BrowserLaunchError(executablePath, error)
    }
    const current = this.browser
    browser.on('disconnected', () => {
      // Only forget the browser that went away, not one launched after it.
      if (this.browser === current) this.browser = null
      if (!this.isClosed)
        this.logger.warn({ executablePath }, 'pdf: Chromium went away; the next export starts it again')
    })
    if (this.isClosed) {
      await browser.close().catch(() => {})
      throw new Error('the server is shutting down')
    }
    this.logger.info(
      { executablePath, version: browser.version(), durationMs: Math.round(performance.now() - startedAt) },
      'pdf: Chromium started',
    )
    return browser
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] ?? message
}
