import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import {
  JOURNEY_CARD_TYPE,
  createCardProps,
  createShapeRecord,
  getRecordsMap,
  readRecordById,
  writeRecord,
  type DocRecord,
} from '@cxmap/shared'
import * as Y from 'yjs'

/**
 * The edit every client sends, the same for every server: a move of its own journey card, with the send time in the
 * card's meta (what our server's update gate accepts, and as large as a real card move).
 */
function createBenchCard(id: string): DocRecord {
  const props = createCardProps('barrier', { text: `bench ${id}` })
  return createShapeRecord({ id: `bench-${id}`, type: JOURNEY_CARD_TYPE, x: 0, y: 0, index: 'a1', props })
}

/**
 * When each edit was sent, by record id and edit number (the card's `x`): every client runs in this process, so a
 * receiver that gets several edits of one card merged into one update (our server relays a busy board's edits once per
 * window) counts each of them, with its own latency, instead of only the last.
 */
const sentAtByRecord = new Map<string, number[]>()

/** The edit number a received card carries (its `x`), or null when it is not a bench card. */
function readEditNumber(record: DocRecord | null): number | null {
  const x = (record as { x?: unknown } | null)?.x
  return typeof x === 'number' && Number.isInteger(x) ? x : null
}

/** One benchmark client: a Y.Doc synced through a real provider, recording latencies of others' edits. */
export interface BenchClient {
  id: string
  edit(): void
  received: number
  latenciesMs: number[]
  destroy(): void
}

/** What a benchmark client needs of its provider: when it has synced, and how to close it. */
interface SyncedProvider {
  whenSynced: Promise<void>
  destroy(): void
}

/** Connects a client to our server at `wsUrl/sync/boardId` (with its token) and resolves once it has synced. */
export function connectBenchClient(wsUrl: string, boardId: string, token: string, id: string): Promise<BenchClient> {
  return connectWith(id, (doc) => connectYWebsocket(`${wsUrl}/sync`, boardId, { token }, doc))
}

/** Connects a y-websocket client to the bare reference server at `wsUrl/room` (no token). */
export function connectReferenceClient(wsUrl: string, room: string, id: string): Promise<BenchClient> {
  return connectWith(id, (doc) => connectYWebsocket(wsUrl, room, {}, doc))
}

/** Connects a Hocuspocus client (its own protocol variant, one WebSocket per client) to a bare Hocuspocus server. */
export function connectHocuspocusClient(wsUrl: string, room: string, id: string): Promise<BenchClient> {
  return connectWith(id, (doc) => {
    let resolveSynced: () => void = () => {}
    const whenSynced = new Promise<void>((resolve) => (resolveSynced = resolve))
    const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      onSynced: () => resolveSynced(),
    })
    // A socket passed in is not managed by the provider: attach the provider to it, and close it ourselves.
    provider.attach()
    return {
      whenSynced,
      destroy: () => {
        provider.destroy()
        socket.destroy()
      },
    }
  })
}

function connectYWebsocket(
  serverUrl: string,
  room: string,
  params: Record<string, string>,
  doc: Y.Doc,
): SyncedProvider {
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const whenSynced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })
  return { whenSynced, destroy: () => provider.destroy() }
}

/** Builds the benchmark client around a provider, identically for every server. */
async function connectWith(id: string, connect: (doc: Y.Doc) => SyncedProvider): Promise<BenchClient> {
  const doc = new Y.Doc()
  const provider = connect(doc)
  const records = getRecordsMap(doc)
  let card: DocRecord | null = null
  let seq = 0
  const client: BenchClient = {
    id,
    received: 0,
    latenciesMs: [],
    edit: () => {
      const sentAt = performance.now()
      const next = { ...(card ?? createBenchCard(id)), x: ++seq, meta: { sentAt } }
      sentTimes[seq] = sentAt
      writeRecord(records, next, card ?? undefined)
      card = next
    },
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  const ownId = createBenchCard(id).id
  const sentTimes: number[] = []
  sentAtByRecord.set(ownId, sentTimes)
  /** The last edit number seen of each other client's card. */
  const seen = new Map<string, number>()
  records.observeDeep((events, transaction) => {
    if (transaction.local) return
    const now = performance.now()
    const changed = new Set<string>()
    for (const event of events) {
      if (event.target === records) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) changed.add(key)
      else if (event.target._item?.parentSub) changed.add(event.target._item.parentSub)
    }
    changed.delete(ownId)
    for (const recordId of changed) {
      const edit = readEditNumber(readRecordById(records, recordId))
      const sent = sentAtByRecord.get(recordId)
      if (edit === null || !sent) continue
      for (let n = (seen.get(recordId) ?? 0) + 1; n <= edit; n++) {
        client.received += 1
        client.latenciesMs.push(now - (sent[n] ?? now))
      }
      seen.set(recordId, Math.max(edit, seen.get(recordId) ?? 0))
    }
  })
  await provider.whenSynced
  return client
}

/** The q-quantile (0…1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
