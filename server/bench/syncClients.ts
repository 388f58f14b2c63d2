import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** Bench-only top-level name: the edits the fan-out benchmark sends; never used by the app. */
const BENCH_MAP_NAME = 'bench_edits'

interface Edit {
  seq: number
  sentAt: number
}

/** One benchmark client: a Y.Doc synced through a real y-websocket provider, recording latencies of others' edits. */
export interface BenchClient {
  id: string
  edit(): void
  received: number
  latenciesMs: number[]
  destroy(): void
}

/** Connects a client to `wsUrl/sync/boardId` and resolves once it has synced with the server. */
export async function connectBenchClient(
  wsUrl: string,
  boardId: string,
  token: string,
  id: string,
): Promise<BenchClient> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${wsUrl}/sync`, boardId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const edits = doc.getMap<Edit>(BENCH_MAP_NAME)
  let seq = 0
  const client: BenchClient = {
    id,
    received: 0,
    latenciesMs: [],
    edit: () => edits.set(id, { seq: ++seq, sentAt: performance.now() }),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  edits.observe((event) => {
    if (event.transaction.local) return
    const now = performance.now()
    for (const key of event.keysChanged) {
      const value = edits.get(key)
      if (!value || key === id) continue
      client.received += 1
      client.latenciesMs.push(now - value.sentAt)
    }
  })
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })
  return client
}

/** The q-quantile (0…1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
