import {
  buildSyncProtocols,
  CloseCode,
  RetryCloseCode,
  SYNC_SUBPROTOCOL,
  type CreateBoardResponse,
} from '@cxmap/shared'
import * as decoding from 'lib0/decoding'
import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { connectClient, connectSyncedClient, openRawClient, type TestClient } from '../../test/clients.ts'
import { createGatedStore } from '../../test/gatedStore.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { expectNever, waitFor } from '../../test/waitFor.ts'
import { encodeUpdateMessage } from './messages.ts'
import { MERGE_FROM_CONNECTIONS } from './UpdateWindow.ts'

/** Between two edits of a stream: well inside the test's 200 ms window, well above a commit on loopback. */
const EDIT_SPACING_MS = 3

// Sync mechanics with synthetic docs (`getMap('m')`): the schema gate, tested in sync/gate/, would refuse them.
const { start, stop, track } = useTestServers({ checkUpdates: false })

async function join(server: TestServer, board: CreateBoardResponse, role: keyof CreateBoardResponse['tokens']) {
  return track(await connectSyncedClient(server.syncUrl, board.id, board.tokens[role]))
}

/** Client ids in every awareness message the provider received. */
function recordAwarenessSenders(client: TestClient): number[] {
  const seen: number[] = []
  const handlers = client.provider.messageHandlers
  const original = handlers[1]!
  handlers[1] = (encoder, decoder, provider, emitSynced, type) => {
    const copy = decoding.createDecoder(decoding.readVarUint8Array(decoding.clone(decoder)))
    const count = decoding.readVarUint(copy)
    for (let i = 0; i < count; i++) {
      seen.push(decoding.readVarUint(copy))
      decoding.readVarUint(copy)
      decoding.readVarString(copy)
    }
    original(encoder, decoder, provider, emitSynced, type)
  }
  return seen
}

/** A provider as the app's client opens it: the token in the subprotocols, none in the URL. */
function connectBySubprotocol(syncUrl: string, room: string, protocols: string[]): TestClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    protocols,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: TestClient['closes'] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return { doc, provider, closes, destroy: () => (provider.destroy(), doc.destroy()) }
}

/** Opens a raw socket and returns the subprotocol the server's handshake response selected (`undefined`: none). */
async function readSelectedProtocol(url: string, protocols: string[]): Promise<string | undefined> {
  const socket = new WebSocket(url, protocols)
  let header: string | string[] | undefined
  socket.once('upgrade', (response) => (header = response.headers['sec-websocket-protocol']))
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    expect(socket.protocol).toBe(header ?? '')
    return Array.isArray(header) ? header.join(', ') : header
  } finally {
    socket.close()
  }
}

describe('the token on the socket', () => {
  it('accepts it as a subprotocol and selects cxmap-sync only, never echoing the token', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const token = board.tokens.editor
    const url = `${server.syncUrl}/${board.id}`
    expect(await readSelectedProtocol(url, buildSyncProtocols(token))).toBe(SYNC_SUBPROTOCOL)
    // ws's default would select the first offer: the token.
    expect(await readSelectedProtocol(url, buildSyncProtocols(token).reverse())).toBe(SYNC_SUBPROTOCOL)
    const a = track(connectBySubprotocol(server.syncUrl, board.id, buildSyncProtocols(token)))
    const print = server.cxmap.printTokens.issue(board.id)
    const printed = track(connectBySubprotocol(server.syncUrl, board.id, buildSyncProtocols(print.token)))
    await waitFor(() => a.provider.synced && printed.provider.synced, { message: 'both providers synced' })
    expect(a.provider.ws?.protocol).toBe(SYNC_SUBPROTOCOL)
    a.doc.getMap('m').set('via', 'subprotocol')
    await waitFor(() => printed.doc.getMap('m').get('via') === 'subprotocol')
    expect(a.provider.url).not.toContain(token)
    expect(server.logs()).not.toContain(token)
    expect(server.logs()).not.toContain(print.token)
  })

  it('refuses a wrong token in the subprotocol (4403) and an offer without one (4401)', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const other = await createBoardVia(server.cxmap, 'Other')
    const wrong = track(connectBySubprotocol(server.syncUrl, board.id, buildSyncProtocols(other.tokens.editor)))
    const missing = track(connectBySubprotocol(server.syncUrl, board.id, [SYNC_SUBPROTOCOL]))
    const control = track(connectBySubprotocol(server.syncUrl, `${board.id}/control`, buildSyncProtocols('bogus')))
    await waitFor(() => [wrong, missing, control].every((client) => client.closes.length === 1))
    expect(wrong.closes[0]!.code).toBe(CloseCode.forbidden)
    expect(missing.closes[0]!.code).toBe(CloseCode.unauthorized)
    expect(control.closes[0]!.code).toBe(CloseCode.forbidden)
  })

  it('still takes ?token= from a plain provider, which is offered no subprotocol', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const url = `${server.syncUrl}/${board.id}?token=${encodeURIComponent(board.tokens.viewer)}`
    expect(await readSelectedProtocol(url, [])).toBeUndefined()
    const plain = await join(server, board, 'viewer')
    const bySubprotocol = track(connectBySubprotocol(server.syncUrl, board.id, buildSyncProtocols(board.tokens.editor)))
    bySubprotocol.doc.getMap('m').set('seen', true)
    await waitFor(() => plain.doc.getMap('m').get('seen') === true)
    expect(plain.provider.ws?.protocol).toBe('')
  })
})

