/** Options of {@link TaskQueue}. */
export interface TaskQueueOptions {
  /** Tasks running at once. */
  concurrency: number
  /** Tasks waiting for a slot; one more is refused with {@link QueueFullError}. */
  maxWaiting: number
}

/** Options of one {@link TaskQueue.run}. */
export interface RunOptions {
  /** Time allowed from the call (waiting included) until the task settles. */
  timeoutMs: number
  /** Cancels the task: dropped from the queue while waiting, aborted while running (the caller went away). */
  signal?: AbortSignal
}

/** The queue already holds its maximum of waiting tasks. */
export class QueueFullError extends Error {
  constructor(readonly maxWaiting: number) {
    super(`${maxWaiting} tasks are already waiting`)
    this.name = 'QueueFullError'
  }
}

/** A task did not finish in time; `phase` tells whether it was still waiting for a slot or already running. */
export class TaskTimeoutError extends Error {
  constructor(
    readonly phase: 'waiting' | 'running',
    readonly timeoutMs: number,
  ) {
    super(`timed out after ${timeoutMs} ms while ${phase}`)
    this.name = 'TaskTimeoutError'
  }
}

/** The task was cancelled by its caller's signal. */
export class TaskCancelledError extends Error {
  constructor() {
    super('cancelled')
    this.name = 'TaskCancelledError'
  }
}

/**
 * Runs async tasks with at most `concurrency` at once, the others waiting first in, first out, at most `maxWaiting` of
 * them. A task that times out or is cancelled while running gets its signal aborted and its caller is answered at
 * once, but its slot is freed only when the task itself settles: the limit counts the work really in progress.
 */
export class TaskQueue {
  private readonly waiting: Array<() => void> = []
  private active = 0

  constructor(private readonly options: TaskQueueOptions) {}

  /** Tasks holding a slot. */
  get runningCount(): number {
    return this.active
  }

  /** Tasks waiting for a slot. */
  get waitingCount(): number {
    return this.waiting.length
  }

  /** Runs `task` when a slot is free; rejects with {@link QueueFullError}, {@link TaskTimeoutError} or its error. */
  run<T>(task: (signal: AbortSignal) => Promise<T>, { timeoutMs, signal }: RunOptions): Promise<T> {
    if (signal?.aborted) return Promise.reject(new TaskCancelledError())
    if (this.active >= this.options.concurrency && this.waiting.length >= this.options.maxWaiting) {
      return Promise.reject(new QueueFullError(this.options.maxWaiting))
    }
    return new Promise<T>((resolve, reject) => {
      const controller = new AbortController()
      let phase: 'waiting' | 'running' | 'settled' = 'waiting'
      const finish = (settle: () => void) => {
        if (phase === 'settled') return
        phase = 'settled'
        clearTimeout(timer)
        signal?.removeEventListener('abort', handleAbort)
        settle()
      }
      const stop = (error: Error) => {
        if (phase === 'waiting') this.remove(start)
        else controller.abort(error)
        finish(() => reject(error))
      }
      const handleAbort = () => stop(new TaskCancelledError())
      const timer = setTimeout(() => {
        if (phase !== 'settled') stop(new TaskTimeoutError(phase, timeoutMs))
      }, timeoutMs)
      signal?.addEventListener('abort', handleAbort, { once: true })
      const start = () => {
        phase = 'running'
        this.active++
        void Promise.resolve()
          .then(() => task(controller.signal))
          .then(
            (value) => finish(() => resolve(value)),
            (error: unknown) => finish(() => reject(error)),
          )
          .finally(() => {
            this.active--
            this.startNext()
          })
      }
      this.waiting.push(start)
      this.startNext()
    })
  }

  private startNext(): void {
    while (this.active < this.options.concurrency) {
      const start = this.waiting.shift()
      if (!start) return
      start()
    }
  }

  private remove(start: () => void): void {
    const index = this.waiting.indexOf(start)
    if (index !== -1) this.waiting.splice(index, 1)
  }
}
