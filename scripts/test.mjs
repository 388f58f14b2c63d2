#!/usr/bin/env node
// The one test command (`pnpm test`): lint, types, unit + integration (vitest), client build, e2e (Playwright).
// Every step runs as a child process with its output streamed; a failed step does not stop the others unless they
// depend on it. The last line printed is `N passed, N failed[, N skipped]`, counting every vitest and Playwright test
// plus one per lint, type and build step; the exit code is non-zero when anything failed.
//
//   node scripts/test.mjs [--only lint,types,unit,e2e] [-- extra args for vitest/playwright]

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const GROUPS = ['lint', 'types', 'unit', 'e2e']

function parseArgs(argv) {
  const dashDash = argv.indexOf('--')
  const own = dashDash === -1 ? argv : argv.slice(0, dashDash)
  const passThrough = dashDash === -1 ? [] : argv.slice(dashDash + 1)
  let only = GROUPS
  for (let i = 0; i < own.length; i++) {
    const arg = own[i]
    if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? own[++i] : arg.slice('--only='.length)
      only = (value ?? '').split(',').filter(Boolean)
      const unknown = only.filter((group) => !GROUPS.includes(group))
      if (only.length === 0 || unknown.length > 0) usage(`unknown group: ${unknown.join(', ') || '(none)'}`)
    } else if (arg === '--help' || arg === '-h') {
      usage()
    } else {
      usage(`unknown argument: ${arg}`)
    }
  }
  return { only: new Set(only), passThrough }
}

function usage(error) {
  if (error) console.error(error)
  console.error(`usage: node scripts/test.mjs [--only ${GROUPS.join('|')}[,...]] [-- args for vitest/playwright]`)
  process.exit(2)
}

const bin = (dir, name) => path.join(root, dir, 'node_modules', '.bin', name)

/** Runs a command with inherited stdio; resolves to its exit code (a spawn failure counts as 127). */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...options.env },
    })
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(signal ? 128 : (code ?? 1)))
  })
}

const results = []
const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text)

function header(name, command) {
  console.log(`\n${paint('1;36', `━━ ${name}`)} ${paint('2', command)}`)
}

function record(result) {
  results.push(result)
  const mark = result.failed > 0 ? paint('31', '✗') : paint('32', '✓')
  console.log(
    `${mark} ${result.name}: ${describeCounts(result)} (${seconds(result.ms)})${result.note ? ` — ${result.note}` : ''}`,
  )
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const describeCounts = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`

/** A step that counts as one test: passed when the command exits 0. */
async function step(name, command, args, options = {}) {
  const { label, ...spawnOptions } = options
  header(name, label ?? [path.relative(root, command), ...args].join(' '))
  const started = Date.now()
  const code = await run(command, args, spawnOptions)
  const ok = code === 0
  record({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ms: Date.now() - started })
  return ok
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

async function runVitest(workDir, passThrough) {
  const outputFile = path.join(workDir, 'vitest.json')
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`, ...passThrough]
  header('unit + integration (vitest)', `vitest ${args.join(' ')}`)
  const started = Date.now()
  const code = await run(bin('.', 'vitest'), args)
  const report = readJson(outputFile)
  const result = { name: 'vitest', passed: 0, failed: 0, skipped: 0, ms: Date.now() - started, failures: [] }
  if (report) {
    result.passed = report.numPassedTests ?? 0
    result.failed = report.numFailedTests ?? 0
    result.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    // A file that fails to load has no failed test in it, but it failed.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    )
    result.failed += brokenFiles.length
    if (brokenFiles.length) result.note = `${brokenFiles.length} test file(s) failed to run`
    for (const file of report.testResults ?? []) {
      const where = path.relative(root, file.name ?? '')
      for (const test of file.assertionResults ?? []) {
        if (test.status === 'failed') result.failures.push(failure(where, test.fullName, test.failureMessages?.[0]))
      }
      if (brokenFiles.includes(file)) result.failures.push(failure(where, '(the file failed to run)', file.message))
    }
  }
  if (code !== 0 && result.failed === 0) {
    result.failed = 1
    result.note = report ? `vitest exited ${code} (no tests found, or an error outside tests)` : `vitest exited ${code}`
  }
  record(result)
}

/** One failed test, for the list printed above the summary: where, which, and the first line of why. */
function failure(file, title, message) {
  const firstLine = String(message ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean)
  return `${file} › ${title}${firstLine ? `\n      ${firstLine.slice(0, 300)}` : ''}`
}

/** Playwright's JSON nests suites (file › describe › …) with specs; a spec whose every attempt failed is a failure. */
function collectPlaywrightFailures(suites, into, titles = []) {
  for (const suite of suites) {
    const trail = suite.file && titles.length === 0 ? [suite.file] : [...titles, suite.title]
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue
      const lastResult = spec.tests?.flatMap((test) => test.results ?? []).at(-1)
      into.push(failure(trail[0], [...trail.slice(1), spec.title].join(' › '), lastResult?.error?.message))
    }
    collectPlaywrightFailures(suite.suites ?? [], into, trail)
  }
}

