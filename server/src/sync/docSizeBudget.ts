import * as Y from 'yjs'

/**
 * Keeps a document's encoded size under a limit without encoding it per update: a running estimate (the bytes it was
 * loaded from, or its last snapshot, plus every update applied since) that only ever overstates, measured exactly only
 * when an update would not fit the estimate.
 */
export class DocSizeBudget {
  private estimateBytes = 0
  /** Bumped by every applied update, so that an exact measurement is reused until the doc changes. */
  private version = 0
  private measuredVersion = -1

  constructor(
    private readonly doc: Y.Doc,
    /** The largest encoded size the doc may grow to. */
    readonly maxBytes: number,
  ) {}

  /** The current estimate of the doc's encoded size (never below the truth). */
  get estimate(): number {
    return this.estimateBytes
  }

  /** Sets the estimate from what the doc was loaded from, or (`isExact`) the snapshot it was just encoded into. */
  reset(bytes: number, isExact = false): void {
    this.estimateBytes = bytes
    this.version += 1
    if (isExact) this.measuredVersion = this.version
  }

  /** Counts an update the doc emitted (only what was new to it). */
  grow(bytes: number): void {
    this.estimateBytes += bytes
    this.version += 1
  }

  /**
   * Whether applying `update` keeps the doc within the limit. Updates that only delete always pass (a full board must
   * still be cleanable); otherwise the doc is measured, and the update reduced to what the doc lacks, only when the
   * cheap estimate says it might not fit.
   */
  admits(update: Uint8Array): boolean {
    if (this.fits(update.byteLength)) return true
    if (Y.parseUpdateMeta(update).to.size === 0) return true
    if (this.measuredVersion !== this.version) {
      this.estimateBytes = Y.encodeStateAsUpdate(this.doc).byteLength
      this.measuredVersion = this.version
      if (this.fits(update.byteLength)) return true
    }
    return this.fits(Y.diffUpdate(update, Y.encodeStateVector(this.doc)).byteLength)
  }

  private fits(bytes: number): boolean {
    return this.estimateBytes + bytes <= this.maxBytes
  }
}
