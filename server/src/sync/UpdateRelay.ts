import * as Y from 'yjs'
import type { Connection } from './Connection.ts'
import { encodeUpdateMessage } from './messages.ts'

/** Sends one encoded message to every connection of the room but `except`. */
type SendToAll = (bytes: Uint8Array, except: Connection | null) => void

/**
 * Rooms with fewer connections relay every update at once: a merge costs about what it saves on a handful of sockets
 * (measured: 200 boards × 5 editors, no CPU saved and p50 +14 ms), while with dozens it saves most of the sending.
 */
export const MERGE_FROM_CONNECTIONS = 10

/**
 * Relays a room's stored updates to its connections. An update that finds the room quiet goes out at once; those that
 * follow within `windowMs` wait for the window's end and go out as one merged update, so a busy board costs each
 * socket one frame per window instead of one per edit (sending frames is most of a relay's cost). A merged frame
 * reaches the senders of its updates too: applying one's own update again is a no-op in Yjs, and leaving them out
 * would take one merge per sender. A room of fewer than {@link MERGE_FROM_CONNECTIONS} connections relays at once.
 */
export class UpdateRelay {
  private pending: Uint8Array[] = []
  /** The one connection every pending update came from; `null` when none, several or the server. */
  private pendingOrigin: Connection | null = null
  private timer: NodeJS.Timeout | null = null

  constructor(
    /** 0: every update at once. */
    private readonly windowMs: number,
    private readonly sendToAll: SendToAll,
    /** The room's open connections now. */
    private readonly countConnections: () => number,
  ) {}

  /** Relays `update`, which `origin` sent (`null`: from storage or another instance), to everyone else. */
  relay(update: Uint8Array, origin: Connection | null): void {
    if (this.windowMs <= 0 || this.countConnections() < MERGE_FROM_CONNECTIONS) {
      // What waits (the room just got smaller) goes first, so that every socket gets the updates in their order.
      this.sendPending()
      return this.sendToAll(encodeUpdateMessage(update), origin)
    }
    if (this.timer === null) {
      this.sendToAll(encodeUpdateMessage(update), origin)
      this.timer = setTimeout(this.flush, this.windowMs)
      return
    }
    this.pendingOrigin = this.pending.length === 0 || this.pendingOrigin === origin ? origin : null
    this.pending.push(update)
  }

  /** Drops what waits and stops the window (the room is closing). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.pending = []
  }

  private readonly flush = (): void => {
    if (this.pending.length === 0) {
      this.timer = null
      return
    }
    this.sendPending()
    // The room is busy: the next update waits for this new window too.
    this.timer = setTimeout(this.flush, this.windowMs)
  }

  private sendPending(): void {
    if (this.pending.length === 0) return
    const merged = this.pending.length === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending)
    const origin = this.pendingOrigin
    this.pending = []
    this.pendingOrigin = null
    this.sendToAll(encodeUpdateMessage(merged), origin)
  }
}
