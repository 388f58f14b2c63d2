import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { paths } from './paths.ts'

/** A running instance of the real CX Map server, on its own port and its own fresh data directory. */
export interface AppServer {
  /** Origin the server answers on, e.g. `http://127.0.0.1:41234`. */
  url: string
  port: number
  dataDir: string
  /** File that receives the server's stdout and stderr. */
  logFile: string
  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and deletes its data directory. */
  stop(): Promise<void>
}

const STARTUP_TIMEOUT_MS = 90_000
const STOP_GRACE_MS = 10_000

/** Reads the pino line `{"msg":"listening",...,"port":N}`; `null` for any other line. */
export function parseListeningLine(line: string): { port: number; host?: string } | null {
  if (!line.startsWith('{')) return null
  try {
    const entry = JSON.parse(line) as { msg?: unknown; port?: unknown; host?: unknown; address?: unknown }
    if (entry.msg !== 'listening' || typeof entry.port !== 'number') return null
    const host =
      typeof entry.host === 'string' ? entry.host : typeof entry.address === 'string' ? entry.address : undefined
    return host === undefined ? { port: entry.port } : { port: entry.port, host }
  } catch {
    return null
  }
}

function buildOrigin(port: number, host: string | undefined): string {
  if (host === 'localhost') return `http://localhost:${port}`
  if (host === '::1') return `http://[::1]:${port}`
  // A wildcard bind (0.0.0.0, ::) or 127.0.0.1 itself: loopback IPv4 reaches it.
  return `http://127.0.0.1:${port}`
}

/**
 * Starts `server/src/main.ts` through tsx's loader in this Node (no `npx`, no extra tsx supervisor process, so the
 * pid we signal is the server itself), with PORT=0 and a fresh DATA_DIR, and resolves once it logs its port.
 */
export async function startAppServer(options: { logFile: string; env?: Record<string, string> }): Promise<AppServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cxmap-e2e-'))
  await mkdir(path.dirname(options.logFile), { recursive: true })
  const log = createWriteStream(options.logFile)
  const tsxLoader = pathToFileURL(createRequire(path.join(paths.serverDir, 'package.json')).resolve('tsx')).href

  // PUBLIC_URL left out: links must be built from the origin the tests use.
  const { PUBLIC_URL: _publicUrl, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', tsxLoader, paths.serverMain], {
    cwd: paths.serverDir,
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // Every spec creates boards and tries wrong links from 127.0.0.1; the server's own tests cover the defaults.
      BOARD_CREATES_PER_HOUR: '100000',
      FAILED_AUTH_PER_MINUTE: '100000',
      SYNC_CONNECTS_PER_MINUTE: '100000',
      EXPORTS_PER_MINUTE: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stderr.pipe(log, { end: false })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? -1 : code)),
  )

  const listening = new Promise<{ port: number; host?: string }>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      log.write(`${line}\n`)
      const found = parseListeningLine(line)
      if (found) resolve(found)
    })
  })

  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`server did not log "listening" within ${STARTUP_TIMEOUT_MS} ms`)),
      STARTUP_TIMEOUT_MS,
    )
  })
  const died = exited.then((code) => {
    throw new Error(`server exited with code ${code} before listening`)
  })
  // Only the startup race below listens to this; once it is decided, a later exit (our own stop) is expected.
  died.catch(() => undefined)

  async function stop(): Promise<void> {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const graceful = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS).unref()),
      ])
      if (!graceful) {
        log.write(`[e2e] server ignored SIGTERM for ${STOP_GRACE_MS} ms; sending SIGKILL\n`)
        child.kill('SIGKILL')
        await exited
      }
    }
    await new Promise<void>((resolve) => log.end(resolve))
    if (!process.env.CXMAP_E2E_KEEP_DATA) await rm(dataDir, { recursive: true, force: true })
  }

  try {
    const { port, host } = await Promise.race([listening, timeout, died])
    return { url: buildOrigin(port, host), port, dataDir, logFile: options.logFile, stop }
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}; see ${options.logFile}`, { cause: error })
  } finally {
    clearTimeout(timer)
  }
}
