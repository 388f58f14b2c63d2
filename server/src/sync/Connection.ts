import { RetryCloseCode, type Role } from '@cxmap/shared'
import type { SyncMetrics } from '../metrics.ts'

/** The transport a room talks to: a WebSocket in production, anything with these two methods in tests. */
export interface SyncSocket {
  send(bytes: Uint8Array): void
  close(code: number, reason: string): void
  /** Bytes queued for the peer and not yet handed to the kernel (ws's `bufferedAmount`); absent: always 0. */
  readonly bufferedAmount?: number
}

/** One client's connection to a room. */
export class Connection {
  /** Awareness client ids this connection owns (the first to announce them); removed from the room when it leaves. */
  readonly awarenessIds = new Set<number>()
  /** No more messages are sent once closed (by either side). */
  isClosed = false
  /** Set when the server closed the connection for a protocol violation: its remaining messages are ignored. */
  isRejected = false

  constructor(
    private readonly socket: SyncSocket,
    readonly role: Role,
    /** Whether this connection's document updates are applied (viewers' are dropped). */
    readonly canWriteDoc: boolean,
    private readonly metrics: SyncMetrics,
    /** SHA-256 hex of the token the connection was opened with, so that revoking that token can close it. */
    readonly tokenHash: string | null = null,
    /** Limits the awareness messages that carry this connection's own states. */
    readonly awarenessBucket: TokenBucket = new TokenBucket(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    /** Bytes that may wait for a peer that does not read before it is closed as a slow reader. */
    private readonly maxBufferedBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** The largest message sent since the socket's buffer was last under its limit: a big sync reply may wait on top. */
  private bufferAllowance = 0

  /** Sends a message unless the connection is closed; closes it with 1013 when the peer stopped reading. */
  send(bytes: Uint8Array): void {
    if (this.isClosed) return
    if (this.isReadingTooSlowly()) {
      this.close(RetryCloseCode.overloaded, 'not reading fast enough')
      return
    }
    this.metrics.countMessageOut(bytes.byteLength)
    this.socket.send(bytes)
    this.bufferAllowance = Math.max(this.bufferAllowance, bytes.byteLength)
  }

  /**
   * Whether what waits for the peer exceeds the limit plus the largest message queued since it was last under it: a
   * sync reply bigger than the limit to a client on a slow link is not a slow reader, the same amount again is.
   */
  private isReadingTooSlowly(): boolean {
    const buffered = this.socket.bufferedAmount ?? 0
    if (buffered <= this.maxBufferedBytes) {
      this.bufferAllowance = 0
      return false
    }
    return buffered > this.maxBufferedBytes + this.bufferAllowance
  }

  /** Closes the socket with a code (counted as the server's refusal); later calls do nothing. */
  close(code: number, reason: string): void {
    if (this.isClosed) return
    this.isClosed = true
    this.metrics.countRefused(code)
    this.socket.close(code, reason)
  }

  /** Closes the socket for a protocol violation. */
  reject(code: number, reason: string): void {
    this.isRejected = true
    this.close(code, reason)
  }

  /** Records that the peer closed the socket. */
  markClosed(): void {
    this.isClosed = true
  }
}

/** A token bucket: `ratePerSecond` refill, at most `burst` tokens. */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
    /** What it starts with (full when absent). */
    initialTokens = burst,
  ) {
    this.tokens = Math.min(burst, initialTokens)
    this.updatedAt = now()
  }

  /** Takes `count` tokens (one message, or a message's bytes); `false` when the bucket holds fewer. */
  tryTake(count = 1): boolean {
    const tokens = this.level()
    if (tokens < count) return false
    this.tokens = tokens - count
    return true
  }

  /** The tokens it holds now. */
  level(): number {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond)
    this.updatedAt = now
    return this.tokens
  }
}
