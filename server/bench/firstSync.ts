import { generateIndexKeys, getRecordsMap, writeRecord, type RecordLike } from '@cxmap/shared'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { startServerProcess } from './serverProcess.ts'
import { quantile } from './syncClients.ts'

/** Figures of loading a large board into a fresh room and syncing it to a new client. */
export interface FirstSyncResult {
  cards: number
  docBytes: number
  /** The first load of the board in this server process (cold code paths). */
  firstSyncMs: number
  /** Median over {@link SYNC_ROUNDS} rounds, the room unloaded before each. */
  medianSyncMs: number
}

const SYNC_ROUNDS = 7

/** Writes `cards` note shapes through a client, lets the room unload, then times a new client's connect-to-synced. */
export async function runFirstSync(cards: number): Promise<FirstSyncResult> {
  const server = await startServerProcess({ ROOM_UNLOAD_GRACE_MS: '0' })
  try {
    const { id, token } = await createBoard(server.url)
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/sync`
    const writer = await connect(wsUrl, id, token)
    writer.doc.transact(() => {
      const map = getRecordsMap(writer.doc)
      const indexes = generateIndexKeys(cards)
      for (let i = 0; i < cards; i++) writeRecord(map, makeNote(i, indexes[i]!))
    })
    const docBytes = Y.encodeStateAsUpdate(writer.doc).byteLength
    await waitForServerToStore(writer.provider)
    writer.destroy()
    const timesMs: number[] = []
    for (let round = 0; round < SYNC_ROUNDS; round++) {
      await waitForUnload(server.url)
      const start = performance.now()
      const reader = await connect(wsUrl, id, token)
      timesMs.push(performance.now() - start)
      // Count only the bench's notes: a new board may come with records of its own (its page, for one).
      const received = [...getRecordsMap(reader.doc).keys()].filter((key) => key.startsWith('shape:bench')).length
      reader.destroy()
      if (received !== cards) throw new Error(`first sync delivered ${received} of ${cards} records`)
    }
    return { cards, docBytes, firstSyncMs: timesMs[0] ?? Number.NaN, medianSyncMs: quantile(timesMs, 0.5) }
  } finally {
    await server.stop()
  }
}

interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

async function connect(wsUrl: string, boardId: string, token: string): Promise<Client> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider, destroy: () => (provider.destroy(), doc.destroy()) }
}

// The server relays nothing back to the writer, so a second sync round trip (step 1 → step 2) proves the writer's
// update was received: the server answers it only after the appends queued before it are stored.
async function waitForServerToStore(provider: WebsocketProvider): Promise<void> {
  provider.disconnect()
  await new Promise<void>((resolve) => {
    provider.once('sync', () => resolve())
    provider.connect()
  })
}

async function waitForUnload(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text()
    if (/^cxmap_rooms 0$/m.test(metrics)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('room did not unload')
}

async function createBoard(baseUrl: string): Promise<{ id: string; token: string }> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'first sync bench' }),
  })
  const body = (await response.json()) as { id: string; tokens: { editor: string } }
  return { id: body.id, token: body.tokens.editor }
}

/** A complete tldraw 5.4.2 note (the server's update gate validates every record it stores). */
function makeNote(i: number, index: string): RecordLike {
  const note = {
    id: `shape:bench${i}`,
    typeName: 'shape',
    type: 'note',
    x: (i % 50) * 220,
    y: Math.floor(i / 50) * 220,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      fontSizeAdjustment: null,
      textLastEditedBy: null,
      url: '',
      scale: 1,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Карточка ${i}` }] }] },
    },
  }
  return note
}
