/** A monotonically increasing Prometheus counter. */
export interface Counter {
  inc(amount?: number): void
}

/** A Prometheus histogram with fixed buckets. */
export interface Histogram {
  observe(value: number): void
}

interface Metric {
  name: string
  help: string
  type: 'counter' | 'gauge' | 'histogram'
  render(): string[]
}

/** A tiny Prometheus registry: counters, callback gauges and histograms, rendered in the text exposition format. */
export class MetricsRegistry {
  private readonly metrics: Metric[] = []

  /** Registers a counter. */
  counter(name: string, help: string): Counter {
    let value = 0
    this.add({ name, help, type: 'counter', render: () => [`${name} ${value}`] })
    return { inc: (amount = 1) => void (value += amount) }
  }

  /** Registers a gauge whose value is read at scrape time. */
  gauge(name: string, help: string, read: () => number): void {
    this.add({ name, help, type: 'gauge', render: () => [`${name} ${read()}`] })
  }

  /** Registers a histogram with the given upper bounds (ascending). */
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    const counts = buckets.map(() => 0)
    let count = 0
    let sum = 0
    this.add({
      name,
      help,
      type: 'histogram',
      render: () => [
        ...buckets.map((le, i) => `${name}_bucket{le="${le}"} ${counts[i]}`),
        `${name}_bucket{le="+Inf"} ${count}`,
        `${name}_sum ${sum}`,
        `${name}_count ${count}`,
      ],
    })
    return {
      observe(value) {
        count += 1
        sum += value
        buckets.forEach((le, i) => {
          if (value <= le) counts[i]! += 1
        })
      },
    }
  }

  /** The exposition text of every registered metric. */
  render(): string {
    const lines = this.metrics.flatMap((m) => [
      `# HELP ${m.name} ${m.help}`,
      `# TYPE ${m.name} ${m.type}`,
      ...m.render(),
    ])
    return `${lines.join('\n')}\n`
  }

  private add(metric: Metric): void {
    if (this.metrics.some((m) => m.name === metric.name)) throw new Error(`Metric ${metric.name} registered twice`)
    this.metrics.push(metric)
  }
}

/** What the sync core reports; implemented over the registry by {@link createSyncMetrics}, a no-op in unit tests. */
export interface SyncMetrics {
  countMessageIn(bytes: number): void
  countMessageOut(bytes: number): void
  countUpdates(count: number): void
  observeAppendSeconds(seconds: number): void
}

/** Sync metrics that report nothing. */
export const noopSyncMetrics: SyncMetrics = {
  countMessageIn: () => {},
  countMessageOut: () => {},
  countUpdates: () => {},
  observeAppendSeconds: () => {},
}

const STORE_SECONDS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]

/** Registers the sync metrics (and the room/connection gauges read from `read`) on a registry. */
export function createSyncMetrics(
  registry: MetricsRegistry,
  read: { rooms: () => number; connections: () => number },
): SyncMetrics {
  registry.gauge('cxmap_rooms', 'Board documents loaded in memory.', read.rooms)
  registry.gauge('cxmap_connections', 'Open sync connections.', read.connections)
  const messagesIn = registry.counter('cxmap_messages_in_total', 'Sync messages received.')
  const messagesOut = registry.counter('cxmap_messages_out_total', 'Sync messages sent.')
  const bytesIn = registry.counter('cxmap_bytes_in_total', 'Bytes of sync messages received.')
  const bytesOut = registry.counter('cxmap_bytes_out_total', 'Bytes of sync messages sent.')
  const updates = registry.counter('cxmap_updates_total', 'Document updates accepted and stored.')
  const append = registry.histogram(
    'cxmap_store_append_seconds',
    'Time to append updates to storage.',
    STORE_SECONDS_BUCKETS,
  )
  return {
    countMessageIn(bytes) {
      messagesIn.inc()
      bytesIn.inc(bytes)
    },
    countMessageOut(bytes) {
      messagesOut.inc()
      bytesOut.inc(bytes)
    },
    countUpdates: (count) => updates.inc(count),
    observeAppendSeconds: (seconds) => append.observe(seconds),
  }
}
