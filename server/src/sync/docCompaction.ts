import type { DocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../logger.ts'
import type { BoardStore, LockedBoardDocs } from '../storage/types.ts'
import type { DocSizeBudget } from './docSizeBudget.ts'
import type { RemoteDoc } from './fanout/RemoteDoc.ts'

/** What a {@link DocCompaction} reads of its room. */
export interface CompactionHost {
  boardId: string
  kind: DocKind
  doc: Y.Doc
  store: BoardStore
  size: DocSizeBudget
  log: Logger
  /** The other instances holding the doc; `null` when alone. */
  remote: RemoteDoc | null
  /** The sequence number of the room's last append. */
  readLastSeq(): number
  isReady(): boolean
}

/**
 * When and how a room folds its doc's log into one snapshot: after `everyAppends` appends (COMPACT_EVERY_UPDATES), or
 * once the log and snapshot pass twice the doc's size limit, so that a restart never finds a huge log.
 */
export class DocCompaction {
  private appendsSince = 0
  /** Bytes of the stored snapshot and log. */
  private storedBytes = 0

  constructor(
    private readonly host: CompactionHost,
    private readonly everyAppends: number,
  ) {}

  /** The doc was loaded from `updates` stored updates (a snapshot counts as one) of `bytes` in all. */
  loaded(updates: number, bytes: number): void {
    this.appendsSince = updates > 1 ? updates : 0
    this.storedBytes = bytes
  }

  /** Counts an append of `bytes`; compacts when the log is due. */
  async appended(bytes: number): Promise<void> {
    this.appendsSince += 1
    this.storedBytes += bytes
    // Past twice the limit the log is at least as large as the doc: one encoding per MAX_DOC_BYTES appended at most.
    if (this.appendsSince >= this.everyAppends || this.storedBytes > 2 * this.host.size.maxBytes) await this.compact()
  }

  /** Folds the log into a snapshot now (nothing to do when nothing was appended); a failure is logged, not thrown. */
  async compact(): Promise<void> {
    if (this.appendsSince === 0) return
    const appends = this.appendsSince
    this.appendsSince = 0
    const { remote, store, boardId } = this.host
    try {
      if (remote) await store.withBoardLock(boardId, (docs) => this.compactShared(docs, remote))
      else await this.storeSnapshot(store, this.host.readLastSeq())
    } catch (error) {
      this.appendsSince += appends
      this.host.log.error({ err: error }, 'compaction failed')
    }
  }

  /**
   * Other instances append to the same log: the snapshot replaces every update through its seq, so it must hold
   * theirs too, including those whose message has not arrived (or never will). Read and replaced under the board's
   * lock, so that no other compaction of the doc runs in between.
   */
  private async compactShared(docs: LockedBoardDocs, remote: RemoteDoc): Promise<void> {
    const stored = await docs.loadDoc(this.host.boardId, this.host.kind)
    if (!this.host.isReady()) return
    remote.applyStored(stored)
    await this.storeSnapshot(docs, Math.max(stored.lastSeq, this.host.readLastSeq()))
  }

  private async storeSnapshot(docs: Pick<LockedBoardDocs, 'compactDoc'>, throughSeq: number): Promise<void> {
    // The snapshot may also hold updates applied but still queued: they are appended later with a higher seq, and
    // applying them twice is a no-op in Yjs.
    const snapshot = Y.encodeStateAsUpdate(this.host.doc)
    this.host.size.reset(snapshot.byteLength, true)
    await docs.compactDoc(this.host.boardId, this.host.kind, snapshot, throughSeq)
    this.storedBytes = snapshot.byteLength
  }
}
