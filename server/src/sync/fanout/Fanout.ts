import { randomUUID } from 'node:crypto'
import type { DocKind } from '@cxmap/shared'
import type { Logger } from '../../logger.ts'
import {
  BOARD_EVENTS_PATTERN,
  FanoutType,
  INSTANCES_CHANNEL,
  createSignal,
  decodeFanoutMessage,
  decodeJsonPayload,
  encodeFanoutMessage,
  encodeJsonPayload,
  formatDocChannel,
  formatEventsChannel,
  readEventsBoardId,
  type FanoutMessage,
} from './fanoutMessages.ts'
import { RedisLink } from './redisLink.ts'
import { RemoteVoters } from './remoteVoters.ts'
import {
  noopFanoutMetrics,
  type BoardEventHandlers,
  type DocLink,
  type FanoutMetrics,
  type RemoteRoom,
} from './types.ts'

/** What a {@link Fanout} is built from. */
export interface FanoutOptions {
  /** REDIS_URL. */
  url: string
  logger: Logger
  metrics?: FanoutMetrics
  /** How often this instance says it is alive. */
  heartbeatMs?: number
  /** Another instance not heard from for this long is gone: its clients' awareness states are removed. */
  instanceTimeoutMs?: number
  /** Delay before each Redis reconnection attempt (tests: short). */
  retryDelayMs?: (attempt: number) => number
}

const DEFAULT_HEARTBEAT_MS = 5_000
/** y-protocols' own awareness timeout: a client's state not renewed for this long is removed. */
const DEFAULT_INSTANCE_TIMEOUT_MS = 30_000
/** Bounds the ids of instances dropped for silence that are remembered (each start brings a new id). */
const MAX_SILENCED_REMEMBERED = 1000

interface DocEntry {
  room: RemoteRoom
  boardId: string
  /** The voter keys last published for the board (the canvas doc's room only). */
  voters: string[]
}

/**
 * Fan-out between instances over Redis pub/sub: one channel per board document (updates after they are stored,
 * awareness of this instance's clients), one per board for control events (revocation, deletion), and heartbeats.
 * Pub/sub is at-most-once: what a message carries is also in the store, and rooms resync from it whenever a message
 * may have been lost (the subscriber reconnected, another instance's publish failed).
 */
export class Fanout {
  /** This process's id, random per start; messages carry it and an instance ignores its own. */
  readonly instanceId: string = randomUUID()
  private readonly link: RedisLink
  private readonly docs = new Map<string, DocEntry>()
  private readonly lastSeen = new Map<string, number>()
  /** Instances dropped for silence: one heard from again (a stall, not a death) is asked for its voters again. */
  private readonly silenced = new Set<string>()
  private readonly remoteVoters = new RemoteVoters()
  private boardEvents: BoardEventHandlers | null = null
  private readonly metrics: FanoutMetrics
  private readonly instanceTimeoutMs: number
  private readonly timer: NodeJS.Timeout

  constructor(private readonly options: FanoutOptions) {
    this.metrics = options.metrics ?? noopFanoutMetrics
    this.instanceTimeoutMs = options.instanceTimeoutMs ?? DEFAULT_INSTANCE_TIMEOUT_MS
    this.link = new RedisLink({
      url: options.url,
      name: `cxmap-${this.instanceId}`,
      logger: options.logger,
      retryDelayMs: options.retryDelayMs,
      onMessage: this.handleMessage,
      onSubscriberReady: () => void this.resubscribe(),
      onPublishesDropped: () => this.announceAfterDroppedPublishes(),
    })
    this.timer = setInterval(() => this.beat(), options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS)
    this.timer.unref()
    options.logger.info({ instanceId: this.instanceId }, 'fan-out through Redis')
  }

  /** Whether both Redis connections are up (for `/readyz`). */
  get isConnected(): boolean {
    return this.link.isReady
  }

  /** Whether a connection to another instance holds this voter key for the board (it claimed it in its awareness). */
  hasRemoteVoter(boardId: string, voterKey: string): boolean {
    return this.remoteVoters.has(boardId, voterKey)
  }