async function buildClient() {
  // Under `pnpm test`, npm_execpath is the running pnpm; otherwise fetch the same major through npx.
  const execPath = process.env.npm_execpath ?? ''
  const viaPnpm = /pnpm/.test(path.basename(execPath))
  const [command, prefix] = viaPnpm
    ? [process.execPath, [execPath]]
    : [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['-y', 'pnpm@10']]
  const args = ['--filter', '@cxmap/client', 'build']
  return step('build client', command, [...prefix, ...args], { label: `pnpm ${args.join(' ')}` })
}

async function runPlaywright(workDir, passThrough, canRun) {
  const name = 'e2e (playwright)'
  if (!canRun) {
    record({ name, passed: 0, failed: 1, skipped: 0, ms: 0, note: 'not run: the client build failed' })
    return
  }
  const outputFile = path.join(workDir, 'playwright.json')
  const args = ['test', ...passThrough]
  header(name, `playwright ${args.join(' ')}`)
  const started = Date.now()
  const code = await run(bin('e2e', 'playwright'), args, {
    cwd: path.join(root, 'e2e'),
    env: { CXMAP_E2E_JSON: outputFile },
  })
  const report = readJson(outputFile)
  const result = { name, passed: 0, failed: 0, skipped: 0, ms: Date.now() - started, failures: [] }
  if (report) collectPlaywrightFailures(report.suites ?? [], result.failures)
  for (const error of report?.errors ?? []) result.failures.push(failure('e2e', '(outside tests)', error.message))
  if (report?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats
    Object.assign(result, { passed: expected + flaky, failed: unexpected, skipped })
    if (flaky) result.note = `${flaky} flaky (passed on retry; see e2e/artifacts/flaky.json)`
    if (report.errors?.length && unexpected === 0) {
      result.failed += report.errors.length
      result.note = `${report.errors.length} error(s) outside tests (global setup, config or a worker)`
    }
  }
  if (code !== 0 && result.failed === 0) {
    result.failed = 1
    result.note = `playwright exited ${code}`
  }
  record(result)
}

async function main() {
  const { only, passThrough } = parseArgs(process.argv.slice(2))
  if (passThrough.length && only.has('unit') && only.has('e2e')) {
    usage('arguments after -- need --only unit or --only e2e')
  }
  const workDir = path.join(tmpdir(), `cxmap-test-${process.pid}`)
  mkdirSync(workDir, { recursive: true })
  const startedAt = Date.now()

  if (only.has('lint')) {
    await step('lint: eslint', bin('.', 'eslint'), ['.'])
    await step('lint: prettier', bin('.', 'prettier'), ['--check', '.'])
  }
  if (only.has('types')) {
    for (const project of ['shared', 'server', 'client', 'client/bench', 'e2e']) {
      await step(`types: ${project}`, bin('.', 'tsc'), ['-p', project])
    }
  }
  if (only.has('unit')) await runVitest(workDir, passThrough)
  if (only.has('e2e')) {
    const built = await buildClient()
    await runPlaywright(workDir, passThrough, built && existsSync(path.join(root, 'client', 'dist', 'index.html')))
  }
  rmSync(workDir, { recursive: true, force: true })

  const total = results.reduce(
    (sum, result) => ({
      passed: sum.passed + result.passed,
      failed: sum.failed + result.failed,
      skipped: sum.skipped + result.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  )
  // The names of what failed go just above the summary, so a log cut to its tail still says which tests they were.
  const failures = results.flatMap((result) => result.failures ?? [])
  if (failures.length) {
    console.log(`\n${paint('1;31', 'Failed')}`)
    for (const entry of failures.slice(0, 40)) console.log(`  ${entry}`)
    if (failures.length > 40) console.log(`  … and ${failures.length - 40} more`)
  }
  console.log(`\n${paint('1', 'Summary')} (${seconds(Date.now() - startedAt)} in all)`)
  const width = Math.max(...results.map((result) => result.name.length))
  for (const result of results) {
    const mark = result.failed > 0 ? paint('31', 'FAIL') : paint('32', 'ok  ')
    const note = result.note ? `  ${result.note}` : ''
    console.log(
      `  ${mark} ${result.name.padEnd(width)}  ${describeCounts(result).padEnd(34)} ${seconds(result.ms)}${note}`,
    )
  }
  const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
  // .ci/run prints this line again as its very last one (pnpm may print after us when the script fails).
  if (process.env.CXMAP_TEST_SUMMARY_FILE) writeFileSync(process.env.CXMAP_TEST_SUMMARY_FILE, `${line}\n`)
  console.log(line)
  process.exitCode = total.failed > 0 ? 1 : 0
}

await main()
