import { accessSync, constants, statSync } from 'node:fs'

/** Where {@link findChromium} looks, injected so tests can fake the filesystem. */
export interface ChromiumSearch {
  /** `CHROMIUM_PATH`: when set, the only candidate (an explicit setting never falls back to another browser). */
  configuredPath: string | null
  /** Whether `path` is an executable file. */
  isExecutable(path: string): boolean
  /** Playwright's own Chromium build, where playwright-core knows one (it may not be installed). */
  bundledPath(): Promise<string | null>
}

/** The outcome of {@link findChromium}: the browser to launch, or why there is none (a sentence for the 503). */
export type ChromiumLookup =
  { ok: true; path: string; source: 'configured' | 'system' | 'playwright' } | { ok: false; problem: string }

/** Where distributions and vendors install Chromium or Chrome, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const

/** Finds the Chromium to print with: `CHROMIUM_PATH`, else the system's, else Playwright's bundled build. */
export async function findChromium(search: ChromiumSearch): Promise<ChromiumLookup> {
  if (search.configuredPath !== null) {
    if (search.isExecutable(search.configuredPath)) {
      return { ok: true, path: search.configuredPath, source: 'configured' }
    }
    return { ok: false, problem: `CHROMIUM_PATH is set to "${search.configuredPath}", which is not an executable.` }
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => search.isExecutable(path))
  if (system) return { ok: true, path: system, source: 'system' }
  const bundled = await search.bundledPath()
  if (bundled && search.isExecutable(bundled)) return { ok: true, path: bundled, source: 'playwright' }
  return { ok: false, problem: 'No Chromium was found on this server.' }
}

/** The real filesystem and playwright-core's browser registry. */
export function createChromiumSearch(configuredPath: string | null): ChromiumSearch {
  return {
    configuredPath,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK)
        return statSync(path).isFile()
      } catch {
        return false
      }
    },
    async bundledPath() {
      try {
        // Loaded on first use: playwright-core takes about a second to import, which the server's start should not pay.
        const { chromium } = await import('playwright-core')
        return chromium.executablePath() || null
      } catch {
        // playwright-core throws on platforms it has no build for.
        return null
      }
    },
  }
}