describe('sync over WebSocket', () => {
  it('makes two clients converge and relays awareness to both, the sender included', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const a = await join(server, board, 'editor')
    const b = await join(server, board, 'facilitator')
    const echoedToA = recordAwarenessSenders(a)
    a.doc.getMap('m').set('from', 'a')
    b.doc.getMap('m').set('also', 'b')
    await waitFor(() => b.doc.getMap('m').get('from') === 'a' && a.doc.getMap('m').get('also') === 'b')
    a.provider.awareness.setLocalStateField('user', { name: 'Ann' })
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ann')
    await waitFor(() => echoedToA.includes(a.doc.clientID), { message: 'awareness echoed to its sender' })
    const metrics = await (await server.cxmap.app.request('/metrics')).text()
    expect(metrics).toContain('cxmap_connections 2\n')
    expect(metrics).toContain('cxmap_rooms 1\n')
    expect(metrics).not.toContain('cxmap_updates_total 0\n')
    for (const token of Object.values(board.tokens)) expect(server.logs()).not.toContain(token)
  })

  it('stores and relays a burst of edits as fewer, merged appends and frames that hold every edit (UPDATE_FLUSH_MS)', async () => {
    const server = await start({ config: { updateFlushMs: 200 } })
    const board = await createBoardVia(server.cxmap)
    const writer = await join(server, board, 'editor')
    // A room of ten or more connections merges (a smaller one relays every edit at once).
    const readers = await Promise.all(
      Array.from({ length: MERGE_FROM_CONNECTIONS - 1 }, () =>
        openRawClient(server.syncUrl, board.id, board.tokens.viewer),
      ),
    )
    const reader = readers[0]!
    const received = new Y.Doc()
    let frames = 0
    const appendsBefore = (await server.store.loadDoc(board.id, 'board')).updates.length
    // A stream of edits, each in its own message and turn (a burst in one would be merged by any queue).
    for (let i = 0; i < 40; i++) {
      writer.doc.getMap('m').set('x', i)
      await delay(EDIT_SPACING_MS)
    }
    await waitFor(() => {
      for (const update of readUpdateFrames(reader.messages.splice(0))) {
        frames += 1
        Y.applyUpdate(received, update)
      }
      return received.getMap('m').get('x') === 39
    })
    for (const { socket } of readers) socket.close()
    // The first edit went out at once; the other 39 waited for the window and were stored and sent merged.
    expect(frames).toBeGreaterThan(1)
    expect(frames).toBeLessThan(10)
    const stored = await server.store.loadDoc(board.id, 'board')
    expect(stored.updates.length - appendsBefore).toBeGreaterThan(1)
    expect(stored.updates.length - appendsBefore).toBeLessThan(10)
    const storedDoc = new Y.Doc()
    for (const update of stored.updates) Y.applyUpdate(storedDoc, update)
    expect(storedDoc.getMap('m').get('x')).toBe(39)
  })

  it('drops a viewer’s changes: never relayed, never stored', async () => {
    let server = await start()
    const board = await createBoardVia(server.cxmap)
    const editor = await join(server, board, 'editor')
    const viewer = await join(server, board, 'viewer')
    viewer.doc.getMap('m').set('viewer', 'hack')
    editor.doc.getMap('m').set('editor', 'ok')
    // The editor's change reaching the viewer proves the viewer's earlier message was processed by the server.
    await waitFor(() => viewer.doc.getMap('m').get('editor') === 'ok')
    expect(editor.doc.getMap('m').get('viewer')).toBeUndefined()
    await stop(server)
    server = await start()
    const fresh = await join(server, board, 'facilitator')
    expect(fresh.doc.getMap('m').toJSON()).toEqual({ editor: 'ok' })
  })

  it('refuses a missing (4401), wrong (4403) or unknown-board (4404) token, and the client stops retrying', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const other = await createBoardVia(server.cxmap, 'Other')
    const missing = track(connectClient(server.syncUrl, board.id, null))
    const wrong = track(connectClient(server.syncUrl, board.id, other.tokens.facilitator))
    const unknown = track(connectClient(server.syncUrl, 'noSuchBoard', board.tokens.facilitator))
    const control = track(connectClient(server.syncUrl, board.id, 'bogus', 'control'))
    const terminal: number[] = []
    for (const client of [missing, wrong, unknown, control]) client.provider.on('closed', (e) => terminal.push(e.code))
    await waitFor(() => [missing, wrong, unknown, control].every((c) => c.closes.length === 1))
    expect(missing.closes[0]!.code).toBe(CloseCode.unauthorized)
    expect(wrong.closes[0]!.code).toBe(CloseCode.forbidden)
    expect(unknown.closes[0]!.code).toBe(CloseCode.notFound)
    expect(control.closes[0]!.code).toBe(CloseCode.forbidden)
    expect(terminal.sort()).toEqual([4401, 4403, 4403, 4404])
    const upgrades = server.upgradeCount()
    expect(upgrades).toBe(4)
    // y-websocket's first retry would come after 200 ms; give it several times that.
    await expectNever(() => server.upgradeCount() > upgrades, 1000, 'a reconnect attempt')
    expect(missing.closes).toHaveLength(1)
  })

  it('closes only the socket that sends malformed bytes (4400); the board keeps syncing', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const a = await join(server, board, 'editor')
    const b = await join(server, board, 'editor')
    const raw = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    raw.socket.send(new Uint8Array([0, 2, 200, 1, 2, 3]))
    expect((await raw.closed).code).toBe(CloseCode.badMessage)
    a.doc.getMap('m').set('after', 1)
    await waitFor(() => b.doc.getMap('m').get('after') === 1)
    expect(a.closes).toEqual([])
  })

  it('closes a socket whose message exceeds MAX_MESSAGE_BYTES and MAX_DOC_BYTES with 4413', async () => {
    const server = await start({ config: { maxMessageBytes: 2048, maxDocBytes: 1024 } })
    const board = await createBoardVia(server.cxmap)
    const raw = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    raw.socket.send(encodeUpdateMessage(new Uint8Array(3000)))
    expect((await raw.closed).code).toBe(CloseCode.tooLarge)
  })

  it('keeps content across a restart; clients are told 1012 and come back', async () => {
    let server = await start()
    const board = await createBoardVia(server.cxmap)
    const a = await join(server, board, 'editor')
    for (let i = 0; i < 20; i++) a.doc.getMap('m').set(`k${i}`, i)
    const b = await join(server, board, 'viewer')
    await waitFor(() => b.doc.getMap('m').size === 20)
    await stop(server)
    await waitFor(() => a.closes.length === 1)
    expect(a.closes[0]!.code).toBe(RetryCloseCode.serviceRestart)
    server = await start()
    const fresh = await join(server, board, 'viewer')
    expect(fresh.doc.getMap('m').size).toBe(20)
  })

  it('does not lose messages that arrive while the room is loading', async () => {
    let gated: ReturnType<typeof createGatedStore> | null = null
    const server = await start({ wrapStore: (store) => (gated = createGatedStore(store)).store })
    const board = await createBoardVia(server.cxmap)
    gated!.gates.load.close()
    const raw = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    const source = new Y.Doc()
    source.on('update', (update: Uint8Array) => raw.socket.send(encodeUpdateMessage(update)))
    source.getMap('m').set('x', 1)
    source.getMap('m').set('y', 2)
    source.getMap('m').delete('x')
    await waitFor(() => gated!.gates.load.held === 1)
    gated!.gates.load.open()
    const reader = await join(server, board, 'viewer')
    await waitFor(() => reader.doc.getMap('m').get('y') === 2)
    expect(reader.doc.getMap('m').toJSON()).toEqual({ y: 2 })
    raw.socket.close()
  })

  it('closes every connection of a deleted board with 4404', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const a = await join(server, board, 'editor')
    const control = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.facilitator, 'control'))
    const response = await server.cxmap.app.request(`/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(response.status).toBe(204)
    await waitFor(() => a.closes.length === 1 && control.closes.length === 1)
    expect([a.closes[0]!.code, control.closes[0]!.code]).toEqual([CloseCode.notFound, CloseCode.notFound])
    const upgrades = server.upgradeCount()
    await expectNever(() => server.upgradeCount() > upgrades, 600, 'a reconnect attempt')
  })

  it('syncs the control doc on /control, writable by facilitators only', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const facilitator = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.facilitator, 'control'))
    const editor = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor, 'control'))
    const canvas = await join(server, board, 'facilitator')
    editor.doc.getMap('m').set('byEditor', true)
    facilitator.doc.getMap('m').set('phase', 'vote')
    await waitFor(() => editor.doc.getMap('m').get('phase') === 'vote')
    expect(facilitator.doc.getMap('m').get('byEditor')).toBeUndefined()
    expect(canvas.doc.getMap('m').size).toBe(0)
  })
})

/** The updates carried by the sync update messages among `messages` (y-protocols: sync = 0, update = 2). */
function readUpdateFrames(messages: Uint8Array[]): Uint8Array[] {
  const updates: Uint8Array[] = []
  for (const message of messages) {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) continue
    updates.push(decoding.readVarUint8Array(decoder))
  }
  return updates
}
