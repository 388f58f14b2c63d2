import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import type { HttpRequestSample } from '../metrics.ts'
import { createErrorHandler } from './errors.ts'
import { logRequests } from './requestLog.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

interface LogLine {
  level: number
  msg: string
  [field: string]: unknown
}

function buildApp() {
  const capture = createLogCapture('debug')
  const samples: HttpRequestSample[] = []
  const app = new Hono()
  app.use(
    '*',
    logRequests(capture.logger, (sample) => samples.push(sample)),
  )
  app.get('/api/items/:id', (c) => c.json({ id: c.req.param('id') }))
  app.get('/api/broken', () => {
    throw new Error('disk on fire')
  })
  app.get('/healthz', (c) => c.text('ok'))
  app.get('/assets/*', (c) => c.text('asset'))
  app.onError(createErrorHandler(capture.logger))
  const lines = () =>
    capture
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine)
  return { app, samples, lines, text: capture.text }
}

describe('request ids', () => {
  it('echoes a sane X-Request-Id and logs it with the request', async () => {
    const { app, lines } = buildApp()
    const response = await app.request('/api/items/1', { headers: { 'X-Request-Id': 'proxy-id_42=' } })
    expect(response.headers.get('x-request-id')).toBe('proxy-id_42=')
    expect(lines().find((line) => line.msg === 'request')).toMatchObject({ requestId: 'proxy-id_42=', status: 200 })
  })

  it('generates one when the header is absent, too long or holds odd characters', async () => {
    const { app, lines } = buildApp()
    for (const header of [undefined, 'x'.repeat(65), 'a b', 'id\u00e9', '<script>']) {
      const response = await app.request('/api/items/1', {
        headers: header === undefined ? {} : { 'X-Request-Id': header },
      })
      expect(response.headers.get('x-request-id')).toMatch(UUID)
    }
    const ids = lines().map((line) => line.requestId)
    expect(new Set(ids).size).toBe(5)
  })

  it('puts the request id in the error log of an unhandled error', async () => {
    const { app, lines } = buildApp()
    const response = await app.request('/api/broken', { headers: { 'X-Request-Id': 'trace-7' } })
    expect(response.status).toBe(500)
    expect(response.headers.get('x-request-id')).toBe('trace-7')
    expect(lines().find((line) => line.msg === 'unhandled error')).toMatchObject({ level: 50, requestId: 'trace-7' })
  })
})

describe('request log', () => {
  it('logs the API at info, the probes and the static client at debug', async () => {
    const { app, lines } = buildApp()
    for (const path of ['/api/items/1', '/healthz', '/assets/app.js', '/b/some-board', '/sync/board-1']) {
      await app.request(path)
    }
    const levels = Object.fromEntries(lines().map((line) => [line.path, line.level]))
    expect(levels).toEqual({
      '/api/items/1': 30,
      '/healthz': 20,
      '/assets/app.js': 20,
      '/b/some-board': 20,
      '/sync/board-1': 30,
    })
  })

  it('times requests under their route pattern, never the raw path', async () => {
    const { app, samples, lines } = buildApp()
    await app.request('/api/items/board-secret-id')
    expect(samples).toEqual([
      { method: 'GET', route: '/api/items/:id', status: 200, seconds: expect.any(Number) as number },
    ])
    expect(lines()[0]).toMatchObject({ route: '/api/items/:id', path: '/api/items/board-secret-id' })
  })

  it('logs neither the query string nor the Authorization header', async () => {
    const { app, text } = buildApp()
    await app.request('/api/items/1?token=query-token-123', { headers: { authorization: 'Bearer header-token-456' } })
    expect(text()).toContain('"path":"/api/items/1"')
    expect(text()).not.toContain('query-token-123')
    expect(text()).not.toContain('header-token-456')
  })
})