  /** Sets who handles other instances' board control events. */
  setBoardEvents(handlers: BoardEventHandlers): void {
    this.boardEvents = handlers
  }

  /** The link of one board document's room; nothing is subscribed before its `subscribe()`. */
  openDoc(boardId: string, kind: DocKind, room: RemoteRoom): DocLink {
    const channel = formatDocChannel(boardId, kind)
    const entry: DocEntry = { room, boardId, voters: [] }
    return {
      subscribe: async () => {
        this.docs.set(channel, entry)
        // Once subscribed, the others are asked for their clients' states; while Redis is down, resubscribe() does it.
        if (await this.link.subscribe([channel]))
          this.publish(channel, createSignal(this.instanceId, FanoutType.awarenessQuery))
      },
      publishUpdate: (update, seq) => this.publish(channel, this.createMessage(FanoutType.update, update, seq)),
      publishAwareness: (update) => this.publish(channel, this.createMessage(FanoutType.awareness, update)),
      publishVoters: (voterKeys) => {
        entry.voters = voterKeys
        this.publishVoters(entry)
      },
      close: () => {
        if (entry.voters.length > 0) this.publishVoters({ ...entry, voters: [] })
        // A room reloaded later for the same document has its own entry: only this one's is dropped.
        if (this.docs.get(channel) !== entry) return
        this.docs.delete(channel)
        void this.link.unsubscribe(channel)
      },
    }
  }

  /** Tells every instance to close the sockets opened with these token hashes. */
  publishRevoke(boardId: string, tokenHashes: readonly string[]): void {
    this.publish(formatEventsChannel(boardId), this.createMessage(FanoutType.revoke, encodeJsonPayload(tokenHashes)))
  }

  /** Tells every instance to close the board's sockets with this code (the board was deleted). */
  publishCloseBoard(boardId: string, code: number, reason: string): void {
    const payload = encodeJsonPayload({ code, reason })
    this.publish(formatEventsChannel(boardId), this.createMessage(FanoutType.closeBoard, payload))
  }

  /** Stops: says goodbye (the others drop this instance's clients' states at once) unless `goodbye` is false. */
  async close({ goodbye = true } = {}): Promise<void> {
    clearInterval(this.timer)
    if (goodbye)
      await this.link.publish(INSTANCES_CHANNEL, this.encode(createSignal(this.instanceId, FanoutType.goodbye)))
    await this.link.close({ abrupt: !goodbye })
  }

  private publishVoters({ boardId, voters }: DocEntry): void {
    this.publish(formatEventsChannel(boardId), this.createMessage(FanoutType.voters, encodeJsonPayload(voters)))
  }

  private republishVoters(): void {
    for (const entry of this.docs.values()) if (entry.voters.length > 0) this.publishVoters(entry)
  }

  private createMessage(type: FanoutType, payload: Uint8Array, seq = 0): FanoutMessage {
    return { instanceId: this.instanceId, type, seq, payload }
  }

  private encode(message: FanoutMessage): Buffer {
    return encodeFanoutMessage(message)
  }

  private publish(channel: string, message: FanoutMessage): void {
    void this.link.publish(channel, this.encode(message)).then((isSent) => {
      if (isSent) this.metrics.countPublished()
    })
  }

  /** (Re)subscribes everything held, then resyncs every room: what was published meanwhile is in the store. */
  private async resubscribe(): Promise<void> {
    const channels = [INSTANCES_CHANNEL, ...this.docs.keys()]
    if (!(await this.link.subscribe(channels)) || !(await this.link.subscribe([BOARD_EVENTS_PATTERN], true))) return
    this.askForStates()
    for (const { room } of this.docs.values()) void room.resync()
    for (const boardId of new Set([...this.docs.values()].map((entry) => entry.boardId))) {
      this.boardEvents?.recheck(boardId).catch((error: unknown) => {
        this.options.logger.error({ err: error, boardId }, 'rechecking the board’s links failed')
      })
    }
  }

  /** What could not be published is in the store: once the publisher is back, the others are told to resync. */
  private announceAfterDroppedPublishes(): void {
    this.republishVoters()
    for (const [channel, { room }] of this.docs) {
      this.publish(channel, createSignal(this.instanceId, FanoutType.resync))
      const awareness = room.encodeLocalAwareness()
      if (awareness) this.publish(channel, this.createMessage(FanoutType.awareness, awareness))
    }
  }

