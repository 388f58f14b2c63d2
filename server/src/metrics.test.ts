import { describe, expect, it } from 'vitest'
import { createAppMetrics, type MetricSources } from './metrics.ts'

function createSources(overrides: Partial<MetricSources> = {}): MetricSources {
  return {
    rooms: () => 2,
    connections: () => 5,
    pdfQueue: () => ({ running: 1, waiting: 0 }),
    boards: async () => 7,
    databaseBytes: async () => 4096,
    build: { version: '1.2.3', commit: 'abc123', node: 'v20.0.0' },
    ...overrides,
  }
}

/** The value of one sample line (`name{labels} value`), `undefined` when absent. */
function readSample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('app metrics', () => {
  it('reads the gauges at scrape time and tells the build', async () => {
    let boards = 7
    const metrics = createAppMetrics(createSources({ boards: async () => boards }))
    const text = await metrics.render()
    expect(readSample(text, 'cxmap_rooms')).toBe(2)
    expect(readSample(text, 'cxmap_connections')).toBe(5)
    expect(readSample(text, 'cxmap_pdf_exports_running')).toBe(1)
    expect(readSample(text, 'cxmap_boards')).toBe(7)
    expect(readSample(text, 'cxmap_database_bytes')).toBe(4096)
    expect(readSample(text, 'cxmap_build_info{version="1.2.3",commit="abc123",node="v20.0.0"}')).toBe(1)
    boards = 8
    expect(readSample(await metrics.render(), 'cxmap_boards')).toBe(8)
  })

  it("adds the process's default metrics to every app, each app keeping its own counters", async () => {
    const first = createAppMetrics(createSources())
    const second = createAppMetrics(createSources())
    first.sync.countRefused(4403)
    first.sync.countRefused(4403)
    second.countEmfile(3)
    const [one, two] = await Promise.all([first.render(), second.render()])
    for (const text of [one, two]) {
      expect(text).toContain('# TYPE process_cpu_seconds_total counter')
      expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge')
      expect(text.match(/^# TYPE nodejs_gc_duration_seconds /gm)).toHaveLength(1)
    }
    expect(readSample(one, 'cxmap_ws_refused_total{code="4403"}')).toBe(2)
    expect(readSample(two, 'cxmap_ws_refused_total{code="4403"}')).toBeUndefined()
    expect(readSample(one, 'cxmap_emfile_total')).toBe(0)
    expect(readSample(two, 'cxmap_emfile_total')).toBe(3)
  })

  it('times HTTP requests by method, route and status', async () => {
    const metrics = createAppMetrics(createSources())
    metrics.observeHttpRequest({ method: 'GET', route: '/api/boards/:id', status: 200, seconds: 0.02 })
    metrics.observeHttpRequest({ method: 'GET', route: '/api/boards/:id', status: 200, seconds: 0.2 })
    const text = await metrics.render()
    const series = 'cxmap_http_request_duration_seconds_count{method="GET",route="/api/boards/:id",status="200"}'
    expect(readSample(text, series)).toBe(2)
    expect(
      readSample(
        text,
        'cxmap_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/boards/:id",status="200"}',
      ),
    ).toBe(1)
  })

  it('counts PDF exports by outcome, every outcome shown from the start', async () => {
    const metrics = createAppMetrics(createSources())
    metrics.pdf.observeExport('ok', 3)
    metrics.pdf.observeExport('timeout', 60)
    const text = await metrics.render()
    expect(readSample(text, 'cxmap_pdf_exports_total{outcome="ok"}')).toBe(1)
    expect(readSample(text, 'cxmap_pdf_exports_total{outcome="timeout"}')).toBe(1)
    expect(readSample(text, 'cxmap_pdf_exports_total{outcome="busy"}')).toBe(0)
    expect(readSample(text, 'cxmap_pdf_export_duration_seconds_sum{outcome="timeout"}')).toBe(60)
  })
})
