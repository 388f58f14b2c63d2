import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * The Chromium to drive: `CXMAP_CHROMIUM` if set, else Debian's package (Playwright's own browser download cannot
 * reach its host from our machines), else Playwright's bundled build where one is installed.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CXMAP_CHROMIUM, DEBIAN_CHROMIUM, chromium.executablePath()]
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate))
}

/** Flags that keep Chromium from calling home: the machines' closed network refuses those calls, and tests forbid them. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
