import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Connection } from './Connection.ts'
import { decodeClientMessage } from './messages.ts'
import { MERGE_FROM_CONNECTIONS, UpdateRelay } from './UpdateRelay.ts'

interface Sent {
  update: Uint8Array
  except: Connection | null
}

const alice = { name: 'alice' } as unknown as Connection
const bob = { name: 'bob' } as unknown as Connection

/** A writer's successive updates to one map, each captured as Yjs encodes it. */
function updatesOf(clientID: number, count: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${clientID}`, i)
  return updates
}

function relayInto(
  windowMs: number,
  connections = { count: MERGE_FROM_CONNECTIONS },
): { relay: UpdateRelay; sent: Sent[] } {
  const sent: Sent[] = []
  const relay = new UpdateRelay(
    windowMs,
    (bytes, except) => {
      const message = decodeClientMessage(bytes)
      if (message.type !== 'update') throw new Error(`relayed a ${message.type} message`)
      sent.push({ update: message.update, except })
    },
    () => connections.count,
  )
  return { relay, sent }
}

/** The map a receiver holds after applying every relayed update. */
function received(sent: Sent[]): unknown {
  const doc = new Y.Doc()
  for (const { update } of sent) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

describe('UpdateRelay', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('relays every update at once, to all but its sender, with no window', () => {
    const { relay, sent } = relayInto(0)
    for (const update of updatesOf(1, 3)) relay.relay(update, alice)
    expect(sent.map((s) => s.except)).toEqual([alice, alice, alice])
  })

  it('sends the first update of a quiet room at once and merges the rest of its window into one frame', () => {
    const { relay, sent } = relayInto(16)
    const [first, ...rest] = updatesOf(1, 5)
    relay.relay(first!, alice)
    expect(sent).toHaveLength(1)
    for (const update of rest) relay.relay(update, alice)
    expect(sent).toHaveLength(1)
    vi.advanceTimersByTime(16)
    expect(sent).toHaveLength(2)
    expect(sent[1]!.except).toBe(alice)
    expect(received(sent)).toEqual({ k1: 4 })
  })

  it('sends a merged frame to every connection when its updates came from several senders', () => {
    const { relay, sent } = relayInto(16)
    relay.relay(updatesOf(1, 1)[0]!, alice)
    relay.relay(updatesOf(2, 1)[0]!, bob)
    relay.relay(updatesOf(3, 1)[0]!, alice)
    vi.advanceTimersByTime(16)
    expect(sent.map((s) => s.except)).toEqual([alice, null])
    expect(received(sent)).toEqual({ k1: 0, k2: 0, k3: 0 })
  })

  it('keeps the window open while edits keep coming and relays at once again after a quiet window', () => {
    const { relay, sent } = relayInto(16)
    const updates = updatesOf(1, 4)
    relay.relay(updates[0]!, alice)
    relay.relay(updates[1]!, alice)
    vi.advanceTimersByTime(16)
    relay.relay(updates[2]!, alice)
    expect(sent).toHaveLength(2)
    vi.advanceTimersByTime(16)
    expect(sent).toHaveLength(3)
    vi.advanceTimersByTime(16)
    relay.relay(updates[3]!, bob)
    expect(sent).toHaveLength(4)
    expect(sent[3]!.except).toBe(bob)
    expect(received(sent)).toEqual({ k1: 3 })
  })

  it('relays at once in a room of fewer connections, what waits going first when the room shrinks', () => {
    const connections = { count: MERGE_FROM_CONNECTIONS - 1 }
    const { relay, sent } = relayInto(16, connections)
    const updates = updatesOf(1, 5)
    relay.relay(updates[0]!, alice)
    relay.relay(updates[1]!, alice)
    expect(sent).toHaveLength(2)
    connections.count = MERGE_FROM_CONNECTIONS
    relay.relay(updates[2]!, alice)
    relay.relay(updates[3]!, alice)
    expect(sent).toHaveLength(3)
    connections.count = MERGE_FROM_CONNECTIONS - 1
    relay.relay(updates[4]!, alice)
    expect(sent).toHaveLength(5)
    const applied = new Y.Doc()
    for (const { update } of sent.slice(0, 4)) Y.applyUpdate(applied, update)
    expect(applied.getMap('m').toJSON()).toEqual({ k1: 3 })
    expect(received(sent)).toEqual({ k1: 4 })
  })

  it('drops what waits when disposed', () => {
    const { relay, sent } = relayInto(16)
    const updates = updatesOf(1, 2)
    relay.relay(updates[0]!, alice)
    relay.relay(updates[1]!, alice)
    relay.dispose()
    vi.advanceTimersByTime(100)
    expect(sent).toHaveLength(1)
  })
})
