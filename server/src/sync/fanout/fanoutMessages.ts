import type { DocKind } from '@cxmap/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** What a message between instances carries. */
export const FanoutType = {
  /** A document update this instance stored (payload: the update, `seq`: its sequence number). */
  update: 0,
  /** Awareness states of this instance's clients (payload: a y-protocols awareness update). */
  awareness: 1,
  /** An instance that just subscribed asks the others for their clients' awareness states. */
  awarenessQuery: 2,
  /** Some updates may not have reached the others (a publish failed): they load the doc from the store. */
  resync: 3,
  /** Token hashes were revoked (payload: JSON string array): close their sockets. */
  revoke: 4,
  /** The board was deleted (payload: JSON `{code, reason}`): close its sockets and forget its rooms. */
  closeBoard: 5,
  /** The instance is alive. */
  heartbeat: 6,
  /** The instance stops: its clients' awareness states go now. */
  goodbye: 7,
  /** Every voter key this instance's connections to the board hold now (payload: JSON string array). */
  voters: 8,
  /** An instance that just (re)subscribed asks the others for their voters of every board. */
  votersQuery: 9,
} as const

/** One of {@link FanoutType}. */
export type FanoutType = (typeof FanoutType)[keyof typeof FanoutType]

/** A message between instances. */
export interface FanoutMessage {
  /** Who sent it: instances ignore their own messages. */
  instanceId: string
  type: FanoutType
  /** The stored sequence number of an update; 0 otherwise. */
  seq: number
  payload: Uint8Array
}

const MAX_TYPE = FanoutType.votersQuery
const EMPTY = new Uint8Array(0)

/** Every channel name starts with this. */
const PREFIX = 'cxmap:'
/** The channel every instance's heartbeats and goodbyes go to. */
export const INSTANCES_CHANNEL = `${PREFIX}instances`
/** The pattern of every board's control-event channel: revocations and deletions reach every instance. */
export const BOARD_EVENTS_PATTERN = `${PREFIX}*:events`

/** The channel of one board document: its updates and awareness. */
export function formatDocChannel(boardId: string, kind: DocKind): string {
  return `${PREFIX}${boardId}:${kind}`
}

/** The channel of a board's control events (revocation, deletion). */
export function formatEventsChannel(boardId: string): string {
  return `${PREFIX}${boardId}:events`
}

/** The board id of a control-event channel; `null` for any other channel. */
export function readEventsBoardId(channel: string): string | null {
  if (!channel.startsWith(PREFIX) || !channel.endsWith(':events')) return null
  return channel.slice(PREFIX.length, -':events'.length) || null
}

/** Encodes a message for a Redis channel (binary: updates are sent as they are). */
export function encodeFanoutMessage(message: FanoutMessage): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, message.instanceId)
  encoding.writeVarUint(encoder, message.type)
  encoding.writeVarUint(encoder, message.seq)
  encoding.writeVarUint8Array(encoder, message.payload)
  const bytes = encoding.toUint8Array(encoder)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Decodes a message from a Redis channel; `null` when it is not one (another program on the same Redis). */
export function decodeFanoutMessage(bytes: Uint8Array): FanoutMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes)
    const instanceId = decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    const seq = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (type > MAX_TYPE || decoding.hasContent(decoder) || instanceId === '') return null
    return { instanceId, type: type as FanoutType, seq, payload }
  } catch {
    return null
  }
}

/** A message with no payload. */
export function createSignal(instanceId: string, type: FanoutType): FanoutMessage {
  return { instanceId, type, seq: 0, payload: EMPTY }
}

/** Encodes a JSON value as a payload. */
export function encodeJsonPayload(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value))
}

/** Decodes a JSON payload; `undefined` when it is not JSON. */
export function decodeJsonPayload(payload: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(payload)) as unknown
  } catch {
    return undefined
  }
}
