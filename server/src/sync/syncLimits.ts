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

/**
 * One connection's limits on what it sends: message size, document messages per second, awareness messages of any kind
 * per second, and bytes per second.
 */
export class MessageRates {
  private readonly messages: TokenBucket
  /** Every awareness message; the room's own bucket counts only those carrying the connection's own state. */
  private readonly awareness: TokenBucket

  constructor(
    private readonly limits: SyncLimits,
    now?: () => number,
    /** The connection's byte budget (see {@link ByteAllowances}); a full one when absent. */
    readonly bytes: TokenBucket = new TokenBucket(limits.maxBytesPerSecond, readSyncMessageLimit(limits), now),
  ) {
    this.messages = new TokenBucket(limits.maxMessagesPerSecond, limits.messageBurst, now)
    // Every awareness message, echoes and empty ones included: twice the document messages' rate, more than a client
    // echoing every relayed state sends, and a bound on a flood of tiny messages the byte rate would let through.
    this.awareness = new TokenBucket(
      limits.maxMessagesPerSecond * AWARENESS_ENVELOPE_FACTOR,
      limits.messageBurst * AWARENESS_ENVELOPE_FACTOR,
      now,
    )
  }

  /** Counts a message against the limits; what closes the connection, or null when it passes. */
  check(bytes: Uint8Array): MessageRefusal | null {
    const isAwareness = bytes[0] === MessageType.awareness
    const maxBytes = bytes[0] === MessageType.sync ? readSyncMessageLimit(this.limits) : this.limits.maxMessageBytes
    if (bytes.byteLength > maxBytes) return { code: CloseCode.tooLarge, reason: 'message too large' }
    // Awareness is counted by the room, apart from document messages and only for the connection's own states: a
    // y-websocket provider echoes every state it receives, and those echoes must not cost their sender its connection.
    if (!isAwareness && !this.messages.tryTake())
      return { code: RetryCloseCode.overloaded, reason: 'too many messages' }
    if (isAwareness && !this.awareness.tryTake()) {
      return { code: RetryCloseCode.overloaded, reason: 'too many awareness messages' }
    }
    if (!this.bytes.tryTake(bytes.byteLength)) return { code: RetryCloseCode.overloaded, reason: 'too many bytes' }
    return null
  }
}

/**
 * The byte budgets (MAX_BYTES_PER_SECOND, in bursts up to the largest sync message) of closed connections, per client
 * address and board, so that reconnecting does not refill one: a new connection starts with what the last one left,
 * refilled at the byte rate since. Without it a client could send a whole board's worth of bytes, be closed (1013),
 * reconnect and do it again. A budget that has refilled is forgotten; none is kept longer than a full refill takes
 * (16 s with the defaults), so what is kept is bounded by the closes of that long.
 */
export class ByteAllowances {
  private readonly saved = new Map<string, TokenBucket>()
  private readonly burst: number

  constructor(
    private readonly limits: SyncLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.burst = readSyncMessageLimit(limits)
  }

  /** The budget a new connection of `key` starts with: a full one, or what the last closed one left. */
  open(key: string): TokenBucket {
    const left = this.saved.get(key)?.level() ?? this.burst
    if (left >= this.burst) this.saved.delete(key)
    return new TokenBucket(this.limits.maxBytesPerSecond, this.burst, this.now, left)
  }

  /** Keeps what a closing connection of `key` left, when that is less than what is kept for `key` already. */
  close(key: string, bytes: TokenBucket): void {
    const left = bytes.level()
    this.forgetRefilled()
    if (left >= this.burst || left >= (this.saved.get(key)?.level() ?? this.burst)) return
    // Deleted first so that the map stays in the order budgets were kept: the oldest refill first.
    this.saved.delete(key)
    this.saved.set(key, bytes)
  }

  /** Budgets kept now (tests). */
  get size(): number {
    return this.saved.size
  }

  /** Drops refilled budgets from the oldest on, up to the first that is not (amortized: each is dropped once). */
  private forgetRefilled(): void {
    for (const [key, bucket] of this.saved) {
      if (bucket.level() < this.burst) return
      this.saved.delete(key)
    }
  }
}
