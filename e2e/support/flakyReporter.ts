import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter'
import { paths } from './paths.ts'

// eslint-disable-next-line no-control-regex -- matches the terminal colour codes in Playwright's error messages.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g

function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '')
}

/**
 * Names every test that failed and then passed on a retry (CI allows one), so a retry never hides a flaky test:
 * printed at the end of the run and written to `artifacts/flaky.json`.
 */
export default class FlakyReporter implements Reporter {
  private suite: Suite | undefined

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite
  }

  onEnd(): void {
    const flaky = (this.suite?.allTests() ?? [])
      .filter((test) => test.outcome() === 'flaky')
      .map((test) => ({
        title: test.titlePath().filter(Boolean).join(' › '),
        location: `${path.relative(paths.e2e, test.location.file)}:${test.location.line}`,
        errors: test.results.flatMap((result) =>
          result.errors.map((error) => stripAnsi(error.message ?? '').split('\n')[0] ?? ''),
        ),
      }))
    writeFileSync(path.join(paths.artifacts, 'flaky.json'), `${JSON.stringify(flaky, null, 2)}\n`)
    for (const test of flaky) {
      console.log(`FLAKY (passed only on retry): ${test.title} (${test.location}): ${test.errors.join(' | ')}`)
    }
  }

  printsToStdio(): boolean {
    return false
  }
}
