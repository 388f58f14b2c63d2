import { CloseCode, DOC_KINDS, RetryCloseCode, canEditBoard, type DocKind, type Role } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../logger.ts'
import type { SyncMetrics } from '../metrics.ts'
import { GroupCommit } from '../storage/groupCommit.ts'
import type { BoardStore } from '../storage/types.ts'
import { Connection, TokenBucket, type SyncSocket } from './Connection.ts'
import { MessageRates, SendAllowances, type SyncLimits } from './syncLimits.ts'
import type { Fanout } from './fanout/Fanout.ts'
import { Room } from './Room.ts'
import { RoomGates } from './gate/roomGates.ts'

/** What a {@link RoomManager} is built from. */
export interface RoomManagerOptions {
  store: BoardStore
  logger: Logger
  metrics: SyncMetrics
  limits: SyncLimits
  /** Whether rooms check client updates with the schema gate (default true; false: tests of sync mechanics). */
  checkUpdates?: boolean
  /** Milliseconds clock of the rate limiter (injectable for tests). */
  now?: () => number
  /** Fan-out to other instances sharing the store (REDIS_URL); none: this instance is alone. */
  fanout?: Fanout
}

/** An authenticated client joining one of a board's documents. */
export interface ConnectRequest {
  boardId: string
  kind: DocKind
  role: Role
  socket: SyncSocket
  /**
   * SHA-256 hex of the board link it authenticated with; lets {@link RoomManager.revokeTokens} (and a recheck against
   * the stored links) find it. None for a print token.
   */
  tokenHash?: string
  /** The client address's limit key: its connections to the board share one byte budget across reconnects. */
  address?: string
}

/** The transport adapter's side of a connection: feed it what the socket receives, tell it when the socket closed. */
export interface ConnectionHandle {
  receive(data: ArrayBuffer | Uint8Array | string): void
  disconnect(): void
}

type IncomingData = ArrayBuffer | Uint8Array | string

const closedHandle: ConnectionHandle = { receive: () => {}, disconnect: () => {} }

/** Revoked token hashes remembered per board, to close sockets that authenticated just before a rotation. */
const MAX_REMEMBERED_REVOCATIONS = 32

/** Whether `role` may change a document of this kind: the control doc is the facilitator's alone. */
export function canWriteDoc(kind: DocKind, role: Role): boolean {
  return kind === 'control' ? role === 'facilitator' : canEditBoard(role)
}

