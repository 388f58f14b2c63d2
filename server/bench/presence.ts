import { setTimeout as delay } from 'node:timers/promises'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { startPeerProcess, startServerProcess, type ServerProcess } from './serverProcess.ts'
import { createBoard } from './syncFanout.ts'

/** Cursor traffic of one board: `clients` raw y-websocket providers, each publishing a cursor `hz` times a second. */
export interface PresenceScenario {
  clients: number
  hz: number
  durationMs: number
}

/** Figures of one presence run. */
export interface PresenceResult {
  server: string
  clients: number
  hz: number
  seconds: number
  disconnects: number
  /** Messages the clients received per second, all together (= what the server sent). */
  messagesOutPerSecond: number
  serverCpuMsPerSecond: number
  clientCpuMsPerSecond: number
  /** Worst distance, in publishing frames, between a cursor and what another client saw of it (sampled each second). */
  worstLagFrames: number
}

/** A client that has not synced by then fails the run instead of hanging it. */
const CONNECT_TIMEOUT_MS = 20_000

interface PresenceClient {
  provider: WebsocketProvider
  received: number
  disconnects: number
}

function connectClient(wsUrl: string, room: string, params: Record<string, string>): Promise<PresenceClient> {
  const provider = new WebsocketProvider(wsUrl, room, new Y.Doc(), {
    params,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const client: PresenceClient = { provider, received: 0, disconnects: 0 }
  provider.on('status', ({ status }) => {
    if (status === 'connected') provider.ws?.addEventListener('message', () => (client.received += 1))
  })
  provider.on('connection-close', () => (client.disconnects += 1))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.destroy()
      provider.doc.destroy()
      reject(new Error(`presence client did not sync with ${wsUrl}/${room} within ${CONNECT_TIMEOUT_MS} ms`))
    }, CONNECT_TIMEOUT_MS)
    provider.once('sync', () => {
      clearTimeout(timer)
      resolve(client)
    })
  })
}

function seenSeq(observer: PresenceClient, publisher: PresenceClient): number {
  const state = observer.provider.awareness.getStates().get(publisher.provider.doc.clientID) as
    { cursor?: { seq: number } } | undefined
  return state?.cursor?.seq ?? -1
}

/** Runs one presence scenario against ours (a board created over HTTP) or the bare reference server. */
export async function runPresence(scenario: PresenceScenario, server: 'ours' | 'reference'): Promise<PresenceResult> {
  const running: ServerProcess = server === 'ours' ? await startServerProcess() : await startPeerProcess('reference')
  const clients: PresenceClient[] = []
  try {
    const wsUrl = running.url.replace(/^http/, 'ws')
    const board = server === 'ours' ? await createBoard(running.url, 'presence') : { id: 'presence', token: '' }
    const syncUrl = server === 'ours' ? `${wsUrl}/sync` : wsUrl
    const params: Record<string, string> = server === 'ours' ? { token: board.token } : {}
    for (let i = 0; i < scenario.clients; i++) clients.push(await connectClient(syncUrl, board.id, params))
    await delay(500)
    for (const client of clients) client.received = 0
    const cpuBefore = running.readCpuMs()
    const clientCpuBefore = process.cpuUsage()
    const startedAt = performance.now()
    let seq = 0
    let worstLagFrames = 0
    let nextSampleAt = startedAt + 1000
    while (performance.now() - startedAt < scenario.durationMs) {
      seq += 1
      clients.forEach((client, i) =>
        client.provider.awareness.setLocalStateField('cursor', { x: (seq * 7 + i * 13) % 1280, y: i * 20, seq }),
      )
      if (performance.now() >= nextSampleAt) {
        nextSampleAt += 1000
        for (const observer of clients) {
          for (const other of clients) {
            if (other !== observer) worstLagFrames = Math.max(worstLagFrames, seq - seenSeq(observer, other))
          }
        }
      }
      const due = startedAt + (seq * 1000) / scenario.hz
      await delay(Math.max(0, due - performance.now()))
    }
    const seconds = (performance.now() - startedAt) / 1000
    const clientCpu = process.cpuUsage(clientCpuBefore)
    return {
      server,
      clients: scenario.clients,
      hz: scenario.hz,
      seconds,
      disconnects: clients.reduce((sum, c) => sum + c.disconnects, 0),
      messagesOutPerSecond: clients.reduce((sum, c) => sum + c.received, 0) / seconds,
      serverCpuMsPerSecond: (running.readCpuMs() - cpuBefore) / seconds,
      clientCpuMsPerSecond: (clientCpu.user + clientCpu.system) / 1000 / seconds,
      worstLagFrames,
    }
  } finally {
    // The doc's destruction ends its awareness, whose renewal interval would keep the process alive.
    for (const client of clients) {
      client.provider.destroy()
      client.provider.doc.destroy()
    }
    await running.stop()
  }
}
