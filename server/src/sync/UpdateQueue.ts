import type { DocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../logger.ts'
import type { SyncMetrics } from '../metrics.ts'
import type { GroupCommit } from '../storage/groupCommit.ts'
import type { Connection } from './Connection.ts'
import { encodeUpdateMessage } from './messages.ts'
import { UpdateWindow } from './UpdateWindow.ts'

/** What an {@link UpdateQueue} needs of its room. */
export interface UpdateQueueHost {
  boardId: string
  kind: DocKind
  /** Where accepted updates are appended (the group commit of every room). */
  appends: GroupCommit
  metrics: SyncMetrics
  log: Logger
  /** See {@link UpdateWindow}; 0: every update at once. */
  windowMs: number
  countConnections(): number
  /** Sends one encoded message to every connection of the room but `except`. */
  broadcast(bytes: Uint8Array, except: Connection | null): void
  isReady(): boolean
  /** Publishes a stored update to the other instances (nothing when alone). */
  publish(update: Uint8Array, seq: number): void
  /** Called after each append with its size (the room's compaction). */
  afterAppend(bytes: number): Promise<void>
  /** Storing failed: the room must close. */
  fail(): void
}

type UpdateTask = { type: 'update'; update: Uint8Array; origin: Connection | null }
type Task = UpdateTask | { type: 'send'; connection: Connection; bytes: Uint8Array }

/** Updates merged into one append at most; bounds the work between two yields. */
const MAX_UPDATES_PER_APPEND = 256

/**
 * A room's ordered queue of appends and replies: every accepted update is appended to storage before it is relayed,
 * and a sync reply computed after an update waits for that update's append, so no client ever receives state that is
 * not stored yet. A busy room's updates wait for its {@link UpdateWindow} and go as one append, one publish and one frame,
 * with what the other instances sent meanwhile.
 */
export class UpdateQueue {
  private readonly tasks: Task[] = []
  private draining: Promise<void> | null = null
  private readonly window: UpdateWindow
  /** Other instances' updates waiting for the window's end, relayed with the room's own. */
  private remoteWaiting: Uint8Array[] = []
  /** The sequence number of the doc's last append (or of the stored doc it was loaded from). */
  lastSeq = 0

  constructor(private readonly host: UpdateQueueHost) {
    this.window = new UpdateWindow(host.windowMs, host.countConnections, () => this.endWindow())
  }

  /** Stores, then relays, an update a connection (or the server: `null`) made to the doc. */
  push(update: Uint8Array, origin: Connection | null): void {
    this.enqueue({ type: 'update', update, origin })
  }

  /** Relays an update another instance stored (now, or with the room's own at the window's end). */
  relayRemote(update: Uint8Array): void {
    if (this.window.defers()) {
      this.remoteWaiting.push(update)
      return
    }
    this.relayRemoteWaiting()
    this.host.broadcast(encodeUpdateMessage(update), null)
  }

  /** Sends at once when nothing is pending, else after every append queued so far (a waiting window ends early). */
  sendAfterPendingAppends(connection: Connection, bytes: Uint8Array): void {
    if (this.draining || this.tasks.length > 0) this.enqueue({ type: 'send', connection, bytes })
    else connection.send(bytes)
  }

  /** Resolves once every queued append and reply is done (what waits for the window goes now). */
  async flush(): Promise<void> {
    while (this.draining || (this.tasks.length > 0 && this.host.isReady())) {
      this.startDrain()
      await this.draining
    }
  }

  /** Drops everything pending (the room is closing). */
  dispose(): void {
    this.tasks.length = 0
    this.window.dispose()
    this.remoteWaiting = []
  }

  /**
   * The window ended with updates waiting: the room's own are stored, then relayed with the others' in one frame; the
   * others' alone go at once.
   */
  private endWindow(): void {
    if (this.tasks.some((task) => task.type === 'update')) this.startDrain()
    else this.relayRemoteWaiting()
  }

  private relayRemoteWaiting(): void {
    if (this.remoteWaiting.length === 0) return
    const waiting = this.remoteWaiting
    this.remoteWaiting = []
    this.host.broadcast(encodeUpdateMessage(waiting.length === 1 ? waiting[0]! : Y.mergeUpdates(waiting)), null)
  }

  /** Queues a task; the queue drains now unless the task is an update that waits for the window. */
  private enqueue(task: Task): void {
    this.tasks.push(task)
    if (this.draining || (task.type === 'update' && this.window.defers())) return
    this.startDrain()
  }

  private startDrain(): void {
    if (this.draining || this.tasks.length === 0) return
    this.draining = this.drain().finally(() => {
      this.draining = null
      // Queued after the loop's last look (by a callback between its end and this one): not left waiting.
      if (this.tasks.length > 0 && this.host.isReady()) this.startDrain()
    })
  }

  private async drain(): Promise<void> {
    try {
      while (this.tasks.length > 0 && this.host.isReady()) await this.runNextTask()
    } catch (error) {
      this.host.log.error({ err: error }, 'storing an update failed, dropping the room')
      this.host.fail()
    }
  }

  private async runNextTask(): Promise<void> {
    const task = this.tasks[0]!
    if (task.type === 'send') {
      this.tasks.shift()
      task.connection.send(task.bytes)
      return
    }
    let count = 1
    while (count < this.tasks.length && count < MAX_UPDATES_PER_APPEND && this.tasks[count]!.type === 'update') count++
    await this.storeUpdates(this.tasks.splice(0, count) as UpdateTask[])
  }

  private async storeUpdates(batch: UpdateTask[]): Promise<void> {
    const update = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((task) => task.update))
    this.lastSeq = await this.host.appends.append(this.host.boardId, this.host.kind, update)
    this.host.metrics.countUpdates(batch.length)
    if (!this.host.isReady()) return
    this.host.publish(update, this.lastSeq)
    // Several updates go out as one frame, to their senders too (Yjs ignores what a client already has), with what
    // other instances sent meanwhile.
    const isOneSender = this.remoteWaiting.length === 0 && batch.every((task) => task.origin === batch[0]!.origin)
    const relayed = this.remoteWaiting.length === 0 ? update : Y.mergeUpdates([update, ...this.remoteWaiting])
    this.remoteWaiting = []
    this.host.broadcast(encodeUpdateMessage(relayed), isOneSender ? batch[0]!.origin : null)
    await this.host.afterAppend(update.byteLength)
  }
}
