import { CloseCode, RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { FakeSocket } from '../../test/fakeClient.ts'
import { HARNESS_BOARD, useRoomHarness } from '../../test/roomHarness.ts'
import { waitFor } from '../../test/waitFor.ts'
import { encodeAwarenessMessage, encodeUpdateMessage } from './messages.ts'

const h = useRoomHarness()

describe('sync protocol', () => {
  it('greets with syncStep1, answers syncStep1 with syncStep2 and relays updates to the others', async () => {
    const a = h.connect()
    const b = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1 && b.received('syncStep1').length === 1)
    a.sendSyncStep1()
    await waitFor(() => a.received('syncStep2').length === 1)
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    await waitFor(() => b.map().x === 1)
    expect(a.received('update')).toHaveLength(0)
    expect(await h.storedMap()).toEqual({ x: 1 })
  })

  it('stores an update before relaying it', async () => {
    const a = h.connect()
    const b = h.connect()
    await waitFor(() => b.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    await waitFor(() => h.gated.gates.append.held === 1)
    expect(b.received('update')).toHaveLength(0)
    h.gated.gates.append.open()
    await waitFor(() => b.map().x === 1)
    expect(await h.storedMap()).toEqual({ x: 1 })
  })

  it('sends a syncStep2 reply only after the updates it contains are stored', async () => {
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    const late = h.connect()
    late.sendSyncStep1()
    await waitFor(() => h.gated.gates.append.held === 1)
    expect(late.received('syncStep2')).toHaveLength(0)
    h.gated.gates.append.open()
    await waitFor(() => late.map().x === 1)
  })

  it('buffers messages that arrive while the room loads, in order', async () => {
    h.gated.gates.load.close()
    const a = h.connect()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    a.sendChange((doc) => doc.getMap('m').set('x', 2))
    a.sendChange((doc) => doc.getMap('m').delete('x'))
    a.sendChange((doc) => doc.getMap('m').set('y', 3))
    await waitFor(() => h.gated.gates.load.held === 1)
    expect(a.socket.sent).toHaveLength(0)
    h.gated.gates.load.open()
    await waitFor(async () => JSON.stringify(await h.storedMap()) === '{"y":3}')
    const b = h.connect()
    b.sendSyncStep1()
    await waitFor(() => b.map().y === 3)
    expect(b.map()).toEqual({ y: 3 })
  })

  it('shares one load between connections that arrive together', async () => {
    h.gated.gates.load.close()
    h.connect()
    h.connect()
    await waitFor(() => h.gated.gates.load.held === 1)
    h.gated.gates.load.open()
    await waitFor(() => h.clients.every((c) => c.received('syncStep1').length === 1))
    expect(h.manager.roomCount).toBe(1)
  })

  it('drops the updates of viewers but answers their syncStep1 and relays their awareness', async () => {
    const editor = h.connect('editor')
    const viewer = h.connect('viewer')
    viewer.sendChange((doc) => doc.getMap('m').set('hack', true))
    viewer.sendSyncStep1()
    viewer.sendAwareness({ name: 'Viewer' })
    await waitFor(() => viewer.received('syncStep2').length === 1)
    await waitFor(() => h.awarenessOf(editor).get(viewer.doc.clientID)?.name === 'Viewer')
    expect(editor.received('update')).toHaveLength(0)
    expect(await h.storedMap()).toEqual({})
  })

  it('accepts control doc updates from facilitators only', async () => {
    const facilitator = h.connect('facilitator', 'control')
    const editor = h.connect('editor', 'control')
    editor.sendChange((doc) => doc.getMap('m').set('timer', 'editor'))
    facilitator.sendChange((doc) => doc.getMap('m').set('phase', 'vote'))
    await waitFor(() => editor.map().phase === 'vote')
    expect(await h.storedMap('control')).toEqual({ phase: 'vote' })
    expect(await h.storedMap('board')).toEqual({})
  })
})

describe('awareness', () => {
  it('relays awareness to every connection including the sender, and answers queryAwareness', async () => {
    const a = h.connect()
    const b = h.connect()
    a.sendAwareness({ name: 'Ann' })
    await waitFor(() => h.awarenessOf(b).get(a.doc.clientID)?.name === 'Ann')
    await waitFor(() => a.received('awareness').length === 1)
    b.send(new Uint8Array([3]))
    await waitFor(() => b.received('awareness').length === 2)
  })

  it('drops echoes of states another connection owns, uncounted, and never lets them overwrite the owner', async () => {
    const now = 0
    h.useManager({ maxAwarenessPerSecond: 1, awarenessBurst: 2 }, () => now)
    const a = h.connect()
    const b = h.connect()
    a.sendAwareness({ name: 'Ann', x: 1 })
    await waitFor(() => h.awarenessOf(b).get(a.doc.clientID)?.x === 1)
    // b re-sends a's state, as y-websocket's provider does with everything it receives, many times over its limit…
    const echo = encodeAwarenessMessage(encodeAwarenessUpdate(b.awareness, [a.doc.clientID]))
    for (let i = 0; i < 50; i++) b.send(echo)
    // …and forges a newer state of a's id: neither is counted nor applied.
    const forged = new Awareness(new Y.Doc())
    forged.clientID = a.doc.clientID
    forged.setLocalState({ name: 'Mallory', x: 99 })
    forged.setLocalState({ name: 'Mallory', x: 99 })
    forged.setLocalState({ name: 'Mallory', x: 99 })
    b.send(encodeAwarenessMessage(encodeAwarenessUpdate(forged, [a.doc.clientID])))
    expect(b.socket.closed).toBeNull()
    b.sendAwareness({ name: 'Bob' })
    a.sendAwareness({ name: 'Ann', x: 2 })
    await waitFor(() => h.awarenessOf(b).get(b.doc.clientID)?.name === 'Bob')
    await waitFor(() => h.awarenessOf(b).get(a.doc.clientID)?.x === 2)
    expect(h.awarenessOf(a).get(a.doc.clientID)?.name).toBe('Ann')
    forged.destroy()
  })

  it('limits a connection’s own awareness messages apart from document messages, closing with a retry code', async () => {
    const now = 0
    h.useManager({ maxAwarenessPerSecond: 5, awarenessBurst: 10, maxMessagesPerSecond: 1000 }, () => now)
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    for (let i = 0; i < 10; i++) a.sendAwareness({ x: i })
    expect(a.socket.closed).toBeNull()
    for (let i = 0; i < 20; i++) a.sendChange((doc) => doc.getMap('m').set('n', i))
    expect(a.socket.closed).toBeNull()
    a.sendAwareness({ x: 11 })
    expect(a.socket.closed?.code).toBe(RetryCloseCode.overloaded)
  })

  it('relays the awareness changes of one window as one message per connection', async () => {
    h.useManager({ awarenessFlushMs: 20 })
    const clients = [h.connect(), h.connect(), h.connect()]
    for (let round = 0; round < 5; round++) clients.forEach((client, i) => client.sendAwareness({ i, round }))
    await waitFor(() => clients.every((c) => [...h.awarenessOf(c).values()].filter((s) => s.round === 4).length === 3))
    // 15 changes from 3 people in one window: each connection got one message, not 15.
    for (const client of clients) expect(client.received('awareness')).toHaveLength(1)
  })

  it('removes the awareness states of a connection that leaves', async () => {
    const a = h.connect()
    const b = h.connect()
    a.sendAwareness({ name: 'Ann' })
    await waitFor(() => h.awarenessOf(b).has(a.doc.clientID))
    a.disconnect()
    await waitFor(() => !h.awarenessOf(b).has(a.doc.clientID))
  })
})

describe('limits and bad input', () => {
  it('closes a connection that sends malformed bytes with 4400, and nothing else', async () => {
    const good = h.connect()
    const bad = h.connect()
    const other = h.connect()
    await waitFor(() => bad.received('syncStep1').length === 1)
    bad.send(new Uint8Array([0, 2, 5, 1, 2]))
    expect(bad.socket.closed?.code).toBe(CloseCode.badMessage)
    for (const bytes of [[9], [0, 7, 0], [0, 2, 3, 255, 255, 255], [1, 4, 1, 2, 3, 4]]) {
      const client = h.connect()
      client.send(new Uint8Array(bytes))
      expect(client.socket.closed?.code).toBe(CloseCode.badMessage)
    }
    const text = h.connect()
    text.send('hello')
    expect(text.socket.closed?.code).toBe(CloseCode.badMessage)
    good.sendChange((doc) => doc.getMap('m').set('ok', true))
    await waitFor(() => other.map().ok === true)
    expect(good.socket.closed).toBeNull()
    expect(await h.storedMap()).toEqual({ ok: true })
  })

  it('closes a connection whose message is too large with 4413', async () => {
    h.useManager({ maxMessageBytes: 100, maxDocBytes: 50 })
    const a = h.connect()
    a.send(encodeUpdateMessage(new Uint8Array(200)))
    expect(a.socket.closed?.code).toBe(CloseCode.tooLarge)
  })

  it('rate-limits each connection with a token bucket', async () => {
    let now = 0
    h.useManager({ maxMessagesPerSecond: 10, messageBurst: 20 }, () => now)
    const a = h.connect()
    const b = h.connect()
    for (let i = 0; i < 20; i++) a.send(new Uint8Array([3]))
    expect(a.socket.closed).toBeNull()
    now += 500
    for (let i = 0; i < 5; i++) a.send(new Uint8Array([3]))
    expect(a.socket.closed).toBeNull()
    a.send(new Uint8Array([3]))
    expect(a.socket.closed?.code).toBe(RetryCloseCode.overloaded)
    b.send(new Uint8Array([3]))
    expect(b.socket.closed).toBeNull()
  })

  it('refuses connections beyond the per-board limit with 4429', async () => {
    h.useManager({ maxConnectionsPerBoard: 2 })
    h.connect()
    h.connect()
    const third = h.connect()
    expect(third.socket.closed?.code).toBe(CloseCode.tooMany)
    h.clients[0]!.disconnect()
    expect(h.connect().socket.closed).toBeNull()
  })
})

describe('revoking tokens', () => {
  const connectWithHash = (tokenHash: string, kind: 'board' | 'control' = 'board') => {
    const socket = new FakeSocket()
    const handle = h.manager.connect({ boardId: HARNESS_BOARD, kind, role: 'editor', socket, tokenHash })
    return { socket, handle }
  }

  it('closes the sockets of revoked tokens on both documents with 4410 and drops what they still queued', async () => {
    h.gated.gates.load.close()
    const revokedCanvas = connectWithHash('old')
    const revokedControl = connectWithHash('old', 'control')
    const kept = connectWithHash('kept')
    const change = new Y.Doc()
    change.getMap('m').set('late', 1)
    revokedCanvas.handle.receive(encodeUpdateMessage(Y.encodeStateAsUpdate(change)))

    expect(h.manager.revokeTokens(HARNESS_BOARD, ['old'])).toBe(2)

    expect(revokedCanvas.socket.closed?.code).toBe(CloseCode.linkRevoked)
    expect(revokedControl.socket.closed?.code).toBe(CloseCode.linkRevoked)
    expect(kept.socket.closed).toBeNull()
    h.gated.gates.load.open()
    await waitFor(() => kept.socket.sent.length > 0)
    expect(await h.storedMap()).toEqual({})
  })

  it('refuses a socket that authenticated with a token revoked while it was opening', () => {
    h.manager.revokeTokens(HARNESS_BOARD, ['old'])
    expect(connectWithHash('old').socket.closed?.code).toBe(CloseCode.linkRevoked)
    expect(connectWithHash('new').socket.closed).toBeNull()
  })
})
