import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { createMemoryStore } from '../../test/memoryStore.ts'
import { createTestConfig } from '../../test/testServer.ts'
import { createLogCapture } from '../../test/logCapture.ts'
import { createTimeRoute } from './timeRoute.ts'

describe('GET /api/time', () => {
  it("answers the server's clock, uncached, without a token", async () => {
    const { app } = createApp({
      config: createTestConfig('/nonexistent-cxmap-test'),
      store: createMemoryStore(),
      logger: createLogCapture().logger,
    })
    const before = Date.now()
    const response = await app.request('/api/time')
    const after = Date.now()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as { now: number }
    expect(body.now).toBeGreaterThanOrEqual(before)
    expect(body.now).toBeLessThanOrEqual(after)
  })

  it('reads the injected clock and answers nothing but GET', async () => {
    const route = createTimeRoute({ now: () => 1_234_567 })
    expect(await (await route.request('/')).json()).toEqual({ now: 1_234_567 })
    expect((await route.request('/', { method: 'POST' })).status).toBe(404)
  })
})
