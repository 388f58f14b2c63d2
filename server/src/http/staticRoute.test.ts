import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticRoute } from './staticRoute.ts'

describe('static client files', () => {
  let distDir = ''
  beforeAll(() => {
    distDir = mkdtempSync(join(tmpdir(), 'cxmap-static-'))
    mkdirSync(join(distDir, 'assets'))
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><div id="root"></div>')
    writeFileSync(join(distDir, 'sw.js'), 'self.__CXMAP_BUILD__ = {}')
    writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)')
  })
  afterAll(() => rmSync(distDir, { recursive: true, force: true }))

  it('serves the service worker revalidated on every load, so a new build replaces it at once', async () => {
    const response = await createStaticRoute(distDir).request('/sw.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-type')).toMatch(/javascript/)
  })

  it('caches hashed assets for a year and revalidates the shell of a board', async () => {
    const route = createStaticRoute(distDir)
    expect((await route.request('/assets/index-abc123.js')).headers.get('cache-control')).toMatch(/immutable/)
    const shell = await route.request('/b/some-board')
    expect(shell.status).toBe(200)
    expect(shell.headers.get('cache-control')).toBe('no-cache')
  })

  it('serves the app shell for the admin page', async () => {
    const response = await createStaticRoute(distDir).request('/admin')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('id="root"')
  })
})
