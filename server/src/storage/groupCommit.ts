import type { StoredDocKind } from '@cxmap/shared'
import type { BoardStore, DocAppend } from './types.ts'

interface Waiting {
  append: DocAppend
  resolve(seq: number): void
  reject(error: unknown): void
}

/** What one transaction of a {@link GroupCommit} did, for the metrics. */
export interface CommitReport {
  appends: number
  seconds: number
}

/** Appends in one transaction at most: bounds the time one commit holds the event loop (SQLite is synchronous). */
const MAX_APPENDS_PER_COMMIT = 1024

/**
 * Group commit: every append asked for within one turn of the event loop, by any room of any board, goes to the store
 * in one transaction; appends asked for while that transaction runs gather for the next one. A caller's promise
 * settles once its transaction committed, so append-before-relay holds for each update while the store pays one
 * commit per turn instead of one per update. With a `delayMs` (COMMIT_DELAY_MS), a busy server starts a commit no
 * sooner than that after the previous one started, and what comes meanwhile joins it; a quiet one commits at once.
 */
export class GroupCommit {
  private waiting: Waiting[] = []
  private isScheduled = false
  private isCommitting = false
  private lastStartedAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly store: Pick<BoardStore, 'appendUpdates'>,
    private readonly onCommit: (report: CommitReport) => void = () => {},
    /** The least time from one commit's start to the next's (0: each turn's appends at once). */
    private readonly delayMs = 0,
  ) {}

  /** Appends one update in the next group commit; resolves with its sequence number once that committed. */
  append(boardId: string, kind: StoredDocKind, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append: { boardId, kind, update }, resolve, reject })
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.isScheduled || this.isCommitting) return
    this.isScheduled = true
    const start = () => {
      this.isScheduled = false
      void this.commitWaiting()
    }
    const wait = this.delayMs - (performance.now() - this.lastStartedAt)
    if (wait > 0) setTimeout(start, wait)
    // setImmediate runs after the event loop's poll phase: every message read in this turn has asked by then.
    else setImmediate(start)
  }

  private async commitWaiting(): Promise<void> {
    this.isCommitting = true
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_APPENDS_PER_COMMIT)
      await this.commit(batch)
    }
    this.isCommitting = false
  }

  private async commit(batch: Waiting[]): Promise<void> {
    const startedAt = performance.now()
    this.lastStartedAt = startedAt
    try {
      const seqs = await this.store.appendUpdates(batch.map((waiting) => waiting.append))
      this.onCommit({ appends: batch.length, seconds: (performance.now() - startedAt) / 1000 })
      batch.forEach((waiting, i) => waiting.resolve(seqs[i]!))
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error)
      // One bad append (its board was just deleted) must not fail the others: each is tried alone.
      else for (const waiting of batch) await this.commit([waiting])
    }
  }
}
