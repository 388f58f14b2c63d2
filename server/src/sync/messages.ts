import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** Top-level y-websocket message types. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** y-protocols sync message types. */
export const SyncMessageType = { step1: 0, step2: 1, update: 2 } as const

/** A decoded message from a client. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }

/** Thrown when bytes are not a message this server understands. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

/** Decodes one client message; throws {@link MalformedMessageError} on anything else (including trailing bytes). */
export function decodeClientMessage(bytes: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(bytes)
    const message = readMessage(decoder)
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('Trailing bytes after the message')
    return message
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.sync:
      return readSyncMessage(decoder)
    case MessageType.awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
    case MessageType.queryAwareness:
      return { type: 'queryAwareness' }
    default:
      throw new MalformedMessageError(`Unknown message type ${type}`)
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  switch (syncType) {
    case SyncMessageType.step1:
      return { type: 'syncStep1', stateVector: payload }
    case SyncMessageType.step2:
      return { type: 'syncStep2', update: payload }
    case SyncMessageType.update:
      return { type: 'update', update: payload }
    default:
      throw new MalformedMessageError(`Unknown sync message type ${syncType}`)
  }
}

function encodeSyncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** syncStep1: the doc's state vector, asking the peer for what it lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSyncMessage(SyncMessageType.step1, Y.encodeStateVector(doc))
}

/** syncStep2: the part of the doc a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncMessageType.step2, Y.encodeStateAsUpdate(doc, stateVector))
}

/** An incremental document update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncMessageType.update, update)
}

/** An awareness update. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}