  /** Asks every instance for its clients' awareness states on the docs held here, and for its voters. */
  private askForStates(): void {
    for (const channel of this.docs.keys())
      this.publish(channel, createSignal(this.instanceId, FanoutType.awarenessQuery))
    this.publish(INSTANCES_CHANNEL, createSignal(this.instanceId, FanoutType.votersQuery))
  }

  private beat(): void {
    this.publish(INSTANCES_CHANNEL, createSignal(this.instanceId, FanoutType.heartbeat))
    const oldest = Date.now() - this.instanceTimeoutMs
    for (const [instanceId, seenAt] of this.lastSeen) {
      if (seenAt < oldest) this.forgetInstance(instanceId, 'silent')
    }
  }

  private forgetInstance(instanceId: string, why: 'silent' | 'goodbye'): void {
    this.lastSeen.delete(instanceId)
    this.silenced.delete(instanceId)
    if (why === 'silent' && this.silenced.size < MAX_SILENCED_REMEMBERED) this.silenced.add(instanceId)
    this.remoteVoters.forgetInstance(instanceId)
    this.options.logger.info({ instanceId, why }, 'instance gone, dropping its clients’ awareness')
    for (const { room } of this.docs.values()) room.dropInstance(instanceId)
  }

  private readonly handleMessage = (channel: string, bytes: Buffer): void => {
    const message = decodeFanoutMessage(bytes)
    if (!message || message.instanceId === this.instanceId) return
    this.metrics.countReceived()
    if (message.type === FanoutType.goodbye) return this.forgetInstance(message.instanceId, 'goodbye')
    this.lastSeen.set(message.instanceId, Date.now())
    // Its clients' awareness comes back with their next renewals (their clocks must pass the removal's); voters have
    // no clock and are only sent when they change, so they are asked for.
    if (this.silenced.delete(message.instanceId)) {
      this.publish(INSTANCES_CHANNEL, createSignal(this.instanceId, FanoutType.votersQuery))
    }
    if (channel === INSTANCES_CHANNEL) {
      if (message.type === FanoutType.votersQuery) this.republishVoters()
      return
    }
    const boardId = readEventsBoardId(channel)
    if (boardId !== null) {
      this.handleBoardEvent(boardId, message).catch((error: unknown) =>
        this.options.logger.error({ err: error, boardId }, 'board event from another instance failed'),
      )
      return
    }
    const entry = this.docs.get(channel)
    if (entry) this.handleDocMessage(channel, entry.room, message)
  }

  private handleDocMessage(channel: string, room: RemoteRoom, message: FanoutMessage): void {
    switch (message.type) {
      case FanoutType.update:
        return room.applyUpdate(message.payload)
      case FanoutType.awareness:
        return room.applyAwareness(message.instanceId, message.payload)
      case FanoutType.awarenessQuery: {
        const awareness = room.encodeLocalAwareness()
        if (awareness) this.publish(channel, this.createMessage(FanoutType.awareness, awareness))
        return
      }
      case FanoutType.resync:
        return void room.resync()
    }
  }

  private async handleBoardEvent(boardId: string, message: FanoutMessage): Promise<void> {
    const value = decodeJsonPayload(message.payload)
    if (message.type === FanoutType.revoke && Array.isArray(value)) {
      const hashes = value.filter((hash): hash is string => typeof hash === 'string')
      this.boardEvents?.revoke(boardId, hashes)
    } else if (message.type === FanoutType.voters && Array.isArray(value)) {
      const voterKeys = value.filter((key): key is string => typeof key === 'string')
      this.remoteVoters.set(boardId, message.instanceId, voterKeys)
    } else if (message.type === FanoutType.closeBoard && isCloseEvent(value)) {
      await this.boardEvents?.close(boardId, value.code, value.reason)
    }
  }
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  if (typeof value !== 'object' || value === null) return false
  const { code, reason } = value as Record<string, unknown>
  return typeof code === 'number' && typeof reason === 'string'
}
