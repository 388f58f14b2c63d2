/** The origin of what a room applies from another instance or from the store: relayed, never stored or gated again. */
export const remoteOrigin = Symbol('cxmap.remote')

/** What a room does with what other instances send about its document. */
export interface RemoteRoom {
  /** An update another instance stored: apply it and relay it to this instance's clients. */
  applyUpdate(update: Uint8Array): void
  /** Awareness states of another instance's clients. */
  applyAwareness(instanceId: string, update: Uint8Array): void
  /** That instance stopped or went silent: its clients' states go. */
  dropInstance(instanceId: string): void
  /** The states of this instance's own clients (for an instance that just subscribed); `null` when none. */
  encodeLocalAwareness(): Uint8Array | null
  /** Loads the stored doc and applies it (Yjs keeps what is new), relaying what was new to this instance's clients. */
  resync(): Promise<void>
}

/** A room's link to the other instances holding the same document (one channel per board document). */
export interface DocLink {
  /** Subscribes to the document's channel; resolves once subscribed, or at once when Redis is down (never rejects). */
  subscribe(): Promise<void>
  /** Publishes an update this instance stored, with its sequence number. */
  publishUpdate(update: Uint8Array, seq: number): void
  /** Publishes awareness changes of this instance's clients. */
  publishAwareness(update: Uint8Array): void
  /** Publishes the voter keys this instance's connections to the board hold now (all of them). */
  publishVoters(voterKeys: string[]): void
  /** Unsubscribes (the room closed). */
  close(): void
}

/** What an instance does when another one publishes a board's control event. */
export interface BoardEventHandlers {
  /** Closes this instance's sockets opened with these token hashes, and refuses them from now on. */
  revoke(boardId: string, tokenHashes: readonly string[]): void
  /** Closes this instance's sockets of the board with this code and forgets its rooms (the board was deleted). */
  close(boardId: string, code: number, reason: string): Promise<void>
  /** Checks the board's sockets against the store: its events may have been lost while Redis was down. */
  recheck(boardId: string): Promise<void>
}

/** Counts what goes through Redis. */
export interface FanoutMetrics {
  countPublished(): void
  countReceived(): void
}

/** Fan-out metrics that report nothing. */
export const noopFanoutMetrics: FanoutMetrics = { countPublished: () => {}, countReceived: () => {} }
