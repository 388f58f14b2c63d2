import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROTOCOL_VERSION, clientConfigSchema } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { useTestApps } from '../test/useTestApps.ts'
import type { BoardStore } from './storage/types.ts'

const apps = useTestApps()
const buildApp = apps.build

describe('probes and metrics', () => {
  it('answers /healthz and /readyz', async () => {
    const { app } = buildApp()
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await app.request('/readyz')).status).toBe(200)
  })

  it('is not ready when storage fails', async () => {
    const broken: BoardStore = { ...apps.store, ping: () => Promise.reject(new Error('disk gone')) }
    const { app } = buildApp({}, broken)
    expect((await app.request('/readyz')).status).toBe(503)
    expect((await app.request('/healthz')).status).toBe(200)
  })

  it('exposes Prometheus metrics', async () => {
    const { app } = buildApp()
    const response = await app.request('/metrics')
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    for (const name of ['cxmap_rooms', 'cxmap_connections']) expect(text).toContain(`# TYPE ${name} gauge\n${name} 0\n`)
    for (const name of ['messages_in', 'messages_out', 'bytes_in', 'bytes_out', 'updates']) {
      expect(text).toContain(`# TYPE cxmap_${name}_total counter\ncxmap_${name}_total 0\n`)
    }
    expect(text).toContain('# TYPE cxmap_store_append_seconds histogram')
    expect(text).toContain('cxmap_store_append_seconds_bucket{le="+Inf"} 0')
  })
})

describe('API basics', () => {
  it('serves the client config', async () => {
    const { app } = buildApp({ tldrawLicenseKey: 'license-123', maxMessageBytes: 4096 })
    const config = clientConfigSchema.parse(await (await app.request('/api/config')).json())
    expect(config).toEqual({
      tldrawLicenseKey: 'license-123',
      protocolVersion: PROTOCOL_VERSION,
      maxMessageBytes: 4096,
      createBoards: 'open',
    })
    const unlicensed = clientConfigSchema.parse(await (await buildApp().app.request('/api/config')).json())
    expect(unlicensed.tldrawLicenseKey).toBeNull()
  })

  it('answers unknown API routes with a JSON 404', async () => {
    const { app } = buildApp()
    const response = await app.request('/api/nothing/here')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No such API route' } })
  })

  it('sets security headers on HTTP responses', async () => {
    const { app } = buildApp()
    const response = await app.request('/api/config')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('answers a plain GET on the sync endpoint with 426, without security headers', async () => {
    const { app } = buildApp()
    const response = await app.request('/sync/someBoard')
    expect(response.status).toBe(426)
    expect(response.headers.get('x-content-type-options')).toBeNull()
  })
})

describe('static client', () => {
  it('says the client is not built when the dist dir is missing', async () => {
    const { app } = buildApp({ clientDistDir: join(apps.dir, 'missing') })
    const response = await app.request('/')
    expect(response.status).toBe(503)
    expect(await response.text()).toMatch(/not built.*pnpm build/)
    expect((await app.request('/b/abc')).status).toBe(503)
  })

  it('serves index.html for / and /b/*, hashed assets with a long cache', async () => {
    const dist = join(apps.dir, 'dist')
    mkdirSync(join(dist, 'assets'), { recursive: true })
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CX Map</title>')
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>')
    const { app } = buildApp({ clientDistDir: dist })
    for (const path of ['/', '/b/someBoard']) {
      const response = await app.request(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toContain('<title>CX Map</title>')
    }
    const asset = await app.request('/assets/index-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await app.request('/favicon.svg')).headers.get('cache-control')).toBe('no-cache')
    expect((await app.request('/assets/missing.js')).status).toBe(404)
    expect((await app.request('/../package.json')).status).toBe(404)
  })
})
