import { describe, expect, it } from 'vitest'
import { createBoardVia } from '../../test/testServer.ts'
import { useTestApps } from '../../test/useTestApps.ts'
import type { CxMapApp } from '../app.ts'

const METRICS_TOKEN = 'metrics-token-0123456789abcdef'

const apps = useTestApps()
const buildApp = apps.build

function scrape(cxmap: CxMapApp, authorization?: string): Promise<Response> {
  return Promise.resolve(cxmap.app.request('/metrics', { headers: authorization ? { authorization } : {} }))
}

describe('/metrics', () => {
  it('is public without METRICS_TOKEN', async () => {
    const response = await scrape(buildApp())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  })

  it('needs the bearer token when METRICS_TOKEN is set; the probes stay open', async () => {
    const cxmap = buildApp({ metricsToken: METRICS_TOKEN })
    for (const authorization of [
      undefined,
      `Bearer ${METRICS_TOKEN}x`,
      `Bearer ${METRICS_TOKEN.slice(1)}`,
      METRICS_TOKEN,
    ]) {
      const refused = await scrape(cxmap, authorization)
      expect(refused.status).toBe(401)
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
      expect(await refused.text()).not.toContain('cxmap_')
    }
    const allowed = await scrape(cxmap, `Bearer ${METRICS_TOKEN}`)
    expect(allowed.status).toBe(200)
    expect(await allowed.text()).toContain('cxmap_rooms')
    expect((await cxmap.app.request('/healthz')).status).toBe(200)
    expect((await cxmap.app.request('/readyz')).status).toBe(200)
  })

  it('shows process, HTTP, board, database and build metrics, with route patterns and no board id in a label', async () => {
    const cxmap = buildApp()
    const board = await createBoardVia(cxmap)
    const headers = { authorization: `Bearer ${board.tokens.viewer}` }
    expect((await cxmap.app.request(`/api/boards/${board.id}`, { headers })).status).toBe(200)
    expect((await cxmap.app.request(`/api/boards/${board.id}/journey.json`, { headers })).status).toBe(200)
    const text = await (await scrape(cxmap)).text()
    for (const name of ['process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds', 'cxmap_build_info']) {
      expect(text).toMatch(new RegExp(`^${name}[{ ]`, 'm'))
    }
    expect(text).toContain('cxmap_boards 1\n')
    expect(Number(/^cxmap_database_bytes (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0)
    expect(text).toMatch(/^cxmap_build_info\{version="\d+\.\d+\.\d+[^"]*",commit="[^"]+",node="v\d+[^"]*"\} 1$/m)
    expect(text).toContain(
      'cxmap_http_request_duration_seconds_count{method="GET",route="/api/boards/:id",status="200"} 1',
    )
    expect(text).toContain('route="/api/boards/:id/journey.json",status="200"} 1')
    expect(text).toContain(
      'cxmap_http_request_duration_seconds_count{method="POST",route="/api/boards",status="201"} 1',
    )
    const labelValues = [...text.matchAll(/="([^"]*)"/g)].map((match) => match[1])
    expect(labelValues.length).toBeGreaterThan(0)
    expect(labelValues.filter((value) => value!.includes(board.id))).toEqual([])
  })
})
