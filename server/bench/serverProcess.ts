import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A real CX Map server in a child process on a random port and a temporary data dir. */
export interface ServerProcess {
  url: string
  pid: number
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  readCpuMs(): number
  /** The process's peak resident set size so far (VmHWM), in bytes. */
  readPeakRssBytes(): number
  stop(): Promise<void>
}

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url))
const CLOCK_TICKS_PER_SECOND = 100

/** The compiled server (`pnpm build`), what production runs; scripts/bench.mjs builds it when it is stale. */
const COMPILED_SERVER = 'dist/main.js'

/**
 * Starts the compiled server (`dist/main.js`, no TypeScript loader) with PORT=0 and resolves once it logs the port
 * it listens on.
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(join(SERVER_DIR, COMPILED_SERVER)))
    throw new Error(`server/${COMPILED_SERVER} is missing: pnpm build`)
  const dataDir = mkdtempSync(join(tmpdir(), 'cxmap-bench-'))
  // BENCH_OURS_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles our server only, never the peers.
  const nodeArgs = (process.env.BENCH_OURS_NODE_ARGS ?? '').split(' ').filter(Boolean)
  // Every board and client of a scenario comes from one loopback address: lift the per-address limits on creations
  // and connections (the others — update gate, sizes, bytes per second, buffered bytes — keep their defaults).
  const perAddress = {
    BOARD_CREATES_PER_HOUR: '100000',
    MAX_CONNECTIONS_PER_ADDRESS: '100000',
    SYNC_CONNECTS_PER_MINUTE: '100000',
  }
  const settings = { DATA_DIR: dataDir, LOG_LEVEL: 'info', ...perAddress, ...env }
  const server = await startNodeProcess(COMPILED_SERVER, settings, nodeArgs)
  return {
    ...server,
    stop: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The bare peers our server is compared against; each script lives in `bench/peers/`. */
export type PeerServer = 'reference' | 'hocuspocus'

const PEER_SCRIPTS: Record<PeerServer, string> = {
  reference: 'bench/peers/yWebsocketServer.ts',
  hocuspocus: 'bench/peers/hocuspocusServer.ts',
}

/** Starts a peer server in its own child process, exactly as ours is started, so its CPU is read the same way. */
export function startPeerProcess(peer: PeerServer): Promise<ServerProcess> {
  // BENCH_PEERS_NODE_ARGS does for the peers what BENCH_OURS_NODE_ARGS does for ours (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.BENCH_PEERS_NODE_ARGS ?? '').split(' ').filter(Boolean)
  return startNodeProcess(PEER_SCRIPTS[peer], {}, nodeArgs)
}

/**
 * Runs `script` (relative to server/; TypeScript under tsx) with PORT=0 and resolves once it logs a JSON "listening"
 * line.
 */
async function startNodeProcess(
  script: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : []
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await readListeningPort(child)
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    readCpuMs: () => readProcessCpuMs(child.pid ?? 0),
    readPeakRssBytes: () => readPeakRssBytes(child.pid ?? 0),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

function readListeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = ''
    const handleData = (chunk: Buffer) => {
      buffered += chunk.toString()
      for (const line of buffered.split('\n')) {
        const port = parsePort(line)
        if (port !== null) {
          child.stdout?.off('data', handleData)
          child.stdout?.resume()
          resolve(port)
          return
        }
      }
    }
    child.stdout?.on('data', handleData)
    child.once('exit', (code) => reject(new Error(`server exited with code ${code} before listening`)))
  })
}

function parsePort(line: string): number | null {
  if (!line.includes('"listening"')) return null
  try {
    const parsed = JSON.parse(line) as { port?: unknown }
    return typeof parsed.port === 'number' ? parsed.port : null
  } catch {
    return null
  }
}

function readProcessCpuMs(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat are utime and stime in clock ticks; the command name (field 2) may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}

function readPeakRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]
  return kib === undefined ? Number.NaN : Number(kib) * 1024
}
