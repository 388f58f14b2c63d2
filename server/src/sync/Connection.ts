import type { Role } from '@cxmap/shared'
import type { SyncMetrics } from '../metrics.ts'

/** The transport a room talks to: a WebSocket in production, anything with these two methods in tests. */
export interface SyncSocket {
  send(bytes: Uint8Array): void
  close(code: number, reason: string): void
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
  ) {}

  /** Sends a message unless the connection is closed. */
  send(bytes: Uint8Array): void {
    if (this.isClosed) return
    this.metrics.countMessageOut(bytes.byteLength)
    this.socket.send(bytes)
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
  ) {
    this.tokens = burst
    this.updatedAt = now()
  }

  /** Takes one token; `false` when the bucket is empty. */
  tryTake(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond)
    this.updatedAt = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
