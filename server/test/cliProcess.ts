import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url))

/** How a CLI run ended. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `src/cli/main.ts` as `pnpm cxmap` does, in the server package (where `--import tsx` resolves), with `env` added
 * to the test's environment; give it absolute paths.
 */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${SERVER_DIR}/src/cli/main.ts`, ...args], {
    cwd: SERVER_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
