import { createRequire } from 'node:module'
import type * as IORedis from 'ioredis'
import type { Redis, RedisOptions } from 'ioredis'
import type { Logger } from '../../logger.ts'

/** What a {@link RedisLink} is built from. */
export interface RedisLinkOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  url: string
  /** Names the connections (`NAME-publisher`, `NAME-subscriber` in Redis's CLIENT LIST). */
  name: string
  logger: Logger
  /** Delay before the next reconnection attempt; default 100 ms more per attempt, at most 2 s. */
  retryDelayMs?: (attempt: number) => number
  /** A message arrived on a channel or a pattern's channel this link subscribed to. */
  onMessage(channel: string, message: Buffer): void
  /** The subscriber connection is (again) ready: nothing is subscribed on it yet, resubscribe. */
  onSubscriberReady(): void
  /** The publisher connection is ready after some messages could not be published (it was down or failed). */
  onPublishesDropped(): void
}

/** Commands retried at most this many times over reconnections before they fail. */
const MAX_RETRIES_PER_REQUEST = 2
/** A command unanswered for this long fails: a room's load never hangs on a Redis that stopped answering. */
const COMMAND_TIMEOUT_MS = 2_000

/**
 * ioredis, loaded when the first link is made: a server without REDIS_URL never pays its memory. A `require` (ioredis
 * is CommonJS) because a link is made synchronously, with the app.
 */
function loadRedis(): typeof Redis {
  return (createRequire(import.meta.url)('ioredis') as typeof IORedis).Redis
}

const defaultRetryDelayMs = (attempt: number) => Math.min(attempt * 100, 2000)

/**
 * Two connections to Redis: one publishes, one subscribes (a subscribed connection runs no other command). Both
 * reconnect forever; nothing waits for a connection that is down: publishing and subscribing fail at once and return
 * `false` (pub/sub is at-most-once anyway; the owner resubscribes and resyncs when the subscriber is back). Errors
 * are logged, once per outage, never thrown.
 */
export class RedisLink {
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private isClosed = false
  /** A message could not be published since the publisher was last ready. */
  private hasDroppedPublishes = false

  constructor(private readonly options: RedisLinkOptions) {
    const redisOptions: RedisOptions = {
      maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST,
      commandTimeout: COMMAND_TIMEOUT_MS,
      enableOfflineQueue: false,
      // Resubscribing is the owner's: it must resync the rooms it holds right after.
      autoResubscribe: false,
      retryStrategy: options.retryDelayMs ?? defaultRetryDelayMs,
    }
    this.publisher = this.connect('publisher', redisOptions)
    this.subscriber = this.connect('subscriber', redisOptions)
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      options.onMessage(channel.toString(), message),
    )
    this.subscriber.on('pmessageBuffer', (_pattern: string, channel: Buffer, message: Buffer) =>
      options.onMessage(channel.toString(), message),
    )
    this.subscriber.on('ready', () => options.onSubscriberReady())
  }

  /** Whether both connections are up. */
  get isReady(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready'
  }

  /** Publishes a message; `false` when it could not be handed to Redis (down). */
  async publish(channel: string, message: Buffer): Promise<boolean> {
    if (this.isClosed) return false
    try {
      if (this.publisher.status !== 'ready') throw new Error('Redis publisher not connected')
      await this.publisher.publish(channel, message)
      return true
    } catch (error) {
      if (!this.hasDroppedPublishes) this.options.logger.warn({ err: error, channel }, 'redis publish failed')
      this.hasDroppedPublishes = true
      return false
    }
  }

  /** Subscribes to channels (or, with `isPattern`, patterns); `false` when the subscriber is down. */
  async subscribe(names: readonly string[], isPattern = false): Promise<boolean> {
    if (this.isClosed || this.subscriber.status !== 'ready' || names.length === 0) return false
    try {
      if (isPattern) await this.subscriber.psubscribe(...names)
      else await this.subscriber.subscribe(...names)
      return true
    } catch (error) {
      this.options.logger.warn({ err: error }, 'redis subscribe failed')
      return false
    }
  }

  /** Unsubscribes from a channel; nothing to do while the subscriber is down (it comes back with none). */
  async unsubscribe(channel: string): Promise<void> {
    if (this.isClosed || this.subscriber.status !== 'ready') return
    try {
      await this.subscriber.unsubscribe(channel)
    } catch (error) {
      this.options.logger.warn({ err: error, channel }, 'redis unsubscribe failed')
    }
  }

  /** Closes both connections: `quit` lets what was published go out first; `abrupt` drops them (a crash, in tests). */
  async close({ abrupt = false } = {}): Promise<void> {
    if (this.isClosed) return
    this.isClosed = true
    for (const connection of [this.publisher, this.subscriber]) {
      if (abrupt || connection.status !== 'ready') connection.disconnect()
      else await connection.quit().catch(() => connection.disconnect())
    }
  }

  private connect(role: 'publisher' | 'subscriber', redisOptions: RedisOptions): Redis {
    const RedisClient = loadRedis()
    const connection = new RedisClient(this.options.url, {
      ...redisOptions,
      connectionName: `${this.options.name}-${role}`,
    })
    let isDown = false
    let wasReady = false
    connection.on('error', (error: Error) => {
      if (isDown || this.isClosed) return
      isDown = true
      this.options.logger.warn({ err: error, role }, 'redis connection error, reconnecting')
    })
    connection.on('close', () => {
      if (this.isClosed || isDown || !wasReady) return
      isDown = true
      this.options.logger.warn({ role }, 'redis connection lost, reconnecting')
    })
    connection.on('ready', () => {
      if (isDown) this.options.logger.info({ role }, 'redis connection back')
      if (role === 'publisher' && this.hasDroppedPublishes) {
        this.hasDroppedPublishes = false
        this.options.onPublishesDropped()
      }
      isDown = false
      wasReady = true
    })
    return connection
  }
}
