import * as Y from 'yjs'

/** Receives each change made to a room's doc, as the update to store and relay, with its origin. */
export type DocChangeHandler = (update: Uint8Array, origin: unknown) => void

/**
 * How what is applied to a room's doc becomes the updates the room stores and relays.
 *
 * A gated doc holds nothing pending (the gate refuses an update whose predecessors are missing), so what a client's
 * update changed is exactly the bytes it sent: they go out as sent, and Yjs does not encode every update again for an
 * 'update' listener (a third of an apply's CPU). Other instances' updates, which may arrive before their predecessors,
 * and every update of an ungated doc (tests) go out as the doc's 'update' event gives them.
 */
export class DocChanges {
  /** Whether the doc's last transaction changed it (what Yjs checks before it emits 'update'). */
  private lastTransactionChanged = false

  constructor(
    private readonly doc: Y.Doc,
    /** Whether every client update passed the gate before it is applied. */
    private readonly isGated: boolean,
    private readonly onChange: DocChangeHandler,
  ) {}

  /** From now on, changes reach the handler (the doc is loaded). */
  start(): void {
    if (this.isGated) this.doc.on('afterTransactionCleanup', this.noteTransaction)
    else this.doc.on('update', this.onChange)
  }

  stop(): void {
    this.doc.off('update', this.onChange)
    this.doc.off('afterTransactionCleanup', this.noteTransaction)
  }

  /** Applies a client's update; what it changed reaches the handler. */
  applyFromClient(update: Uint8Array, origin: unknown): void {
    this.lastTransactionChanged = false
    Y.applyUpdate(this.doc, update, origin)
    if (this.isGated && this.lastTransactionChanged) this.onChange(update, origin)
  }

  /** Runs `apply` (another instance's changes) so that what it changes reaches the handler as Yjs encodes it. */
  applyEncoded(apply: () => void): void {
    if (!this.isGated) return apply()
    this.doc.on('update', this.onChange)
    try {
      apply()
    } finally {
      this.doc.off('update', this.onChange)
    }
  }

  private readonly noteTransaction = (transaction: Y.Transaction): void => {
    this.lastTransactionChanged = changesDoc(transaction)
  }
}

/** Whether a transaction deleted or added anything (Yjs emits no update otherwise). */
function changesDoc(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true
  return false
}
