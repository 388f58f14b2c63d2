import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { noopSyncMetrics } from '../../metrics.ts'
import { Connection } from '../Connection.ts'
import { readAwarenessEntries } from '../awarenessEntries.ts'
import { RoomPresence } from '../RoomPresence.ts'

/** An awareness update of one client with `state`, as another instance would publish it. */
function stateOf(clientId: number, state: Record<string, unknown> | null, clock = 1): Uint8Array {
  const awareness = new Awareness(new Y.Doc())
  awareness.clientID = clientId
  awareness.states.set(clientId, state ?? {})
  awareness.meta.set(clientId, { clock, lastUpdated: Date.now() })
  if (state === null) awareness.states.delete(clientId)
  const update = encodeAwarenessUpdate(awareness, [clientId])
  awareness.destroy()
  return update
}

function createPresence() {
  const published: Uint8Array[] = []
  const broadcasts: Uint8Array[] = []
  const presence = new RoomPresence(new Y.Doc(), {
    flushMs: 0,
    broadcast: (bytes) => broadcasts.push(bytes),
    publish: (update) => published.push(update),
  })
  presence.start()
  return { presence, published, broadcasts }
}

const publishedIds = (published: Uint8Array[]) =>
  published.flatMap((u) => readAwarenessEntries(u).map((e) => e.clientId))

describe('other instances’ clients in a room’s presence', () => {
  it('relays their states here without publishing them back', () => {
    const { presence, published, broadcasts } = createPresence()
    presence.applyRemote('x', stateOf(10, { name: 'remote' }))
    expect(presence.size).toBe(1)
    expect(broadcasts).toHaveLength(1)
    expect(published).toEqual([])
    expect(presence.encodeLocal()).toBeNull()
  })

  it('drops one instance’s states only, and ignores a removal from an instance that does not own the client', () => {
    const { presence } = createPresence()
    presence.applyRemote('x', stateOf(10, { name: 'on x' }))
    presence.applyRemote('y', stateOf(20, { name: 'on y' }))
    presence.applyRemote('y', stateOf(10, null, 2))
    expect(presence.size).toBe(2)
    presence.dropInstance('x')
    expect(presence.size).toBe(1)
    presence.dropInstance('x')
    expect(presence.size).toBe(1)
  })

  it('publishes what its own connections write, never a remote client a local one tries to take over', () => {
    const { presence, published } = createPresence()
    const connection = new Connection({ send: () => {}, close: () => {} }, 'editor', true, noopSyncMetrics)
    presence.applyRemote('x', stateOf(10, { name: 'remote' }))
    presence.receive(connection, stateOf(30, { name: 'local' }))
    presence.receive(connection, stateOf(10, { name: 'taken over' }, 9))
    expect(publishedIds(published)).toEqual([30])
    expect(readAwarenessEntries(presence.encodeLocal()!).map((entry) => entry.clientId)).toEqual([30])
    presence.release(connection)
    expect(publishedIds(published)).toEqual([30, 30])
    expect(presence.size).toBe(1)
  })
})
