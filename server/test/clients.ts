import type { DocKind } from '@cxmap/shared'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { waitFor } from './waitFor.ts'

/** A y-websocket client as the browser runs it, in this process. */
export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Close events the provider saw. */
  closes: { code: number; reason: string }[]
  destroy: () => void
}

/** Connects a real `WebsocketProvider` (no BroadcastChannel: providers in one process would sync through it). */
export function connectClient(
  syncUrl: string,
  boardId: string,
  token: string | null,
  kind: DocKind = 'board',
): TestClient {
  const doc = new Y.Doc()
  const room = kind === 'control' ? `${boardId}/control` : boardId
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    params: token === null ? {} : { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: TestClient['closes'] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Connects and waits for the first sync with the server. */
export async function connectSyncedClient(
  syncUrl: string,
  boardId: string,
  token: string,
  kind: DocKind = 'board',
): Promise<TestClient> {
  const client = connectClient(syncUrl, boardId, token, kind)
  await waitFor(() => client.provider.synced, { message: 'provider synced' })
  return client
}

/** A raw WebSocket to the sync endpoint, recording what it receives and how it closes. */
export interface RawClient {
  socket: WebSocket
  messages: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
}

/** Opens a raw WebSocket (with `headers` on its upgrade request, e.g. a proxy's) and waits until it is open. */
export async function openRawClient(
  syncUrl: string,
  boardId: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<RawClient> {
  const socket = new WebSocket(`${syncUrl}/${boardId}?token=${encodeURIComponent(token)}`, { headers })
  const messages: Uint8Array[] = []
  socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return { socket, messages, closed }
}
