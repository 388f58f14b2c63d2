import { CREATOR_KEY_HEADER, apiErrorSchema, clientConfigSchema } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../../test/memoryStore.ts'
import { useTestApps } from '../../test/useTestApps.ts'
import type { CxMapApp } from '../app.ts'
import { readConfig, type Config } from '../config.ts'

const CREATOR_KEY = 'creator-key-of-this-test'

const apps = useTestApps()

function startApp(overrides: Partial<Config> = {}, base?: Config): CxMapApp {
  return apps.build(overrides, createMemoryStore(), base)
}

function createBoard(app: CxMapApp, headers: Record<string, string> = {}, body: unknown = { title: 'Journey' }) {
  return app.app.request('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status)
  const body = apiErrorSchema.parse(await response.json())
  expect(body.error.code).toBe(code)
  return body.error.message
}

describe('board creation with CREATE_BOARDS=key', () => {
  const keyMode = { createBoards: 'key', creatorKey: CREATOR_KEY } as const

  it('tells the client the mode through /api/config', async () => {
    const app = await startApp(keyMode)
    const config = clientConfigSchema.parse(await (await app.app.request('/api/config')).json())
    expect(config.createBoards).toBe('key')
    const open = await startApp()
    expect(clientConfigSchema.parse(await (await open.app.request('/api/config')).json()).createBoards).toBe('open')
  })

  it('needs the creator key: 401 without it, 403 with a wrong one, 201 with the right one', async () => {
    const app = await startApp(keyMode)
    const missing = await expectError(await createBoard(app), 401, 'creator_key_required')
    expect(missing).toContain(CREATOR_KEY_HEADER)
    await expectError(await createBoard(app, { [CREATOR_KEY_HEADER]: 'not-the-key' }), 403, 'creator_key_invalid')
    await expectError(await createBoard(app, { [CREATOR_KEY_HEADER]: `${CREATOR_KEY}x` }), 403, 'creator_key_invalid')
    expect((await createBoard(app, { [CREATOR_KEY_HEADER]: CREATOR_KEY })).status).toBe(201)
  })

  it('counts wrong creator keys as failed checks: over the limit even the right key gets 429', async () => {
    const app = await startApp({ ...keyMode, failedAuthPerMinute: 3 })
    for (let i = 0; i < 3; i++) {
      await expectError(await createBoard(app, { [CREATOR_KEY_HEADER]: 'wrong' }), 403, 'creator_key_invalid')
    }
    const limited = await createBoard(app, { [CREATOR_KEY_HEADER]: CREATOR_KEY })
    await expectError(limited, 429, 'rate_limited')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
  })

  it('ignores the header when creation is open', async () => {
    const app = await startApp()
    expect((await createBoard(app, { [CREATOR_KEY_HEADER]: 'anything' })).status).toBe(201)
    expect((await createBoard(app)).status).toBe(201)
  })
})

describe('board creations per address', () => {
  it('answers 429 with Retry-After (seconds, within the hour) once the hour’s creations are used', async () => {
    const app = await startApp({ boardCreatesPerHour: 3 })
    for (let i = 0; i < 3; i++) expect((await createBoard(app)).status).toBe(201)
    const limited = await createBoard(app)
    const message = await expectError(limited, 429, 'rate_limited')
    expect(message).toMatch(/too many boards/i)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(60 * 59)
    expect(retryAfter).toBeLessThanOrEqual(3600)
  })

  it('does not count a request that created nothing (invalid body, missing key)', async () => {
    const app = await startApp({ boardCreatesPerHour: 2, createBoards: 'key', creatorKey: CREATOR_KEY })
    const withKey = { [CREATOR_KEY_HEADER]: CREATOR_KEY }
    for (let i = 0; i < 3; i++) expect((await createBoard(app, withKey, { title: '' })).status).toBe(400)
    for (let i = 0; i < 3; i++) expect((await createBoard(app)).status).toBe(401)
    expect((await createBoard(app, withKey)).status).toBe(201)
    expect((await createBoard(app, withKey)).status).toBe(201)
    expect((await createBoard(app, withKey)).status).toBe(429)
  })

  it('holds with the real defaults: 60 boards an hour, the 61st refused', async () => {
    const defaults = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/tmp/cxmap-unused' })
    expect(defaults.boardCreatesPerHour).toBe(60)
    const app = await startApp({}, defaults)
    for (let i = 0; i < 60; i++) expect((await createBoard(app)).status).toBe(201)
    await expectError(await createBoard(app), 429, 'rate_limited')
  })
})
