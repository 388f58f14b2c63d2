import { CloseCode, RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { HARNESS_BOARD, useRoomHarness } from '../../test/roomHarness.ts'
import { waitFor } from '../../test/waitFor.ts'
import { encodeUpdateMessage, MessageType } from './messages.ts'

const h = useRoomHarness()

describe('board document size (MAX_DOC_BYTES)', () => {
  it('refuses an update that would grow the doc past the limit with 4409: not applied, stored or relayed', async () => {
    h.useManager({ maxDocBytes: 10_000 })
    const a = h.connect()
    const b = h.connect()
    a.sendChange((doc) => doc.getMap('m').set('first', 'x'.repeat(6000)))
    await waitFor(() => b.map().first !== undefined)
    a.sendChange((doc) => doc.getMap('m').set('second', 'y'.repeat(6000)))
    expect(a.socket.closed?.code).toBe(CloseCode.boardFull)
    b.sendChange((doc) => doc.getMap('m').set('small', 1))
    await waitFor(async () => (await h.storedMap()).small === 1)
    expect(await h.storedMap()).not.toHaveProperty('second')
    expect(b.map()).not.toHaveProperty('second')
    expect(b.socket.closed).toBeNull()
  })

  it('lets through updates its running estimate overstates: overwriting one value many times fills nothing', async () => {
    h.useManager({ maxDocBytes: 5000 })
    const a = h.connect()
    for (let i = 0; i < 30; i++) a.sendChange((doc) => doc.getMap('m').set('k', `${i}`.padEnd(1000, '.')))
    await waitFor(async () => (await h.storedMap()).k === '29'.padEnd(1000, '.'))
    expect(a.socket.closed).toBeNull()
  })

  it('compacts once the stored log passes twice the limit, so a restart after a crash can always load the board', async () => {
    h.useManager({ maxDocBytes: 10_000, compactEveryUpdates: 1000 })
    const a = h.connect()
    for (let i = 0; i < 40; i++) a.sendChange((doc) => doc.getMap('m').set('k', `${i}`.padEnd(3000, '.')))
    await waitFor(async () => (await h.storedMap()).k === '39'.padEnd(3000, '.'))
    const stored = await h.gated.store.loadDoc(HARNESS_BOARD, 'board')
    expect(stored.updates.reduce((sum, update) => sum + update.byteLength, 0)).toBeLessThanOrEqual(3 * 10_000)
  })

  it('does not load a stored doc over 4× the limit (4409); under that it loads, refuses growth, accepts deletions', async () => {
    const writer = h.connect()
    writer.sendChange((doc) => doc.getMap('m').set('big', 'x'.repeat(50_000)))
    await waitFor(async () => (await h.storedMap()).big !== undefined)

    h.useManager({ maxDocBytes: 10_000 })
    const refused = h.connect()
    await waitFor(() => refused.socket.closed, { message: 'the oversized board refused' })
    expect(refused.socket.closed?.code).toBe(CloseCode.boardFull)

    h.useManager({ maxDocBytes: 20_000 })
    const grower = h.connect()
    const cleaner = h.connect()
    for (const client of [grower, cleaner]) client.sendSyncStep1()
    await waitFor(() => grower.map().big !== undefined && cleaner.map().big !== undefined)
    grower.sendChange((doc) => doc.getMap('m').set('more', 1))
    expect(grower.socket.closed?.code).toBe(CloseCode.boardFull)
    // Deleting always passes, so a full board can be cleaned; then it may grow again.
    cleaner.sendChange((doc) => doc.getMap('m').delete('big'))
    cleaner.sendChange((doc) => doc.getMap('m').set('after', 'y'.repeat(9000)))
    await waitFor(async () => (await h.storedMap()).after !== undefined)
    expect(await h.storedMap()).not.toHaveProperty('big')
    expect(cleaner.socket.closed).toBeNull()
  })
})

describe('bytes per second (MAX_BYTES_PER_SECOND)', () => {
  it('closes a connection over its byte rate with 1013, after a burst as large as the biggest sync message', async () => {
    let now = 0
    h.useManager({ maxMessageBytes: 1000, maxDocBytes: 4000, maxBytesPerSecond: 1000 }, () => now)
    const a = h.connect()
    const source = new Y.Doc()
    source.getMap('m').set('k', 'x'.repeat(880))
    const message = encodeUpdateMessage(Y.encodeStateAsUpdate(source))
    expect(message.byteLength).toBeGreaterThan(900)
    // The burst is MAX_DOC_BYTES plus a message header: four of these fit, a fifth does not.
    for (let i = 0; i < 4; i++) a.send(message)
    expect(a.socket.closed).toBeNull()
    now += 1000
    a.send(message)
    expect(a.socket.closed).toBeNull()
    a.send(message)
    expect(a.socket.closed?.code).toBe(RetryCloseCode.overloaded)
  })

  it('does not refill on reconnect: the next connection from the address to the board starts with what was left', async () => {
    let now = 0
    h.useManager({ maxMessageBytes: 1000, maxDocBytes: 4000, maxBytesPerSecond: 1000 }, () => now)
    const source = new Y.Doc()
    source.getMap('m').set('k', 'x'.repeat(880))
    const message = encodeUpdateMessage(Y.encodeStateAsUpdate(source))
    const first = h.connect('editor', 'board', '203.0.113.7')
    for (let i = 0; i < 4; i++) first.send(message)
    expect(first.socket.closed).toBeNull()
    first.handle.disconnect()

    const again = h.connect('editor', 'board', '203.0.113.7')
    again.send(message)
    expect(again.socket.closed).toEqual({ code: RetryCloseCode.overloaded, reason: 'too many bytes' })
    again.handle.disconnect()
    // Another address has its own budget.
    const other = h.connect('editor', 'board', '198.51.100.2')
    for (let i = 0; i < 4; i++) other.send(message)
    expect(other.socket.closed).toBeNull()
    // A second later the address has a second's worth of bytes again: one message, not a burst.
    now += 1000
    const later = h.connect('editor', 'board', '203.0.113.7')
    later.send(message)
    expect(later.socket.closed).toBeNull()
    later.send(message)
    expect(later.socket.closed?.code).toBe(RetryCloseCode.overloaded)
  })
})

describe('messages per second (MAX_MESSAGES_PER_SECOND)', () => {
  it('does not refill the burst on reconnect: a flood closed with 1013 comes back to what it left', async () => {
    let now = 0
    h.useManager({ maxMessagesPerSecond: 10, messageBurst: 20 }, () => now)
    const first = h.connect('editor', 'board', '203.0.113.7')
    for (let i = 0; i < 21; i++) first.sendChange((doc) => doc.getMap('m').set('k', i))
    expect(first.socket.closed).toEqual({ code: RetryCloseCode.overloaded, reason: 'too many messages' })
    first.handle.disconnect()

    const again = h.connect('editor', 'board', '203.0.113.7')
    again.sendChange((doc) => doc.getMap('m').set('again', 1))
    expect(again.socket.closed).toEqual({ code: RetryCloseCode.overloaded, reason: 'too many messages' })
    again.handle.disconnect()
    const other = h.connect('editor', 'board', '198.51.100.2')
    for (let i = 0; i < 20; i++) other.sendChange((doc) => doc.getMap('m').set('other', i))
    expect(other.socket.closed).toBeNull()
    // A second later: ten messages' worth, not a burst of twenty.
    now += 1000
    const later = h.connect('editor', 'board', '203.0.113.7')
    for (let i = 0; i < 10; i++) later.sendChange((doc) => doc.getMap('m').set('later', i))
    expect(later.socket.closed).toBeNull()
    later.sendChange((doc) => doc.getMap('m').set('later', 10))
    expect(later.socket.closed?.code).toBe(RetryCloseCode.overloaded)
  })
})

describe('awareness messages of any kind (twice MAX_MESSAGES_PER_SECOND)', () => {
  it('closes with 1013 a connection flooding awareness messages that carry no state, which the byte rate lets through', async () => {
    let now = 0
    h.useManager({ maxMessagesPerSecond: 10, messageBurst: 20 }, () => now)
    const flooder = h.connect()
    const other = h.connect()
    const empty = new Uint8Array([MessageType.awareness, 1, 0])
    // Twice the document messages' burst, then twice their rate: more than an honest client echoing relayed states.
    for (let i = 0; i < 40; i++) flooder.send(empty)
    expect(flooder.socket.closed).toBeNull()
    now += 1000
    for (let i = 0; i < 20; i++) flooder.send(empty)
    expect(flooder.socket.closed).toBeNull()
    flooder.send(empty)
    expect(flooder.socket.closed?.code).toBe(RetryCloseCode.overloaded)
    expect(other.socket.closed).toBeNull()
  })
})
