import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './support/chromium.ts'
import { paths } from './support/paths.ts'

const isCI = !!process.env.CI

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  globalSetup: './support/globalSetup.ts',
  // Two browser contexts running tldraw plus the server per test: on a 2-core machine one worker at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  // One retry in CI only; support/flakyReporter.ts names every test that needed it.
  retries: isCI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.CXMAP_E2E_JSON ?? path.join(paths.artifacts, 'results.json') }],
    ['./support/flakyReporter.ts'],
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // A failed test keeps its trace: every action with the DOM before and after it. Not the screenshot film strip:
    // encoding a JPEG of every page at every frame cost 25 % of the suite's time (86 s against 69 s for one spec).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [{ name: 'chromium' }],
})
