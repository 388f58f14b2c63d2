#!/usr/bin/env node
// `pnpm start`: builds what is missing or stale (scripts/build.mjs --if-stale), then runs the compiled server,
// `node server/dist/main.js`, in the foreground. SIGINT/SIGTERM/SIGHUP reach the server, and its exit code is ours.
//
//   node scripts/start.mjs            the server (client + server built when needed)
//   node scripts/start.mjs --cli ...  the CLI, `node server/dist/cli.js ...` (only the server is built when needed),
//                                     run in the directory pnpm was started from

import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP']

/** Runs a Node script in the foreground with inherited stdio; resolves to its exit code (128 + n for signal n). */
function runNode(args, cwd = root) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit' })
    const forward = (signal) => child.kill(signal)
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
    child.on('error', (error) => {
      console.error(`cannot run node ${args.join(' ')}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward)
      resolve(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1))
    })
  })
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2)
  const isCli = mode === '--cli'
  const built = await runNode(['scripts/build.mjs', '--if-stale', ...(isCli ? ['server'] : [])])
  if (built !== 0) return built
  // Source maps: stack traces in the logs name the TypeScript files and lines.
  if (!isCli) return runNode(['--enable-source-maps', 'server/dist/main.js', ...process.argv.slice(2)])
  // The CLI runs where pnpm was started (INIT_CWD), so the file names it is given are read from there.
  const cli = path.join(root, 'server/dist/cli.js')
  return runNode(['--enable-source-maps', cli, ...rest], process.env.INIT_CWD || process.cwd())
}

process.exitCode = await main()
