import { CloseCode, RetryCloseCode } from '@cxmap/shared'
import { TokenBucket } from './Connection.ts'
import { MessageType } from './messages.ts'

/** Limits and timings of the sync service (from the config). */
export interface SyncLimits {
  maxMessageBytes: number
  maxMessagesPerSecond: number
  /** Messages a connection may send at once before the per-second rate applies (twice the rate). */
  messageBurst: number
  /** Awareness messages per second per connection that carry its own state (echoes of others' are not counted). */
  maxAwarenessPerSecond: number
  /** Awareness messages a connection may send at once before the per-second rate applies. */
  awarenessBurst: number
  /** Awareness changes within this window go out as one message per connection. */
  awarenessFlushMs: number
  /** A busy board's edits within this window after one that went out at once are stored and relayed together. */
  updateFlushMs: number
  /** On a busy server, the least time between the starts of two group commits. */
  commitDelayMs: number
  maxConnectionsPerBoard: number
  roomUnloadGraceMs: number
  compactEveryUpdates: number
  /** Largest encoded size of one document; growth past it is refused (4409), a stored doc far past it not loaded. */
  maxDocBytes: number
  /** Bytes per second one connection may send, in bursts up to its largest sync message. */
  maxBytesPerSecond: number
  /** Bytes waiting for a peer before it is closed as a slow reader (1013). */
  maxBufferedBytes: number
}

/** A sync message's header (message type, sync type, length) on top of its update. */
const SYNC_MESSAGE_OVERHEAD_BYTES = 16

/**
 * The largest document sync message accepted: MAX_MESSAGE_BYTES, or a whole board up to MAX_DOC_BYTES when that is
 * larger, so that an offline catch-up or a sync reply as big as the board itself passes (awareness keeps the former).
 */
export function readSyncMessageLimit(limits: Pick<SyncLimits, 'maxMessageBytes' | 'maxDocBytes'>): number {
  return Math.max(limits.maxMessageBytes, limits.maxDocBytes + SYNC_MESSAGE_OVERHEAD_BYTES)
}

/** Awareness messages of any kind a connection may send, per document message it may send (MAX_MESSAGES_PER_SECOND). */
const AWARENESS_ENVELOPE_FACTOR = 2

/** Why a message closes its connection: a close code and a reason fit for a close frame. */
export interface MessageRefusal {
  code: number
  reason: string
}

/** The buckets of one connection's limits on what it sends. */
const BUCKETS = ['messages', 'awareness', 'bytes'] as const
type BucketName = (typeof BUCKETS)[number]

/** What each bucket holds, e.g. what a closed connection left. */
export type BucketLevels = Record<BucketName, number>

/** Each bucket's rate per second and burst. */
function readBucketShapes(limits: SyncLimits): Record<BucketName, { rate: number; burst: number }> {
  return {
    messages: { rate: limits.maxMessagesPerSecond, burst: limits.messageBurst },
    // Every awareness message, echoes and empty ones included: twice the document messages' rate, more than a client
    // echoing every relayed state sends, and a bound on a flood of tiny messages the byte rate would let through.
    awareness: {
      rate: limits.maxMessagesPerSecond * AWARENESS_ENVELOPE_FACTOR,
      burst: limits.messageBurst * AWARENESS_ENVELOPE_FACTOR,
    },
    bytes: { rate: limits.maxBytesPerSecond, burst: readSyncMessageLimit(limits) },
  }
}

/**
 * One connection's limits on what it sends: message size, document messages per second, awareness messages of any kind
 * per second, and bytes per second.
 */
export class MessageRates {
  private readonly buckets: Record<BucketName, TokenBucket>

  constructor(
    private readonly limits: SyncLimits,
    now?: () => number,
    /** What each bucket starts with (see {@link SendAllowances}); full when absent. */
    initial?: BucketLevels,
  ) {
    const shapes = readBucketShapes(limits)
    const bucket = (name: BucketName) => new TokenBucket(shapes[name].rate, shapes[name].burst, now, initial?.[name])
    this.buckets = { messages: bucket('messages'), awareness: bucket('awareness'), bytes: bucket('bytes') }
  }

