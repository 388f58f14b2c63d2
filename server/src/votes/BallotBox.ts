import type { MyBallots, VoteResults } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../logger.ts'
import type { BoardStore, LockedBoardDocs } from '../storage/types.ts'
import {
  dropOtherVotes,
  isSealed,
  readBallot,
  sealVote,
  summarizeBallot,
  tallyVote,
  writeBallot,
} from './ballotsDoc.ts'

/** What a {@link BallotBox} is built from. */
export interface BallotBoxOptions {
  store: BoardStore
  logger: Logger
  /** Compact a board's ballots doc after this many appends (and on load when its log is longer). */
  compactEveryUpdates?: number
  /** Forget a board's doc after this long without a ballot (it is reloaded from storage when needed). */
  idleUnloadMs?: number
}

/** A ballot to cast: one dot by one voter on one card, within the vote's limit. */
export interface CastRequest {
  voteId: string
  voterId: string
  cardId: string
  votesPerPerson: number
  /** Shown with the dots when the vote is not anonymous. */
  voterName?: string
}

/** The outcome of a ballot operation: the voter's dots, or why nothing changed. */
export type BallotOutcome =
  | { ok: true; ballots: MyBallots }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'no_votes_left'; used: number; limit: number }
  | { ok: false; reason: 'no_vote_on_card' }

interface LoadedBallots {
  doc: Y.Doc
  lastSeq: number
  appendsSinceCompaction: number
  /** The tail of this board's operations: each runs after the previous one settled. */
  tail: Promise<unknown>
  /** Operations queued or running; the idle timer runs only while there are none. */
  pending: number
  idleTimer: NodeJS.Timeout | null
}

const DEFAULT_COMPACT_EVERY_UPDATES = 200
const DEFAULT_IDLE_UNLOAD_MS = 10 * 60_000

/**
 * The server-side ballot box of every board's dot votes. A board's ballots doc is loaded once; its operations run one
 * after another (a promise chain per board), so the vote limit is checked and the ballot written with nothing in
 * between, however many requests one voter fires at once. Each change is appended to storage before its operation
 * answers: a crash never loses a dot that a voter was told was counted. On a store other instances share, each
 * operation also holds the board's lock in the store and starts from the stored ballots, so the limit holds across
 * instances (one ballot box per board, whichever instance a voter reaches).
 */
export class BallotBox {
  private readonly boards = new Map<string, Promise<LoadedBallots>>()
  private readonly compactEvery: number
  private readonly idleUnloadMs: number

  constructor(private readonly options: BallotBoxOptions) {
    this.compactEvery = options.compactEveryUpdates ?? DEFAULT_COMPACT_EVERY_UPDATES
    this.idleUnloadMs = options.idleUnloadMs ?? DEFAULT_IDLE_UNLOAD_MS
  }

  /** Adds one dot to the voter's ballot if the vote is not sealed and they have dots left. */
  cast(boardId: string, request: CastRequest): Promise<BallotOutcome> {
    const { voteId, voterId, cardId, votesPerPerson, voterName } = request
    return this.run(boardId, (doc): BallotOutcome => {
      if (isSealed(doc, voteId)) return { ok: false, reason: 'closed' }
      const ballot = readBallot(doc, voteId, voterId)
      if (ballot.cardIds.length >= votesPerPerson) {
        return { ok: false, reason: 'no_votes_left', used: ballot.cardIds.length, limit: votesPerPerson }
      }
      const next = { cardIds: [...ballot.cardIds, cardId], name: voterName ?? ballot.name }
      dropOtherVotes(doc, voteId)
      writeBallot(doc, voteId, voterId, next)
      return { ok: true, ballots: summarizeBallot(next, votesPerPerson) }
    })
  }

  /** Takes back one of the voter's dots on a card (the one placed last). */
  takeBack(boardId: string, request: Omit<CastRequest, 'voterName'>): Promise<BallotOutcome> {
    const { voteId, voterId, cardId, votesPerPerson } = request
    return this.run(boardId, (doc): BallotOutcome => {
      if (isSealed(doc, voteId)) return { ok: false, reason: 'closed' }
      const ballot = readBallot(doc, voteId, voterId)
      const index = ballot.cardIds.lastIndexOf(cardId)
      if (index === -1) return { ok: false, reason: 'no_vote_on_card' }
      const next = { ...ballot, cardIds: ballot.cardIds.filter((_, i) => i !== index) }
      writeBallot(doc, voteId, voterId, next)
      return { ok: true, ballots: summarizeBallot(next, votesPerPerson) }
    })
  }

  /** The voter's dots. */
  read(boardId: string, voteId: string, voterId: string, votesPerPerson: number): Promise<MyBallots> {
    return this.run(boardId, (doc) => summarizeBallot(readBallot(doc, voteId, voterId), votesPerPerson))
  }

  /** The counts so far (or final, once sealed). */
  tally(boardId: string, voteId: string, anonymous: boolean): Promise<VoteResults> {
    return this.run(boardId, (doc) => tallyVote(doc, voteId, anonymous))
  }

