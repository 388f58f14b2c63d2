import { describe, expect, it } from 'vitest'
import { MetricsRegistry } from './metrics.ts'

describe('MetricsRegistry', () => {
  it('renders counters, gauges and cumulative histogram buckets in the Prometheus text format', () => {
    const registry = new MetricsRegistry()
    const requests = registry.counter('app_requests_total', 'Requests.')
    let open = 3
    registry.gauge('app_open', 'Open things.', () => open)
    const latency = registry.histogram('app_seconds', 'Latency.', [0.1, 1])
    requests.inc()
    requests.inc(2)
    open = 4
    latency.observe(0.05)
    latency.observe(0.5)
    latency.observe(5)
    expect(registry.render()).toBe(
      [
        '# HELP app_requests_total Requests.',
        '# TYPE app_requests_total counter',
        'app_requests_total 3',
        '# HELP app_open Open things.',
        '# TYPE app_open gauge',
        'app_open 4',
        '# HELP app_seconds Latency.',
        '# TYPE app_seconds histogram',
        'app_seconds_bucket{le="0.1"} 1',
        'app_seconds_bucket{le="1"} 2',
        'app_seconds_bucket{le="+Inf"} 3',
        'app_seconds_sum 5.55',
        'app_seconds_count 3',
        '',
      ].join('\n'),
    )
  })

  it('refuses a metric name twice', () => {
    const registry = new MetricsRegistry()
    registry.counter('x_total', 'x')
    expect(() => registry.counter('x_total', 'x')).toThrow(/twice/)
  })
})