/**
 * Keeps one {@link Room} per loaded board document: loads it on the first connection (one shared load), unloads it a
 * grace period after the last connection left, and enforces the message and connection limits.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>()
  private readonly revokedHashes = new Map<string, Set<string>>()
  private isShuttingDown = false
  private readonly gates = new RoomGates({
    load: (boardId) => this.options.store.loadDoc(boardId, 'control'),
    findLive: (boardId) => {
      const room = this.rooms.get(roomKey(boardId, 'control'))
      return room?.isReady ? room.doc : null
    },
  })

  /** One group commit for every room: what they accept in one event-loop turn is stored in one transaction. */
  private readonly appends: GroupCommit
  private readonly allowances: SendAllowances

  constructor(private readonly options: RoomManagerOptions) {
    this.allowances = new SendAllowances(options.limits, options.now)
    this.appends = new GroupCommit(
      options.store,
      ({ appends, seconds }) => options.metrics.observeCommit(appends, seconds),
      options.limits.commitDelayMs,
    )
    options.fanout?.setBoardEvents({
      revoke: (boardId, tokenHashes) => this.revokeLocally(boardId, tokenHashes),
      close: (boardId, code, reason) => this.closeBoardLocally(boardId, code, reason),
      recheck: (boardId) => this.recheckLinks(boardId),
    })
  }

  /** Loaded rooms. */
  get roomCount(): number {
    return this.rooms.size
  }

  /** Open connections over all rooms. */
  get connectionCount(): number {
    let count = 0
    for (const room of this.rooms.values()) count += room.connectionCount
    return count
  }

  /** Open connections to the board's canvas document now: one per open board page (the admin's list). */
  countBoardConnections(boardId: string): number {
    return this.rooms.get(roomKey(boardId, 'board'))?.connectionCount ?? 0
  }

  /** Whether a browser holding this voter key has the board's canvas open now (on any instance), with a voting role. */
  hasConnectedVoter(boardId: string, voterKey: string): boolean {
    if (this.rooms.get(roomKey(boardId, 'board'))?.hasVoter(voterKey)) return true
    return this.options.fanout?.hasRemoteVoter(boardId, voterKey) ?? false
  }

  /** Attaches an authenticated socket to its room; closes it at once when the board is full or the server stopping. */
  connect({ boardId, kind, role, socket, tokenHash, address }: ConnectRequest): ConnectionHandle {
    const { limits, metrics } = this.options
    const awarenessBucket = new TokenBucket(limits.maxAwarenessPerSecond, limits.awarenessBurst, this.options.now)
    const connection = new Connection(
      socket,
      role,
      canWriteDoc(kind, role),
      metrics,
      tokenHash ?? null,
      awarenessBucket,
      limits.maxBufferedBytes,
    )
    if (this.isShuttingDown) {
      connection.close(RetryCloseCode.serviceRestart, 'server shutting down')
      return closedHandle
    }
    // Authenticated against the board before a rotation that finished while the socket was opening.
    if (tokenHash && this.revokedHashes.get(boardId)?.has(tokenHash)) {
      connection.close(CloseCode.linkRevoked, 'link revoked')
      return closedHandle
    }
    const room = this.getOrLoadRoom(boardId, kind)
    if (room.connectionCount >= limits.maxConnectionsPerBoard) {
      connection.close(CloseCode.tooMany, 'too many connections on this board')
      return closedHandle
    }
    this.cancelUnload(room)
    room.addConnection(connection)
    const allowanceKey = address === undefined ? null : `${address} ${boardId}`
    const rates =
      allowanceKey === null ? new MessageRates(limits, this.options.now) : this.allowances.open(allowanceKey)
    return {
      receive: (data) => this.receive(room, connection, rates, data),
      disconnect: () => {
        room.removeConnection(connection)
        if (allowanceKey !== null) this.allowances.close(allowanceKey, rates)
      },
    }
  }

  /**
   * The full state of a loaded document, taken once its pending updates are stored (so a reader never sees what a
   * crash could still lose); `null` when no room holds it, once any unload in progress has stored. Loads nothing.
   */
  async readLoadedDoc(boardId: string, kind: DocKind): Promise<Uint8Array | null> {
    return (await this.readLoadedDocWith(boardId, kind, (doc) => Y.encodeStateAsUpdate(doc)))?.value ?? null
  }

  /** What `read` makes of a loaded document (see {@link Room.readStored}); `null` when no room holds it. */
  async readLoadedDocWith<T>(boardId: string, kind: DocKind, read: (doc: Y.Doc) => T): Promise<{ value: T } | null> {
    const key = roomKey(boardId, kind)
    const room = this.rooms.get(key)
    if (room) return room.readStored(read)
    await this.unloading.get(key)
    return null
  }

  /**
   * Closes the board's connections with `code` and forgets its rooms without storing anything more (deletion), on
   * every instance.
   */
  async closeBoard(boardId: string, code: number, reason: string): Promise<void> {
    this.options.fanout?.publishCloseBoard(boardId, code, reason)
    await this.closeBoardLocally(boardId, code, reason)
  }

  private async closeBoardLocally(boardId: string, code: number, reason: string): Promise<void> {
    this.revokedHashes.delete(boardId)
    this.gates.forgetBoard(boardId)
    await Promise.all(
      DOC_KINDS.map(async (kind) => {
        const key = roomKey(boardId, kind)
        const room = this.rooms.get(key)
        if (room) {
          this.rooms.delete(key)
          this.cancelUnload(room)
          await room.close(code, reason)
        }
        await this.unloading.get(key)
      }),
    )
  }

  /**
   * Closes, on both of the board's documents, every connection opened with one of `tokenHashes` (4410, link revoked),
   * dropping its messages not yet applied, and refuses sockets still opening with them, on every instance. Returns how
   * many were closed on this one.
   */
  revokeTokens(boardId: string, tokenHashes: readonly string[]): number {
    this.options.fanout?.publishRevoke(boardId, tokenHashes)
    return this.revokeLocally(boardId, tokenHashes)
  }

  private revokeLocally(boardId: string, tokenHashes: readonly string[]): number {
    const revoked = new Set(tokenHashes)
    const remembered = this.revokedHashes.get(boardId) ?? new Set<string>()
    for (const hash of revoked) remembered.add(hash)
    // Oldest first: a socket is only ever an instant away from its authentication, so old entries never matter.
    for (const hash of remembered) {
      if (remembered.size <= MAX_REMEMBERED_REVOCATIONS) break
      remembered.delete(hash)
    }
    this.revokedHashes.set(boardId, remembered)
    let count = 0
    for (const kind of DOC_KINDS) {
      const room = this.rooms.get(roomKey(boardId, kind))
      const isRevoked = (connection: Connection) => connection.tokenHash !== null && revoked.has(connection.tokenHash)
      count += room?.rejectWhere(isRevoked, CloseCode.linkRevoked, 'link revoked') ?? 0
    }
    if (count > 0) this.options.logger.info({ boardId, count }, 'closed connections of revoked links')
    return count
  }

  /**
   * Closes the board's connections whose link is no longer the board's (4410), or all of them when the board is gone
   * (4404): a revocation or deletion another instance published may have been lost while Redis was down.
   */
  private async recheckLinks(boardId: string): Promise<void> {
    const board = await this.options.store.getBoard(boardId)
    if (!board) return this.closeBoardLocally(boardId, CloseCode.notFound, 'board deleted')
    const isStale = (connection: Connection) =>
      connection.tokenHash !== null && board.tokenHashes[connection.role] !== connection.tokenHash
    let count = 0
    for (const kind of DOC_KINDS) {
      count += this.rooms.get(roomKey(boardId, kind))?.rejectWhere(isStale, CloseCode.linkRevoked, 'link revoked') ?? 0
    }
    if (count > 0) this.options.logger.info({ boardId, count }, 'closed connections of links revoked meanwhile')
  }

  /** Closes every connection with `code`, stores what is pending, compacts and frees every room. */
  async shutdown(code: number = RetryCloseCode.serviceRestart, reason = 'server restarting'): Promise<void> {
    this.isShuttingDown = true
    for (const timer of this.unloadTimers.values()) clearTimeout(timer)
    this.unloadTimers.clear()
    const rooms = [...this.rooms.values()]
    this.rooms.clear()
    for (const room of rooms) room.disconnectAll(code, reason)
    await Promise.all([...rooms.map((room) => this.unloadQuietly(room)), ...this.unloading.values()])
  }

  private receive(room: Room, connection: Connection, rates: MessageRates, data: IncomingData) {
    if (connection.isClosed) return
    if (typeof data === 'string')
      return this.reject(room, connection, CloseCode.badMessage, 'text messages are not supported')
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
    this.options.metrics.countMessageIn(bytes.byteLength)
    const refusal = rates.check(bytes)
    if (refusal) return this.reject(room, connection, refusal.code, refusal.reason)
    room.receive(connection, bytes)
  }

  private reject(room: Room, connection: Connection, code: number, reason: string): void {
    this.options.logger.warn({ code, reason, role: connection.role }, 'closing sync connection')
    connection.reject(code, reason)
    room.removeConnection(connection)
  }

  private getOrLoadRoom(boardId: string, kind: DocKind): Room {
    const key = roomKey(boardId, kind)
    const existing = this.rooms.get(key)
    if (existing) return existing
    const { store, logger, metrics, limits } = this.options
    const room = new Room(
      {
        boardId,
        kind,
        store,
        appends: this.appends,
        logger,
        metrics,
        compactEveryUpdates: limits.compactEveryUpdates,
        maxDocBytes: limits.maxDocBytes,
        awarenessFlushMs: limits.awarenessFlushMs,
        updateFlushMs: limits.updateFlushMs,
        fanout: this.options.fanout,
        gate: this.options.checkUpdates === false ? undefined : this.gates.create(boardId, kind),
        onEmpty: (emptied) => this.scheduleUnload(key, emptied),
        onFailed: (failed) => this.forget(key, failed),
      },
      // A room being unloaded must finish storing before the same document is loaded again.
      this.gates.beforeLoad(boardId, kind, this.unloading.get(key)),
    )
    this.rooms.set(key, room)
    return room
  }

  private scheduleUnload(key: string, room: Room): void {
    if (this.isShuttingDown || this.rooms.get(key) !== room) return
    this.cancelUnload(room)
    const timer = setTimeout(() => this.unloadRoom(key, room), this.options.limits.roomUnloadGraceMs)
    timer.unref()
    this.unloadTimers.set(room, timer)
  }

  private cancelUnload(room: Room): void {
    clearTimeout(this.unloadTimers.get(room))
    this.unloadTimers.delete(room)
  }

  private unloadRoom(key: string, room: Room): void {
    this.unloadTimers.delete(room)
    if (room.connectionCount > 0 || this.rooms.get(key) !== room) return
    this.rooms.delete(key)
    if (key.startsWith(CONTROL_KEY_PREFIX) && room.isReady) {
      this.gates.rememberLock(key.slice(CONTROL_KEY_PREFIX.length), room.doc)
    }
    const done: Promise<void> = this.unloadQuietly(room).finally(() => {
      if (this.unloading.get(key) === done) this.unloading.delete(key)
    })
    this.unloading.set(key, done)
  }

  private async unloadQuietly(room: Room): Promise<void> {
    try {
      await room.unload()
    } catch (error) {
      this.options.logger.error({ err: error }, 'room unload failed')
    }
  }

  private forget(key: string, room: Room): void {
    this.cancelUnload(room)
    if (this.rooms.get(key) === room) this.rooms.delete(key)
  }
}

function roomKey(boardId: string, kind: DocKind): string {
  return `${kind}:${boardId}`
}

const CONTROL_KEY_PREFIX = roomKey('', 'control')
