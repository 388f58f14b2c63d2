import * as encoding from 'lib0/encoding'
import { encodeAwarenessMessage, encodeUpdateMessage, MessageType } from '../../src/sync/messages.ts'
import type { Random } from './random.ts'
import {
  RECORD_FLAWS,
  encodeCorruptionUpdate,
  encodeForeignTypeUpdate,
  encodeMetaUpdate,
  encodeOrphanUpdate,
  encodeRecordUpdate,
} from './records.ts'

/** Which fuzzing connection sends a frame: the editor link, or the viewer link (for role spoofing). */
export type FuzzRole = 'editor' | 'viewer'

/** One WebSocket message the fuzzer sends. */
export interface Frame {
  kind: FrameKind
  role: FuzzRole
  bytes: Uint8Array
}

/** What the fuzzer knows of the board when it builds a frame. */
export interface FuzzContext {
  /** Awareness client ids of the honest clients (to impersonate). */
  honestClientIds: readonly number[]
  /** The server's message size limit (oversized frames go just above it, or far above). */
  maxMessageBytes: number
  /** The board's state as an honest client holds it now (corruptions change what is there). */
  readBoardState: () => Uint8Array
}

// Relative frequencies: megabyte frames are rare (each costs the fuzzer's time), invalid records common; a message
// flood (more messages at once than the per-connection burst) about once per 2,000 frames, as it is 700 frames long.
const FRAME_WEIGHTS = {
  randomBytes: 10,
  truncated: 8,
  oversized: 1,
  garbageYjs: 10,
  bitFlipped: 12,
  invalidRecord: 20,
  corruption: 12,
  meta: 6,
  foreignType: 6,
  orphan: 8,
  awarenessSpoof: 10,
  flood: 1,
  messageFlood: 0.06,
} as const
/** The families of frames the fuzzer sends. */
export type FrameKind = keyof typeof FRAME_WEIGHTS
const WEIGHTS = Object.entries(FRAME_WEIGHTS) as [FrameKind, number][]
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0)

function pickKind(random: Random): FrameKind {
  let left = random.next() * TOTAL_WEIGHT
  for (const [kind, weight] of WEIGHTS) {
    left -= weight
    if (left < 0) return kind
  }
  return WEIGHTS[0]![0]
}

/** Frames of a flood of valid cards, and of a message flood (queryAwareness, the smallest valid message). */
const FLOOD_FRAMES: Partial<Record<FrameKind, number>> = { flood: 40, messageFlood: 700 }
const QUERY_AWARENESS = new Uint8Array([MessageType.queryAwareness])

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

function bitFlip(random: Random, bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice()
  for (let flips = random.int(1, 3); flips > 0; flips--) {
    const at = random.int(0, copy.length - 1)
    copy[at] = copy[at]! ^ (1 << random.int(0, 7))
  }
  return copy
}

/** An awareness message holding one entry: `clientId` at `clock` with `state`. */
export function encodeAwarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encodeAwarenessMessage(encoding.toUint8Array(encoder))
}

/** An awareness update claiming `clientId` with a person whose role is `facilitator`. */
export function encodeSpoofedAwareness(random: Random, clientId: number): Uint8Array {
  const person = { id: `spoof-${random.int(0, 99)}`, name: 'Facilitator', color: '#f00', department: 'x' }
  return encodeAwarenessEntry(clientId, random.int(1_000, 1_000_000), { person: { ...person, role: 'facilitator' } })
}

function recordMessage(random: Random): Uint8Array {
  // The 5 MB string is rare: it costs the fuzzer's own time, and one is enough to prove the point.
  const flaws = RECORD_FLAWS.filter((flaw) => flaw !== 'hugeString' || random.chance(0.02))
  return encodeUpdateMessage(encodeRecordUpdate(random, random.pick(flaws)))
}

function oneFrame(random: Random, kind: FrameKind, context: FuzzContext): Uint8Array {
  switch (kind) {
    case 'randomBytes':
      return random.bytes(random.int(0, 64))
    case 'truncated': {
      const whole = recordMessage(random)
      return whole.slice(0, random.int(1, whole.length - 1))
    }
    case 'oversized': {
      // Just above the limit (the app's close) or beyond twice it (ws's own); filled cheaply, the size is the point.
      const size = context.maxMessageBytes + random.int(1, random.chance(0.5) ? 64 : context.maxMessageBytes * 2)
      return new Uint8Array(size).fill(random.int(0, 255))
    }
    case 'garbageYjs':
      return syncMessage(random.int(0, 2), random.bytes(random.int(1, 80)))
    case 'bitFlipped':
      return bitFlip(random, recordMessage(random))
    case 'invalidRecord':
      return recordMessage(random)
    case 'corruption':
      return encodeUpdateMessage(encodeCorruptionUpdate(random, context.readBoardState()))
    case 'meta':
      return encodeUpdateMessage(encodeMetaUpdate(random))
    case 'foreignType':
      return encodeUpdateMessage(encodeForeignTypeUpdate(random))
    case 'orphan':
      return encodeUpdateMessage(encodeOrphanUpdate(random))
    case 'awarenessSpoof':
      return encodeSpoofedAwareness(random, random.pick([...context.honestClientIds, random.int(0, 2 ** 30)]))
    case 'flood':
      return encodeUpdateMessage(encodeRecordUpdate(random, 'valid'))
    case 'messageFlood':
      return QUERY_AWARENESS
  }
}

/** The next step of the fuzz: one frame, or a burst of frames sent back to back (a flood). */
export function nextFrames(random: Random, context: FuzzContext): Frame[] {
  const kind = pickKind(random)
  const role: FuzzRole = kind === 'awarenessSpoof' && random.chance(0.5) ? 'viewer' : 'editor'
  const count = FLOOD_FRAMES[kind] ?? 1
  return Array.from({ length: count }, () => ({ kind, role, bytes: oneFrame(random, kind, context) }))
}
