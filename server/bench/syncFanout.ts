import { setTimeout as delay } from 'node:timers/promises'
import { connectBenchClient, quantile, type BenchClient } from './syncClients.ts'
import { startServerProcess } from './serverProcess.ts'

/** One fan-out scenario: `boards` boards with `editorsPerBoard` editors, each editing `editsPerSecond` times. */
export interface FanoutScenario {
  name: string
  boards: number
  editorsPerBoard: number
  editsPerSecond: number
  durationMs: number
}

/** Figures of one scenario run. */
export interface FanoutResult {
  scenario: string
  edits: number
  deliveries: number
  lost: number
  p50Ms: number
  p99Ms: number
  serverCpuMsPerDelivery: number
}

const DRAIN_DEADLINE_MS = 10_000

/** Runs one scenario against a fresh server process and reports latency, CPU per delivered edit and losses. */
export async function runFanout(scenario: FanoutScenario): Promise<FanoutResult> {
  const server = await startServerProcess()
  const wsUrl = server.url.replace(/^http/, 'ws')
  const clients: BenchClient[][] = []
  try {
    for (let b = 0; b < scenario.boards; b++) {
      const board = await createBoard(server.url, `bench ${b}`)
      const editors = await Promise.all(
        Array.from({ length: scenario.editorsPerBoard }, (_, i) =>
          connectBenchClient(wsUrl, board.id, board.token, `b${b}e${i}`),
        ),
      )
      clients.push(editors)
    }
    const cpuBefore = server.readCpuMs()
    const edits = await driveEdits(clients.flat(), scenario)
    const expected = edits * (scenario.editorsPerBoard - 1)
    const all = clients.flat()
    const deadline = Date.now() + DRAIN_DEADLINE_MS
    while (sumReceived(all) < expected && Date.now() < deadline) await delay(20)
    const deliveries = sumReceived(all)
    const latencies = all.flatMap((c) => c.latenciesMs)
    return {
      scenario: scenario.name,
      edits,
      deliveries,
      lost: expected - deliveries,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      serverCpuMsPerDelivery: (server.readCpuMs() - cpuBefore) / Math.max(1, deliveries),
    }
  } finally {
    for (const client of clients.flat()) client.destroy()
    await server.stop()
  }
}

async function driveEdits(clients: BenchClient[], scenario: FanoutScenario): Promise<number> {
  const intervalMs = 1000 / scenario.editsPerSecond
  const rounds = Math.round(scenario.durationMs / intervalMs)
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

function sumReceived(clients: BenchClient[]): number {
  return clients.reduce((sum, c) => sum + c.received, 0)
}

async function createBoard(baseUrl: string, title: string): Promise<{ id: string; token: string }> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201) throw new Error(`create board failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { id: string; tokens: { editor: string } }
  return { id: body.id, token: body.tokens.editor }
}
