import * as Y from 'yjs'
import { encodeSyncStep2, encodeUpdateMessage } from './messages.ts'

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc())

/** The changes kept after an encoded whole doc, at most this share of its size; past it the doc is encoded again. */
const MAX_CHANGES_SHARE = 0.25

/** Kept changes are merged into one update when there are more of them than this. */
const MAX_KEPT_CHANGES = 64

/**
 * A room's replies to syncStep1. The reply to a client that has none of the doc — every page that opens the board, and
 * a client reconnecting in a loop — is the whole doc, and encoding it costs ~15 ms per MB of board. It is encoded once
 * and kept with the changes made since: a client that has nothing gets those changes as updates and then the encoded
 * doc as its syncStep2, until the changes grow past a quarter of the doc's size and the doc is encoded again. The
 * changes come first so that the client has the doc's whole state when the syncStep2 makes it synced: it holds them
 * as pending (their predecessors are in the doc) and integrates them with the syncStep2, as Yjs does with any update
 * that arrives before what it builds on. Replies to other state vectors are encoded for them.
 */
export class SyncReplies {
  private wholeDoc: Uint8Array | null = null
  private changes: Uint8Array[] = []
  private changesBytes = 0

  constructor(private readonly doc: Y.Doc) {}

  /** The messages (updates, then a syncStep2) that bring a client whose state vector is `stateVector` up to date. */
  reply(stateVector: Uint8Array): Uint8Array[] {
    if (!this.lacksEverything(stateVector)) return [encodeSyncStep2(this.doc, stateVector)]
    if (this.wholeDoc === null) {
      this.wholeDoc = encodeSyncStep2(this.doc, EMPTY_STATE_VECTOR)
      this.changes = []
      this.changesBytes = 0
    }
    return [...this.changes.map(encodeUpdateMessage), this.wholeDoc]
  }

  /** Every change made to the doc once it is loaded must come here, in the order it was applied. */
  changed(update: Uint8Array): void {
    if (this.wholeDoc === null) return
    this.changesBytes += update.byteLength
    if (this.changesBytes > this.wholeDoc.byteLength * MAX_CHANGES_SHARE) return this.forget()
    this.changes.push(update)
    if (this.changes.length > MAX_KEPT_CHANGES) this.changes = [Y.mergeUpdates(this.changes)]
  }

  /** Drops what is kept (the room is closing, or the changes outgrew it). */
  forget(): void {
    this.wholeDoc = null
    this.changes = []
    this.changesBytes = 0
  }

  /**
   * Whether a client with `stateVector` has nothing of the doc: Yjs then encodes every struct, exactly as for an empty
   * state vector (it skips the clients the doc does not know).
   */
  private lacksEverything(stateVector: Uint8Array): boolean {
    for (const [client, clock] of Y.decodeStateVector(stateVector))
      if (clock > 0 && this.doc.store.clients.has(client)) return false
    return true
  }
}
