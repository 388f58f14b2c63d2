import { setTimeout as delay } from 'node:timers/promises'
import {
  connectBenchClient,
  connectHocuspocusClient,
  connectReferenceClient,
  quantile,
  type BenchClient,
} from './syncClients.ts'
import { startPeerProcess, startServerProcess, type ServerProcess } from './serverProcess.ts'

/** One fan-out scenario: `boards` boards with `editorsPerBoard` editors, each editing `editsPerSecond` times. */
export interface FanoutScenario {
  name: string
  boards: number
  editorsPerBoard: number
  editsPerSecond: number
  durationMs: number
  /** The same edit stream before the window, not measured, until the servers' hot paths are compiled. */
  warmupMs: number
}

/** A server under test: how to start it, open a room on it, and connect a client to a room. */
export interface FanoutTarget {
  /** Which server, e.g. `ours`, `ours (A/A)`, `reference`, `hocuspocus`. */
  server: string
  /** What runs: package and settings, for the report. */
  description: string
  start(): Promise<ServerProcess>
  /** Opens room `index` on the server; ours creates a board over HTTP and hands out its editor token. */
  openRoom(server: ServerProcess, index: number): Promise<{ room: string; token: string }>
  connect(wsUrl: string, room: string, token: string, id: string): Promise<BenchClient>
}

/** Our server: auth and append-before-relay storage on, one board created over HTTP per room. */
export const oursTarget = (server = 'ours'): FanoutTarget => ({
  server,
  description:
    'CX Map server, compiled (auth, update gate, limits, append-before-relay SQLite storage), y-websocket 3 clients',
  start: () => startServerProcess(),
  openRoom: async (running, index) => {
    const board = await createBoard(running.url, `bench ${index}`)
    return { room: board.id, token: board.token }
  },
  connect: connectBenchClient,
})

/** The bare reference y-websocket server (@y/websocket-server): no auth, no persistence, any room name. */
export const referenceTarget = (server = 'reference'): FanoutTarget => ({
  server,
  description: '@y/websocket-server setupWSConnection on ws 8, no auth, no persistence, y-websocket 3 clients',
  start: () => startPeerProcess('reference'),
  openRoom: async (_running, index) => ({ room: `bench-${index}`, token: '' }),
  connect: (wsUrl, room, _token, id) => connectReferenceClient(wsUrl, room, id),
})

/** Bare Hocuspocus: no extensions, in memory, any room name, its own provider as the client. */
export const hocuspocusTarget = (server = 'hocuspocus'): FanoutTarget => ({
  server,
  description: '@hocuspocus/server, no extensions, in memory, @hocuspocus/provider clients',
  start: () => startPeerProcess('hocuspocus'),
  openRoom: async (_running, index) => ({ room: `bench-${index}`, token: '' }),
  connect: (wsUrl, room, _token, id) => connectHocuspocusClient(wsUrl, room, id),
})

/** Figures of one scenario run. */
export interface FanoutResult {
  scenario: string
  server: string
  description: string
  edits: number
  deliveries: number
  lost: number
  p50Ms: number
  p99Ms: number
  serverCpuMsPerDelivery: number
  /** CPU of the benchmark process (all clients) per delivery: shows when the client side, not the server, saturates. */
  clientCpuMsPerDelivery: number
  /** Length of the measured window: edits plus the drain of their deliveries. */
  windowMs: number
  /** Length of the unmeasured warm-up before it. */
  warmupMs: number
  /** The server process's peak resident set size over its whole run (start, warm-up, window), in bytes. */
  peakRssBytes: number
}

const DRAIN_DEADLINE_MS = 10_000
const SETTLE_MS = 1000

/** Runs one scenario against a fresh server process and reports latency, CPU per delivered edit and losses. */
export async function runFanout(scenario: FanoutScenario, target: FanoutTarget = oursTarget()): Promise<FanoutResult> {
  const server = await target.start()
  const wsUrl = server.url.replace(/^http/, 'ws')
  const clients: BenchClient[][] = []
  try {
    for (let b = 0; b < scenario.boards; b++) {
      const { room, token } = await target.openRoom(server, b)
      const editors = await Promise.all(
        Array.from({ length: scenario.editorsPerBoard }, (_, i) => target.connect(wsUrl, room, token, `b${b}e${i}`)),
      )
      clients.push(editors)
    }
    const all = clients.flat()
    // Warm-up, not measured: the same edit stream for warmupMs, so every server (and the clients) has its hot paths
    // compiled before the window opens. Its deliveries are awaited, then the counters are reset.
    const warmupEdits = await driveEdits(all, scenario.editsPerSecond, scenario.warmupMs)
    const warmupExpected = warmupEdits * (scenario.editorsPerBoard - 1)
    await drain(all, warmupExpected)
    const warmupLost = warmupExpected - sumReceived(all)
    for (const client of all) {
      client.received = 0
      client.latenciesMs = []
    }
    // Let connection handshakes and the warm-up's tail (our appends, awareness) finish before the CPU window opens.
    await delay(SETTLE_MS)
    const cpuBefore = server.readCpuMs()
    const clientCpuBefore = process.cpuUsage()
    const windowStart = performance.now()
    const edits = await driveEdits(all, scenario.editsPerSecond, scenario.durationMs)
    const expected = edits * (scenario.editorsPerBoard - 1)
    await drain(all, expected)
    const deliveries = sumReceived(all)
    const clientCpu = process.cpuUsage(clientCpuBefore)
    const latencies = all.flatMap((c) => c.latenciesMs)
    return {
      scenario: scenario.name,
      server: target.server,
      description: target.description,
      edits,
      deliveries,
      lost: expected - deliveries + warmupLost,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      serverCpuMsPerDelivery: (server.readCpuMs() - cpuBefore) / Math.max(1, deliveries),
      clientCpuMsPerDelivery: (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, deliveries),
      windowMs: performance.now() - windowStart,
      warmupMs: scenario.warmupMs,
      peakRssBytes: server.readPeakRssBytes(),
    }
  } finally {
    for (const client of clients.flat()) client.destroy()
    await server.stop()
  }
}

/** Every client edits `editsPerSecond` times a second for `durationMs`; returns the number of edits sent. */
async function driveEdits(clients: BenchClient[], editsPerSecond: number, durationMs: number): Promise<number> {
  const intervalMs = 1000 / editsPerSecond
  const rounds = Math.max(1, Math.round(durationMs / intervalMs))
  let edits = 0
  const start = performance.now()
  for (let round = 0; round < rounds; round++) {
    // Spread each round's edits over the interval so the server sees a steady stream, not bursts.
    for (let i = 0; i < clients.length; i++) {
      const due = start + round * intervalMs + (i / clients.length) * intervalMs
      const wait = due - performance.now()
      if (wait > 1) await delay(wait)
      clients[i]?.edit()
      edits += 1
    }
  }
  return edits
}

/** Waits until `expected` deliveries have arrived, or DRAIN_DEADLINE_MS has passed. */
async function drain(clients: BenchClient[], expected: number): Promise<void> {
  const deadline = Date.now() + DRAIN_DEADLINE_MS
  while (sumReceived(clients) < expected && Date.now() < deadline) await delay(20)
}

function sumReceived(clients: BenchClient[]): number {
  return clients.reduce((sum, c) => sum + c.received, 0)
}

/** Creates a board on our server over HTTP; returns its id and editor token. */
export async function createBoard(baseUrl: string, title: string): Promise<{ id: string; token: string }> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201) throw new Error(`create board failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { id: string; tokens: { editor: string } }
  return { id: body.id, token: body.tokens.editor }
}