  /** Seals the vote (no ballot is accepted or taken back afterwards) and returns its final counts. */
  close(boardId: string, voteId: string, anonymous: boolean): Promise<VoteResults> {
    return this.run(boardId, (doc) => {
      sealVote(doc, voteId)
      return tallyVote(doc, voteId, anonymous)
    })
  }

  /**
   * Runs `operation` on the board's doc after every earlier operation of the board settled, and appends what it
   * changed to storage before resolving. If storing fails the doc is forgotten (to be reloaded from storage, which
   * does not have the change) and the error is rethrown: the voter is never told a dot counted that was not stored.
   */
  private run<T>(boardId: string, operation: (doc: Y.Doc) => T): Promise<T> {
    const loading = this.load(boardId)
    return loading.then(async (board) => {
      this.stopIdleTimer(board)
      board.pending += 1
      const previous = board.tail
      let release!: () => void
      board.tail = new Promise<void>((resolve) => (release = resolve))
      try {
        await previous
        // The doc was forgotten after a failed append: run on a fresh load instead.
        if (this.boards.get(boardId) !== loading) return await this.run(boardId, operation)
        const { store } = this.options
        const value = store.isShared
          ? await store.withBoardLock(boardId, async (docs) => {
              await this.refresh(boardId, board, docs)
              return this.apply(boardId, board, operation, docs)
            })
          : await this.apply(boardId, board, operation, store)
        // After the lock: a failed compaction must not undo the append sharing its transaction.
        if (board.appendsSinceCompaction >= this.compactEvery) await this.compact(boardId, board)
        return value
      } finally {
        release()
        board.pending -= 1
        if (board.pending === 0) this.scheduleIdleUnload(boardId, loading, board)
      }
    })
  }

  private async apply<T>(
    boardId: string,
    board: LoadedBallots,
    operation: (doc: Y.Doc) => T,
    docs: LockedBoardDocs,
  ): Promise<T> {
    const updates: Uint8Array[] = []
    const record = (update: Uint8Array) => updates.push(update)
    board.doc.on('update', record)
    let value: T
    try {
      value = board.doc.transact(() => operation(board.doc))
    } finally {
      board.doc.off('update', record)
    }
    if (updates.length === 0) return value
    try {
      board.lastSeq = await docs.appendUpdate(boardId, 'ballots', Y.mergeUpdates(updates))
    } catch (error) {
      this.forget(boardId)
      throw error
    }
    board.appendsSinceCompaction += 1
    return value
  }

  /** Starts from the stored ballots when another instance changed them since this one last did (under the lock). */
  private async refresh(boardId: string, board: LoadedBallots, docs: LockedBoardDocs): Promise<void> {
    const stored = await docs.loadDoc(boardId, 'ballots')
    if (stored.lastSeq === board.lastSeq) return
    board.doc = readStoredDoc(stored.updates)
    board.lastSeq = stored.lastSeq
    board.appendsSinceCompaction = stored.updates.length
  }

  private load(boardId: string): Promise<LoadedBallots> {
    const existing = this.boards.get(boardId)
    if (existing) return existing
    const loading = this.loadFromStore(boardId)
    this.boards.set(boardId, loading)
    loading.catch(() => {
      if (this.boards.get(boardId) === loading) this.boards.delete(boardId)
    })
    return loading
  }

  private async loadFromStore(boardId: string): Promise<LoadedBallots> {
    const stored = await this.options.store.loadDoc(boardId, 'ballots')
    const board: LoadedBallots = {
      doc: readStoredDoc(stored.updates),
      lastSeq: stored.lastSeq,
      appendsSinceCompaction: stored.updates.length,
      tail: Promise.resolve(),
      pending: 0,
      idleTimer: null,
    }
    if (stored.updates.length > this.compactEvery) await this.compact(boardId, board)
    return board
  }

  private async compact(boardId: string, board: LoadedBallots): Promise<void> {
    try {
      await this.options.store.compactDoc(boardId, 'ballots', Y.encodeStateAsUpdate(board.doc), board.lastSeq)
      board.appendsSinceCompaction = 0
    } catch (error) {
      // The log is intact; compaction is only retried later.
      this.options.logger.warn({ err: error, boardId }, 'ballots compaction failed')
    }
  }

  private scheduleIdleUnload(boardId: string, loading: Promise<LoadedBallots>, board: LoadedBallots): void {
    this.stopIdleTimer(board)
    board.idleTimer = setTimeout(() => {
      board.idleTimer = null
      if (this.boards.get(boardId) === loading) this.boards.delete(boardId)
    }, this.idleUnloadMs)
    board.idleTimer.unref()
  }

  private stopIdleTimer(board: LoadedBallots): void {
    if (board.idleTimer) clearTimeout(board.idleTimer)
    board.idleTimer = null
  }

  private forget(boardId: string): void {
    const loading = this.boards.get(boardId)
    this.boards.delete(boardId)
    void loading?.then((board) => this.stopIdleTimer(board))
  }
}

function readStoredDoc(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)))
  return doc
}
