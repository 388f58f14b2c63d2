import { apiErrorSchema, createBoardResponseSchema, type CreateBoardResponse } from '@cxmap/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryStore } from '../../test/memoryStore.ts'
import { useTestApps } from '../../test/useTestApps.ts'
import type { CxMapApp } from '../app.ts'
import { readConfig, type Config } from '../config.ts'

const apps = useTestApps()

afterEach(() => {
  vi.useRealTimers()
})

// Behind a trusted proxy, X-Forwarded-For gives each request its client address (app.request has no socket).
function startApp(overrides: Partial<Config> = {}, base?: Config): CxMapApp {
  return apps.build({ trustProxy: true, ...overrides }, createMemoryStore(), base)
}

async function createBoard(app: CxMapApp): Promise<CreateBoardResponse> {
  const response = await app.app.request('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
    body: JSON.stringify({ title: 'Journey' }),
  })
  expect(response.status).toBe(201)
  return createBoardResponseSchema.parse(await response.json())
}

function readBoard(app: CxMapApp, path: string, token: string | null, address = '203.0.113.7') {
  const headers: Record<string, string> = { 'x-forwarded-for': address }
  if (token !== null) headers.authorization = `Bearer ${token}`
  return app.app.request(path, { headers })
}

async function expectRateLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429)
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe('rate_limited')
  const retryAfter = Number(response.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(60)
}

describe('failed token checks per address', () => {
  it('answers 429 once an address has failed N checks, on every board route, even with the right token', async () => {
    const app = await startApp({ failedAuthPerMinute: 3 })
    const { id, tokens } = await createBoard(app)
    expect((await readBoard(app, `/api/boards/${id}`, 'wrong')).status).toBe(403)
    expect((await readBoard(app, `/api/boards/${id}`, null)).status).toBe(401)
    expect((await readBoard(app, `/api/boards/${id}/journey.json`, 'wrong')).status).toBe(403)
    await expectRateLimited(await readBoard(app, `/api/boards/${id}`, tokens.facilitator))
    await expectRateLimited(await readBoard(app, `/api/boards/${id}/journey.json`, tokens.viewer))
    // Another address is not affected.
    expect((await readBoard(app, `/api/boards/${id}`, tokens.viewer, '203.0.113.8')).status).toBe(200)
  })

  it('never counts successes or unknown boards', async () => {
    const app = await startApp({ failedAuthPerMinute: 2 })
    const { id, tokens } = await createBoard(app)
    for (let i = 0; i < 10; i++) expect((await readBoard(app, `/api/boards/${id}`, tokens.editor)).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await readBoard(app, '/api/boards/missing', tokens.editor)).status).toBe(404)
    expect((await readBoard(app, `/api/boards/${id}`, 'wrong')).status).toBe(403)
    expect((await readBoard(app, `/api/boards/${id}`, tokens.editor)).status).toBe(200)
    expect((await readBoard(app, `/api/boards/${id}`, 'wrong')).status).toBe(403)
    await expectRateLimited(await readBoard(app, `/api/boards/${id}`, tokens.editor))
  })

  it('lets the address check again once its minute is over', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const app = await startApp({ failedAuthPerMinute: 1 })
    const { id, tokens } = await createBoard(app)
    expect((await readBoard(app, `/api/boards/${id}`, 'wrong')).status).toBe(403)
    await expectRateLimited(await readBoard(app, `/api/boards/${id}`, tokens.editor))
    vi.setSystemTime(Date.now() + 61_000)
    expect((await readBoard(app, `/api/boards/${id}`, tokens.editor)).status).toBe(200)
  })

  it('holds with the real defaults: 30 failed checks a minute, then 429', async () => {
    const defaults = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/tmp/cxmap-unused' })
    expect(defaults.failedAuthPerMinute).toBe(30)
    const app = await startApp({}, defaults)
    const { id, tokens } = await createBoard(app)
    for (let i = 0; i < 30; i++) expect((await readBoard(app, `/api/boards/${id}`, `wrong-${i}`)).status).toBe(403)
    await expectRateLimited(await readBoard(app, `/api/boards/${id}`, tokens.facilitator))
  })
})

describe('exports per address (EXPORTS_PER_MINUTE)', () => {
  it('answers 429 to an address past its exports of the minute; other routes and addresses go on', async () => {
    const app = await startApp({ exportsPerMinute: 3 })
    const { id, tokens } = await createBoard(app)
    for (const file of ['journey.json', 'roadmap.csv', 'strategy.docx'])
      expect((await readBoard(app, `/api/boards/${id}/${file}`, tokens.facilitator)).status).toBe(200)
    for (const file of ['strategy.json', 'board-file', 'export.pdf'])
      await expectRateLimited(await readBoard(app, `/api/boards/${id}/${file}`, tokens.viewer))
    await expectRateLimited(await readBoard(app, `/api/boards/${id}/journey.json`, tokens.facilitator))
    expect((await readBoard(app, `/api/boards/${id}`, tokens.facilitator)).status).toBe(200)
    expect((await readBoard(app, `/api/boards/${id}/journey.json`, tokens.viewer, '203.0.113.8')).status).toBe(200)
  })
})
