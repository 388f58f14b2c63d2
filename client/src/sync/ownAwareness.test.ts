import { afterEach, expect, test } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnAwarenessOnly } from './ownAwareness'

const providers: WebsocketProvider[] = []
afterEach(() => providers.splice(0).forEach((provider) => provider.destroy()))

/** A provider that never connects, with a fake open socket recording the client ids of each awareness message. */
function createRecordingProvider(): { provider: WebsocketProvider; sentIds: number[][] } {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'room', new Y.Doc(), {
    connect: false,
    disableBc: true,
    // Never used (connect: false); Node 20 has no global WebSocket for the default.
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  })
  providers.push(provider)
  const sentIds: number[][] = []
  const socket = {
    readyState: 1,
    OPEN: 1,
    close() {},
    send(bytes: Uint8Array) {
      if (bytes[0] !== 1) return
      // Skip the message type and the payload's varint length, then read the ids by applying it to a fresh awareness.
      let start = 1
      while (bytes[start]! & 0x80) start++
      const reader = new Awareness(new Y.Doc())
      const ids: number[] = []
      reader.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
        ids.push(...added!, ...updated!, ...removed!),
      )
      applyAwarenessUpdate(reader, bytes.subarray(start + 1), 'test')
      sentIds.push(ids.filter((id) => id !== reader.clientID))
      reader.destroy()
    },
  }
  Object.assign(provider, { ws: socket, wsconnected: true })
  return { provider, sentIds }
}

function peerUpdate(state: Record<string, unknown>): { update: Uint8Array; clientId: number } {
  const peer = new Awareness(new Y.Doc())
  peer.setLocalState(state)
  const update = encodeAwarenessUpdate(peer, [peer.clientID])
  peer.destroy()
  return { update, clientId: peer.clientID }
}

test('without the filter the provider echoes a peer state it receives (the behaviour this module removes)', () => {
  const { provider, sentIds } = createRecordingProvider()
  const { update, clientId } = peerUpdate({ cursor: 1 })
  applyAwarenessUpdate(provider.awareness, update, provider)
  expect(sentIds).toEqual([[clientId]])
})

test('sends its own state changes and never re-sends a peer state', () => {
  const { provider, sentIds } = createRecordingProvider()
  sendOwnAwarenessOnly(provider)
  applyAwarenessUpdate(provider.awareness, peerUpdate({ cursor: 1 }).update, provider)
  expect(sentIds).toEqual([])
  provider.awareness.setLocalStateField('cursor', 2)
  expect(sentIds).toEqual([[provider.awareness.clientID]])
})

test('destroy unregisters the filtered handler', () => {
  const { provider, sentIds } = createRecordingProvider()
  sendOwnAwarenessOnly(provider)
  const { awareness } = provider
  provider.destroy()
  providers.splice(0)
  const before = sentIds.length
  awareness.setLocalStateField('cursor', 3)
  expect(sentIds.length).toBe(before)
})
