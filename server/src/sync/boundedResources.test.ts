import type { Socket } from 'node:net'
import { getRecordsMap, readRecordById, writeRecord, RetryCloseCode, type CreateBoardResponse } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createCardRecord, loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectSyncedClient, openRawClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'

const { start, track } = useTestServers()

const MIB = 1024 * 1024

async function readRefused(server: TestServer, code: number): Promise<number> {
  const text = await server.cxmap.metrics.render()
  const match = new RegExp(`cxmap_ws_refused_total\\{code="${code}"\\} (\\d+)`).exec(text)
  return Number(match?.[1] ?? 0)
}

/** A provider over a doc that already holds work done offline (the browser's unsynced edits). */
function connectWithDoc(server: TestServer, board: CreateBoardResponse, doc: Y.Doc): TestClient {
  const provider = new WebsocketProvider(server.syncUrl, board.id, doc, {
    params: { token: board.tokens.editor },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: TestClient['closes'] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return track({ doc, provider, closes, destroy: () => (provider.destroy(), doc.destroy()) })
}

/** Card ids in a doc. */
function countCards(doc: Y.Doc, prefix: string): number {
  return [...getRecordsMap(doc).keys()].filter((id) => id.startsWith(prefix)).length
}

describe('connections per client address (MAX_CONNECTIONS_PER_ADDRESS)', () => {
  it('refuses one more with 1013 after the upgrade, counts it, and frees the slot when one closes', async () => {
    const server = await start({ config: { maxConnectionsPerAddress: 2 } })
    const board = await createBoardVia(server.cxmap)
    const open = () => openRawClient(server.syncUrl, board.id, board.tokens.editor)
    const first = await open()
    const second = await open()
    const third = await open()
    expect(await third.closed).toEqual({
      code: RetryCloseCode.overloaded,
      reason: 'too many connections from this address',
    })
    expect(await readRefused(server, RetryCloseCode.overloaded)).toBe(1)
    await waitFor(() => first.messages.length > 0 && second.messages.length > 0, { message: 'both greeted' })
    first.socket.close()
    await first.closed
    await waitFor(() => server.cxmap.rooms.connectionCount === 1, { message: 'the server saw the close' })
    const fourth = await open()
    await waitFor(() => fourth.messages.length > 0, { message: 'the fourth greeted' })
    expect(await readRefused(server, RetryCloseCode.overloaded)).toBe(1)
  })
})

describe('connections per client address per minute (SYNC_CONNECTS_PER_MINUTE)', () => {
  it('closes one more with 1013 before its token is checked; other addresses still connect', async () => {
    const server = await start({ config: { syncConnectsPerMinute: 3, trustProxy: true } })
    const board = await createBoardVia(server.cxmap)
    const open = (address: string, token = board.tokens.editor) =>
      openRawClient(server.syncUrl, board.id, token, { 'x-forwarded-for': address })
    for (let i = 0; i < 3; i++) {
      const client = await open('203.0.113.7')
      await waitFor(() => client.messages.length > 0, { message: `connection ${i} greeted` })
      client.socket.close()
      await client.closed
    }
    // Over the limit even with a wrong token: refused for the rate, not counted as a failed check.
    const refused = await open('203.0.113.7', 'wrong-token')
    expect(await refused.closed).toEqual({ code: RetryCloseCode.overloaded, reason: 'too many connections per minute' })
    expect(await readRefused(server, RetryCloseCode.overloaded)).toBe(1)
    const other = await open('198.51.100.9')
    await waitFor(() => other.messages.length > 0, { message: 'another address greeted' })
    other.socket.close()
  })
})

describe('slow readers (MAX_BUFFERED_BYTES)', () => {
  it(
    'closes a client that stops reading with 1013 before its buffer grows past the limit; others carry on',
    { timeout: 60_000 },
    async () => {
      const maxBufferedBytes = 256 * 1024
      const server = await start({ config: { maxBufferedBytes, maxBytesPerSecond: 1024 * MIB } })
      const board = await createBoardVia(server.cxmap)
      const slow = await openRawClient(server.syncUrl, board.id, board.tokens.viewer)
      const slowSocket = (slow.socket as unknown as { _socket: Socket })._socket
      slowSocket.pause()
      try {
        // What waits for the slow reader is bounded by the limit plus the message that crossed it.
        expect(await floodUntilRefused(server, board)).toBeLessThan(maxBufferedBytes + 2 * FLOOD_TEXT_BYTES)
      } finally {
        slowSocket.resume()
      }
      expect((await slow.closed).code).toBe(RetryCloseCode.overloaded)
    },
  )
})

const FLOOD_TEXT_BYTES = 90_000

/**
 * Rewrites one card with 90 KB of text (under the gate's string limit) until the server refuses a connection with
 * 1013, each write seen by a reading viewer; returns the largest amount any server socket had waiting. The writer and
 * the reader are never closed.
 */
async function floodUntilRefused(server: TestServer, board: CreateBoardResponse): Promise<number> {
  const writer = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
  const reader = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
  const text = 'x'.repeat(FLOOD_TEXT_BYTES)
  let largestBuffered = 0
  for (let i = 0; (await readRefused(server, RetryCloseCode.overloaded)) === 0; i++) {
    if (i === 400) throw new Error('the slow reader was never closed')
    writeRecord(getRecordsMap(writer.doc), createCardRecord('shape:flood', `${i} ${text}`))
    await waitFor(() => readCardText(reader.doc).startsWith(`${i} `))
    for (const socket of server.cxmap.websocketServer.clients)
      largestBuffered = Math.max(largestBuffered, socket.bufferedAmount)
  }
  expect(writer.closes).toEqual([])
  expect(reader.closes).toEqual([])
  return largestBuffered
}

function readCardText(doc: Y.Doc): string {
  const props = readRecordById(getRecordsMap(doc), 'shape:flood')?.props as { text?: unknown } | undefined
  return typeof props?.text === 'string' ? props.text : ''
}

describe('large catch-ups and sync replies (no 8 MB cliff)', () => {
  it(
    'syncs 20 MB of offline work at once and sends the 20 MB board to a new client',
    { timeout: 120_000 },
    async () => {
      const server = await start({ config: { maxDocBytes: 24 * MIB } })
      const board = await createBoardVia(server.cxmap)
      const offline = new Y.Doc()
      const records = getRecordsMap(offline)
      offline.transact(() => {
        for (let i = 0; i < 2000; i++)
          writeRecord(records, createCardRecord(`shape:offline${i}`, `${i} `.padEnd(10_000, 'o')))
      })
      expect(Y.encodeStateAsUpdate(offline).byteLength).toBeGreaterThan(20_000_000)
      const client = connectWithDoc(server, board, offline)
      await waitFor(
        async () => countCards(await loadStoredBoardDoc(server.store, board.id), 'shape:offline') === 2000,
        {
          timeoutMs: 60_000,
          message: 'the offline work stored',
        },
      )
      const fresh = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
      await waitFor(() => countCards(fresh.doc, 'shape:offline') === 2000, {
        timeoutMs: 60_000,
        message: 'the new client',
      })
      expect(client.closes).toEqual([])
      expect(fresh.closes).toEqual([])
    },
  )
})
