import type { Locale, StoredDocKind, TemplateId } from '@cxmap/shared'
import type { LinkGenerations, TokenHashes } from '../auth/tokens.ts'

/** A board's stored metadata. Tokens are never stored, only their hashes. */
export interface BoardRecord {
  id: string
  title: string
  locale: Locale
  /** The template the board was created from. */
  template: TemplateId
  /** ISO 8601. */
  createdAt: string
  /** ISO 8601; set by the store on every update. */
  updatedAt: string
  tokenHashes: TokenHashes
  linkGenerations: LinkGenerations
}

/** A board's metadata (no token hashes) and what it takes in storage, for the admin's list. */
export interface BoardStats {
  id: string
  title: string
  locale: Locale
  template: TemplateId
  /** ISO 8601. */
  createdAt: string
  /** ISO 8601: the later of `updatedAt` and the time its last document update was stored. */
  lastActiveAt: string
  /** Bytes of its stored document updates and snapshots. */
  storedBytes: number
}

/** One update for one of a board's documents, as {@link BoardStore.appendUpdates} takes it. */
export interface DocAppend {
  boardId: string
  kind: StoredDocKind
  update: Uint8Array
}

/** One document's first content, stored with its board by {@link BoardStore.createBoard}. */
export interface InitialDoc {
  kind: StoredDocKind
  update: Uint8Array
}

/** A board's documents while {@link BoardStore.withBoardLock} holds its lock. */
export type LockedBoardDocs = Pick<BoardStore, 'loadDoc' | 'appendUpdate' | 'compactDoc'>

/** A stored Yjs document: apply `updates` in order (a snapshot first when the doc was compacted). */
export interface StoredDoc {
  updates: Uint8Array[]
  /** Sequence number of the last update included; 0 for an empty doc. */
  lastSeq: number
}

/**
 * Persistence of boards and their Yjs documents, as an append-only update log per document plus a snapshot.
 * Every method is async so that a networked backend (PostgreSQL) fits behind the same interface.
 */
export interface BoardStore {
  /** Stores a new board with its documents' first content, all or nothing; rejects if the id exists. */
  createBoard(board: BoardRecord, docs?: readonly InitialDoc[]): Promise<void>
  /** The board, or `null` when unknown. */
  getBoard(id: string): Promise<BoardRecord | null>
  /** Changes the title and stamps `updatedAt`; `null` when unknown. */
  updateBoard(id: string, changes: { title: string }): Promise<BoardRecord | null>
  /**
   * Replaces the token hashes and link generations (a link rotation) and stamps `updatedAt`, but only while the stored
   * hashes still equal `expected`; `null` when the board is unknown or its tokens changed meanwhile (compare-and-set).
   */
  replaceTokens(
    id: string,
    expected: TokenHashes,
    next: { tokenHashes: TokenHashes; linkGenerations: LinkGenerations },
  ): Promise<BoardRecord | null>
  /** Deletes the board and all of its documents; `false` when unknown. */
  deleteBoard(id: string): Promise<boolean>
  /** Everything stored for one of the board's documents. */
  loadDoc(boardId: string, kind: StoredDocKind): Promise<StoredDoc>
  /** Appends one update durably and returns its sequence number (increasing per document, never reused). */
  appendUpdate(boardId: string, kind: StoredDocKind, update: Uint8Array): Promise<number>
  /**
   * Appends updates of any boards' documents durably in one transaction, all or none, in the given order; returns
   * their sequence numbers in that order (a group commit: one commit for what many rooms accepted in one turn).
   */
  appendUpdates(appends: readonly DocAppend[]): Promise<number[]>
  /** Atomically replaces the updates up to `throughSeq` by `snapshot` (which must contain them all). */
  compactDoc(boardId: string, kind: StoredDocKind, snapshot: Uint8Array, throughSeq: number): Promise<void>
  /** Every board with its storage figures, oldest first (one query, whatever the number of boards). */
  listBoards(): Promise<BoardStats[]>
  /** How many boards are stored (cheap: read at every metrics scrape). */
  countBoards(): Promise<number>
  /** Bytes the stored data takes (SQLite: the database file and its write-ahead log). */
  databaseBytes(): Promise<number>
  /** Whether other processes write the same data (PostgreSQL): what a process holds in memory may be stale. */
  readonly isShared: boolean
  /**
   * Runs `fn` while holding the board's lock, across every process sharing the store (PostgreSQL: an advisory lock in
   * a transaction that also carries what `fn` does through `docs`; SQLite and memory: an in-process mutex).
   */
  withBoardLock<T>(boardId: string, fn: (docs: LockedBoardDocs) => Promise<T>): Promise<T>
  /** Resolves when the store can serve requests (readiness probe). */
  ping(): Promise<void>
  /** Releases the store; no call is made afterwards. */
  close(): Promise<void>
}
