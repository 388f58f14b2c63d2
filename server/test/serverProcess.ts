import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url))

/** The real server (`src/main.ts`) running as a child process. */
export interface ServerProcess {
  child: ChildProcess
  port: number
  httpUrl: string
  syncUrl: string
  /** Everything the process printed so far. */
  output: () => string
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<number | NodeJS.Signals | null>
}

/** What node runs, and where: by default the TypeScript source through tsx's loader. */
export interface ServerCommand {
  args: string[]
  cwd: string
  /** A command that runs node in its place (`exec`, so signals still reach the server): `['prlimit', '--nofile=128']`. */
  wrapper?: string[]
}

export const TYPESCRIPT_SOURCE: ServerCommand = { args: ['--import', 'tsx', 'src/main.ts'], cwd: SERVER_DIR }

/**
 * Starts `src/main.ts` with PORT=0 and reads the actual port from its `listening` log line. Runs node with tsx's loader
 * directly (not the `tsx` CLI, which would put a second process in between) so that a signal reaches the server itself.
 */
export function spawnServer(
  env: Record<string, string>,
  timeoutMs = 20_000,
  command: ServerCommand = TYPESCRIPT_SOURCE,
): Promise<ServerProcess> {
  const [file, ...args] = [...(command.wrapper ?? []), process.execPath, ...command.args]
  const child = spawn(file!, args, {
    cwd: command.cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not log "listening" within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    void exited.then((how) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${how}) before listening:\n${output}`))
    })
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`
      const entry = parseJson(line)
      if (entry?.msg !== 'listening' || typeof entry.port !== 'number') return
      clearTimeout(timer)
      const port = entry.port
      resolve({
        child,
        port,
        httpUrl: `http://127.0.0.1:${port}`,
        syncUrl: `ws://127.0.0.1:${port}/sync`,
        output: () => output,
        exited,
      })
    })
  })
}

function parseJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return null
  }
}
