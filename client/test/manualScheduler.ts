import type { Scheduler } from '../src/sync/scheduler'

/** A scheduler that runs nothing until told: `flush()` plays the next animation frame. */
export interface ManualScheduler {
  schedule: Scheduler
  /** Runs everything scheduled so far. */
  flush: () => void
  /** How many runs are waiting. */
  readonly size: number
}

/** Creates a {@link ManualScheduler}. */
export function createManualScheduler(): ManualScheduler {
  const queue = new Set<() => void>()
  return {
    schedule: (run) => {
      const entry = () => run()
      queue.add(entry)
      return () => queue.delete(entry)
    },
    flush: () => {
      const runs = [...queue]
      queue.clear()
      for (const run of runs) run()
    },
    get size() {
      return queue.size
    },
  }
}