  /** Counts a message against the limits; what closes the connection, or null when it passes. */
  check(bytes: Uint8Array): MessageRefusal | null {
    const isAwareness = bytes[0] === MessageType.awareness
    const maxBytes = bytes[0] === MessageType.sync ? readSyncMessageLimit(this.limits) : this.limits.maxMessageBytes
    if (bytes.byteLength > maxBytes) return { code: CloseCode.tooLarge, reason: 'message too large' }
    // Awareness is counted by the room, apart from document messages and only for the connection's own states: a
    // y-websocket provider echoes every state it receives, and those echoes must not cost their sender its connection.
    if (!isAwareness && !this.buckets.messages.tryTake())
      return { code: RetryCloseCode.overloaded, reason: 'too many messages' }
    if (isAwareness && !this.buckets.awareness.tryTake()) {
      return { code: RetryCloseCode.overloaded, reason: 'too many awareness messages' }
    }
    if (!this.buckets.bytes.tryTake(bytes.byteLength))
      return { code: RetryCloseCode.overloaded, reason: 'too many bytes' }
    return null
  }

  /** What each bucket holds now. */
  levels(): BucketLevels {
    return {
      messages: this.buckets.messages.level(),
      awareness: this.buckets.awareness.level(),
      bytes: this.buckets.bytes.level(),
    }
  }
}

/**
 * What closed connections left of their limits (messages, awareness messages and bytes per second), per client address
 * and board, so that reconnecting refills none of them: a new connection starts with what the last one left, refilled
 * at each rate since. Without it a client could send a whole board's worth of bytes, or a burst of messages, be closed
 * (1013), reconnect and do it again. What has refilled is forgotten; nothing is kept longer than the slowest refill
 * takes (16 s for the bytes with the defaults), so what is kept is bounded by the closes of that long.
 */
export class SendAllowances {
  private readonly saved = new Map<string, MessageRates>()
  private readonly full: BucketLevels

  constructor(
    private readonly limits: SyncLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    const shapes = readBucketShapes(limits)
    this.full = { messages: shapes.messages.burst, awareness: shapes.awareness.burst, bytes: shapes.bytes.burst }
  }

  /** The limits a new connection of `key` starts with: full ones, or what the last closed one left. */
  open(key: string): MessageRates {
    const left = this.saved.get(key)?.levels()
    if (left && this.isFull(left)) this.saved.delete(key)
    return new MessageRates(this.limits, this.now, left)
  }

  /** Keeps what a closing connection of `key` left, bucket by bucket the lower of it and what is kept for `key`. */
  close(key: string, rates: MessageRates): void {
    this.forgetRefilled()
    const left = rates.levels()
    if (this.isFull(left)) return
    const kept = this.saved.get(key)?.levels()
    const lower = kept ? mapLevels((name) => Math.min(left[name], kept[name])) : left
    // Deleted first so that the map stays in the order budgets were kept: the oldest refill first.
    this.saved.delete(key)
    this.saved.set(key, new MessageRates(this.limits, this.now, lower))
  }

  /** Keys with something kept now (tests). */
  get size(): number {
    return this.saved.size
  }

  private isFull(levels: BucketLevels): boolean {
    return BUCKETS.every((name) => levels[name] >= this.full[name])
  }

  /** Drops what has refilled from the oldest on, up to the first that has not (amortized: each is dropped once). */
  private forgetRefilled(): void {
    for (const [key, rates] of this.saved) {
      if (!this.isFull(rates.levels())) return
      this.saved.delete(key)
    }
  }
}

function mapLevels(read: (name: BucketName) => number): BucketLevels {
  return { messages: read('messages'), awareness: read('awareness'), bytes: read('bytes') }
}
