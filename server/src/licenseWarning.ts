import { isTldrawProductionOrigin } from '@cxmap/shared'
import type { MiddlewareHandler } from 'hono'
import type { Config } from './config.ts'
import { readRequestOrigin } from './http/requestOrigin.ts'
import type { Logger } from './logger.ts'

/** What the license warning reads of the configuration. */
export type LicenseSettings = Pick<Config, 'tldrawLicenseKey' | 'publicUrl' | 'trustProxy'>

const WARNING =
  'No TLDRAW_LICENSE_KEY: tldraw needs a license key on this https host, so board pages show a notice instead of ' +
  'the canvas (the roadmap, exports and PDF work). Set TLDRAW_LICENSE_KEY (a key from tldraw.dev) and restart.'

function needsKeyAt(settings: LicenseSettings, origin: string): boolean {
  return settings.tldrawLicenseKey === null && isTldrawProductionOrigin(new URL(origin))
}

/** At start: a `PUBLIC_URL` tldraw treats as production and no key is a deployment the canvas will not work on. */
export function warnIfLicenseMissing(settings: LicenseSettings, logger: Logger): void {
  if (settings.publicUrl !== null && needsKeyAt(settings, settings.publicUrl)) {
    logger.warn({ publicUrl: settings.publicUrl }, WARNING)
  }
}

/**
 * Without `PUBLIC_URL` the server learns its public origin from the first board page requested: warns once, then
 * stays silent (the board page itself tells its people).
 */
export function watchLicenseOnBoardPages(settings: LicenseSettings, logger: Logger): MiddlewareHandler {
  let hasWarned = settings.tldrawLicenseKey !== null || settings.publicUrl !== null
  return async (c, next) => {
    if (!hasWarned) {
      const origin = readRequestOrigin(c, settings)
      if (needsKeyAt(settings, origin)) {
        hasWarned = true
        logger.warn({ origin }, WARNING)
      }
    }
    await next()
  }
}
