import { CloseCode, RetryCloseCode, type DocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../logger.ts'
import type { SyncMetrics } from '../metrics.ts'
import type { GroupCommit } from '../storage/groupCommit.ts'
import type { BoardStore } from '../storage/types.ts'
import { Connection } from './Connection.ts'
import { MalformedMessageError, decodeClientMessage, encodeSyncStep1 } from './messages.ts'
import { DocCompaction } from './docCompaction.ts'
import { DocChanges } from './docChanges.ts'
import { DocSizeBudget } from './docSizeBudget.ts'
import type { Fanout } from './fanout/Fanout.ts'
import { RemoteDoc } from './fanout/RemoteDoc.ts'
import { remoteOrigin } from './fanout/types.ts'
import { RoomPresence } from './RoomPresence.ts'
import { SyncReplies } from './syncReplies.ts'
import { UpdateQueue } from './UpdateQueue.ts'
import type { UpdateGate } from './gate/updateGate.ts'

/** What a room needs; the callbacks let its manager track it. */
export interface RoomOptions {
  boardId: string
  kind: DocKind
  store: BoardStore
  /** Where accepted updates are appended: one transaction per event-loop turn across every room. */
  appends: GroupCommit
  logger: Logger
  metrics: SyncMetrics
  compactEveryUpdates: number
  /** Largest encoded size of the doc: growth past it is refused (4409); unbounded when absent. */
  maxDocBytes?: number
  /** Checks each client update before it is applied (refused: 4422, nothing applied or stored); none: all pass. */
  gate?: UpdateGate
  /** Awareness changes within this window are relayed as one message (0: at once). */
  awarenessFlushMs: number
  /**
   * A busy room's updates within this window after one that went at once are stored, published and relayed together at
   * its end (0: each at once).
   */
  updateFlushMs: number
  /** Fan-out to the other instances holding the doc (REDIS_URL); none: this instance is alone. */
  fanout?: Fanout
  /** The last connection left. */
  onEmpty(room: Room): void
  /** The room closed itself (load or storage failure) and must be forgotten. */
  onFailed(room: Room): void
}

/**
 * A stored doc larger than this many times MAX_DOC_BYTES is not loaded (Yjs holds several times its encoded size in
 * memory); between the limit and this it loads and only deletions are accepted.
 */
const MAX_LOAD_FACTOR = 4

/**
 * One loaded board document: its Y.Doc, awareness and connections. Every accepted update is appended to storage before
 * it is relayed, through one ordered queue ({@link UpdateQueue}) that also carries sync replies, so no client ever
 * receives state that is not stored yet.
 */
export class Room {
  readonly doc = new Y.Doc()
  private readonly presence: RoomPresence
  private readonly updates: UpdateQueue
  /** Settles when the room is loaded or failed to load. */
  readonly loaded: Promise<void>
  private readonly connections = new Set<Connection>()
  private state: 'loading' | 'ready' | 'closed' = 'loading'
  private readonly buffered: { connection: Connection; bytes: Uint8Array }[] = []
  private readonly compaction: DocCompaction
  private readonly log: Logger
  private readonly size: DocSizeBudget
  /** What the other instances holding the doc send; `null` when alone. */
  private readonly remote: RemoteDoc | null
  /** Turns what is applied to the doc into the updates to store and relay. */
  private readonly changes: DocChanges
  private readonly replies: SyncReplies

  constructor(
    private readonly options: RoomOptions,
    previousUnload: Promise<void> = Promise.resolve(),
  ) {
    this.log = options.logger.child({ boardId: options.boardId, doc: options.kind })
    this.changes = new DocChanges(this.doc, options.gate !== undefined, this.handleDocUpdate)
    this.replies = new SyncReplies(this.doc)
    this.size = new DocSizeBudget(this.doc, options.maxDocBytes ?? Number.POSITIVE_INFINITY)
    this.remote = options.fanout ? this.createRemoteDoc(options.fanout) : null
    const { boardId, kind, store } = options
    this.compaction = new DocCompaction(
      {
        boardId,
        kind,
        store,
        doc: this.doc,
        size: this.size,
        log: this.log,
        remote: this.remote,
        readLastSeq: () => this.updates.lastSeq,
        isReady: () => this.state === 'ready',
      },
      options.compactEveryUpdates,
    )
    const link = this.remote?.link
    this.updates = new UpdateQueue({
      boardId,
      kind,
      appends: options.appends,
      metrics: options.metrics,
      log: this.log,
      windowMs: options.updateFlushMs,
      countConnections: () => this.connections.size,
      broadcast: (bytes, except) => this.broadcast(bytes, except),
      isReady: () => this.state === 'ready',
      publish: (update, seq) => link?.publishUpdate(update, seq),
      afterAppend: (bytes) => this.compaction.appended(bytes),
      fail: () => this.fail(),
    })
    this.presence = new RoomPresence(this.doc, {
      flushMs: options.awarenessFlushMs,
      broadcast: (bytes) => this.broadcast(bytes, null),
      publish: link ? (update) => link.publishAwareness(update) : undefined,
      // Ballots are cast by the canvas's voters, through whichever instance the request reaches.
      publishVoters: link && options.kind === 'board' ? (keys) => link.publishVoters(keys) : undefined,
    })
    this.loaded = this.load(previousUnload)
  }

  /** Whether the doc is loaded and open (its state is the room's truth). */
  get isReady(): boolean {
    return this.state === 'ready'
  }

  /** Open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Whether an open connection of a voting role claimed this voter key in its awareness. */
  hasVoter(voterKey: string): boolean {
    return this.presence.hasVoter(voterKey)
  }

  /** Adds a connection; it is greeted (syncStep1 + awareness) once the room is loaded. */
  addConnection(connection: Connection): void {
    this.connections.add(connection)
    if (this.state === 'ready') this.greet(connection)
  }

  /** Removes a connection and the awareness states it announced. */
  removeConnection(connection: Connection): void {
    connection.markClosed()
    if (!this.connections.delete(connection)) return
    this.presence.release(connection)
    if (this.connections.size === 0) this.options.onEmpty(this)
  }

  /** Handles one message; buffered in arrival order while the room loads. */
  receive(connection: Connection, bytes: Uint8Array): void {
    if (this.state === 'loading') this.buffered.push({ connection, bytes })
    else if (this.state === 'ready') this.handleMessage(connection, bytes)
  }

  /** Closes every connection with `code` but keeps the room (and its pending appends) alive. */
  disconnectAll(code: number, reason: string): void {
    for (const connection of [...this.connections]) {
      connection.close(code, reason)
      this.removeConnection(connection)
    }
  }

  /**
   * Closes the connections `matches` selects as rejected (their messages still queued are dropped, as for a protocol
   * violation) and returns how many there were.
   */
  rejectWhere(matches: (connection: Connection) => boolean, code: number, reason: string): number {
    let count = 0
    for (const connection of [...this.connections]) {
      if (!matches(connection)) continue
      connection.reject(code, reason)
      this.removeConnection(connection)
      count += 1
    }
    return count
  }

  /** Resolves once every queued append and reply is done (what waits for the window goes now). */
  async flush(): Promise<void> {
    await this.updates.flush()
  }

  /**
   * What `read` (synchronous, keeping nothing of the doc) makes of the doc once every update applied so far is stored:
   * no copy of a large board for a reader that needs one record. `null` when the room failed or closed.
   */
  async readStored<T>(read: (doc: Y.Doc) => T): Promise<{ value: T } | null> {
    await this.loaded
    await this.flush()
    return this.state === 'ready' ? { value: read(this.doc) } : null
  }

  /** Stores what is pending, folds the log into a snapshot and frees the room. */
  async unload(): Promise<void> {
    const startedAt = performance.now()
    await this.loaded
    await this.flush()
    if (this.state !== 'ready') return
    await this.compaction.compact()
    const bytes = Y.encodeStateAsUpdate(this.doc).byteLength
    this.terminate(RetryCloseCode.serviceRestart, 'room unloaded')
    this.log.info({ bytes, ms: Math.round(performance.now() - startedAt) }, 'room unloaded')
  }

  /** Closes the room at once, dropping pending work (the board was deleted); waits for an append in flight. */
  async close(code: number, reason: string): Promise<void> {
    this.terminate(code, reason)
    await this.flush()
  }

  private async load(previousUnload: Promise<void>): Promise<void> {
    const startedAt = performance.now()
    let loadedBytes = 0
    try {
      await previousUnload
      // Subscribed first: an update another instance stores after the load below is then received.
      await this.remote?.link.subscribe()
      const stored = await this.options.store.loadDoc(this.options.boardId, this.options.kind)
      if (this.state !== 'loading') return
      loadedBytes = stored.updates.reduce((sum, update) => sum + update.byteLength, 0)
      if (this.isTooLargeToLoad(loadedBytes)) return
      Y.transact(this.doc, () => stored.updates.forEach((update) => Y.applyUpdate(this.doc, update)))
      this.updates.lastSeq = stored.lastSeq
      this.compaction.loaded(stored.updates.length, loadedBytes)
      this.size.reset(loadedBytes)
    } catch (error) {
      this.log.error({ err: error }, 'room load failed')
      this.fail()
      return
    }
    this.changes.start()
    this.presence.start()
    this.state = 'ready'
    this.log.info({ bytes: loadedBytes, ms: Math.round(performance.now() - startedAt) }, 'room loaded')
    for (const connection of this.connections) this.greet(connection)
    this.remote?.afterLoad()
    for (const { connection, bytes } of this.buffered.splice(0)) this.handleMessage(connection, bytes)
  }

  private createRemoteDoc(fanout: Fanout): RemoteDoc {
    const { boardId, kind, store } = this.options
    return new RemoteDoc(fanout, {
      boardId,
      kind,
      doc: this.doc,
      store,
      log: this.log,
      // Read when a message comes: the presence is created after the remote doc, and the state changes.
      readPresence: () => this.presence,
      readState: () => this.state,
      relayingChanges: (apply) => this.changes.applyEncoded(apply),
    })
  }

  private greet(connection: Connection): void {
    connection.send(encodeSyncStep1(this.doc))
    if (this.presence.size > 0) connection.send(this.presence.encodeAll())
  }

  /** Refuses (4409, final) a stored doc far past the size limit, before Yjs inflates it in memory. */
  private isTooLargeToLoad(bytes: number): boolean {
    const { maxBytes } = this.size
    if (bytes > maxBytes * MAX_LOAD_FACTOR) {
      this.log.error({ bytes, maxDocBytes: maxBytes }, 'stored doc too large to load (MAX_DOC_BYTES)')
      this.terminate(CloseCode.boardFull, 'board too large to open')
      this.options.onFailed(this)
      return true
    }
    if (bytes > maxBytes) this.log.warn({ bytes, maxDocBytes: maxBytes }, 'stored doc over MAX_DOC_BYTES: no growth')
    return false
  }

  /** Whether `update` fits the size limit; a connection whose update does not is closed with 4409 (final). */
  private admitsGrowth(connection: Connection, update: Uint8Array): boolean {
    if (this.size.admits(update)) return true
    const fields = { role: connection.role, bytes: update.byteLength, estimate: this.size.estimate }
    this.log.warn(fields, 'update would grow the doc past MAX_DOC_BYTES, closing connection')
    connection.reject(CloseCode.boardFull, 'board full')
    this.removeConnection(connection)
    return false
  }

  /**
   * Whether the gate lets `update` in. A connection whose update it refuses is closed with its code (4422), except an
   * update that only lacks predecessors: dropped, and the sender is sent the doc's state vector to send what is missing.
   */
  private passesGate(connection: Connection, update: Uint8Array): boolean {
    const verdict = this.options.gate?.check(this.doc, update, { isFacilitator: connection.role === 'facilitator' })
    if (!verdict || verdict.ok) return true
    if (verdict.missingState) {
      this.log.info({ role: connection.role }, 'update lacks predecessors, asking the client for them')
      if (!connection.isClosed) this.updates.sendAfterPendingAppends(connection, encodeSyncStep1(this.doc))
      return false
    }
    this.log.warn({ role: connection.role, code: verdict.code, reason: verdict.reason }, 'update refused, closing')
    connection.reject(verdict.code, verdict.reason)
    this.removeConnection(connection)
    return false
  }

  private handleMessage(connection: Connection, bytes: Uint8Array): void {
    // Updates of a client that already left are still applied: it sent them while connected. Only a client closed for
    // a protocol violation loses the rest of its stream.
    if (connection.isRejected || this.state !== 'ready') return
    try {
      const message = decodeClientMessage(bytes)
      switch (message.type) {
        case 'syncStep1':
          // Computed now, sent after the appends queued so far: the reply holds only state applied before it.
          if (!connection.isClosed)
            for (const reply of this.replies.reply(message.stateVector))
              this.updates.sendAfterPendingAppends(connection, reply)
          return
        case 'syncStep2':
        case 'update':
          if (!connection.canWriteDoc || !this.admitsGrowth(connection, message.update)) return
          if (!this.passesGate(connection, message.update)) return
          this.changes.applyFromClient(message.update, connection)
          return
        case 'awareness':
          if (!connection.isClosed && !this.presence.receive(connection, message.update)) {
            this.log.warn({ role: connection.role }, 'too many awareness messages, closing connection')
            connection.reject(RetryCloseCode.overloaded, 'too many awareness messages')
            this.removeConnection(connection)
          }
          return
        case 'queryAwareness':
          connection.send(this.presence.encodeAll())
          return
      }
    } catch (error) {
      this.rejectMalformed(connection, error)
    }
  }

  private rejectMalformed(connection: Connection, error: unknown): void {
    const reason = error instanceof MalformedMessageError ? error.message : String(error)
    this.log.warn({ role: connection.role, reason }, 'malformed message, closing connection')
    connection.reject(CloseCode.badMessage, 'malformed message')
    this.removeConnection(connection)
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.size.grow(update.byteLength)
    this.replies.changed(update)
    // Stored by the instance that accepted it (or read from the store): relayed only.
    if (origin === remoteOrigin) return this.updates.relayRemote(update)
    this.updates.push(update, origin instanceof Connection ? origin : null)
  }

  private broadcast(bytes: Uint8Array, except: Connection | null): void {
    for (const connection of this.connections) if (connection !== except) connection.send(bytes)
  }

  private fail(): void {
    if (this.state === 'closed') return
    this.terminate(RetryCloseCode.internalError, 'storage failed')
    this.options.onFailed(this)
  }

  private terminate(code: number, reason: string): void {
    if (this.state === 'closed') return
    this.state = 'closed'
    this.updates.dispose()
    this.buffered.length = 0
    for (const connection of this.connections) connection.close(code, reason)
    this.connections.clear()
    this.changes.stop()
    this.replies.forget()
    this.remote?.link.close()
    this.presence.destroy()
    this.doc.destroy()
  }
}
