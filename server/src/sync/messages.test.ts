import * as encoding from 'lib0/encoding'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MalformedMessageError, decodeClientMessage, encodeAwarenessMessage, encodeUpdateMessage } from './messages.ts'

function encodeWith(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

describe('decodeClientMessage', () => {
  it('decodes what y-websocket sends', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('a', 1)
    const step1 = encodeWith((e) => {
      encoding.writeVarUint(e, 0)
      syncProtocol.writeSyncStep1(e, doc)
    })
    expect(decodeClientMessage(step1)).toEqual({ type: 'syncStep1', stateVector: Y.encodeStateVector(doc) })
    const step2 = encodeWith((e) => {
      encoding.writeVarUint(e, 0)
      syncProtocol.writeSyncStep2(e, doc)
    })
    expect(decodeClientMessage(step2)).toMatchObject({ type: 'syncStep2' })
    const update = Y.encodeStateAsUpdate(doc)
    expect(decodeClientMessage(encodeUpdateMessage(update))).toEqual({ type: 'update', update })
    const awareness = new Awareness(doc)
    const awarenessUpdate = encodeAwarenessUpdate(awareness, [doc.clientID])
    expect(decodeClientMessage(encodeAwarenessMessage(awarenessUpdate))).toEqual({
      type: 'awareness',
      update: awarenessUpdate,
    })
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ type: 'queryAwareness' })
    awareness.destroy()
  })

  it.each([
    ['empty', []],
    ['unknown type', [9]],
    ['auth message', [2, 0, 0]],
    ['unknown sync type', [0, 5, 0]],
    ['truncated payload', [0, 2, 10, 1, 2]],
    ['trailing bytes', [3, 0]],
    ['unterminated varint', [0, 255]],
  ])('rejects %s', (_name, bytes) => {
    expect(() => decodeClientMessage(new Uint8Array(bytes))).toThrow(MalformedMessageError)
  })
})
