import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  apiErrorSchema,
  boardResponseSchema,
  createBoardResponseSchema,
  parseBoardLink,
  type CreateBoardResponse,
} from '@cxmap/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { createTempDir, createTestConfig } from '../../test/testServer.ts'
import { createApp, type CxMapApp } from '../app.ts'
import { deriveEditorToken, deriveViewerToken } from '../auth/tokens.ts'
import { openSqliteStore } from '../storage/sqlite.ts'
import type { BoardStore } from '../storage/types.ts'

let dir: Awaited<ReturnType<typeof createTempDir>>
let store: BoardStore
let cxmap: CxMapApp
let logs: () => string

beforeEach(async () => {
  dir = await createTempDir()
  const config = createTestConfig(dir.path, { publicUrl: 'https://cx.example.com' })
  store = openSqliteStore(config.databaseFile)
  const capture = createLogCapture()
  logs = capture.text
  cxmap = createApp({ config, store, logger: capture.logger })
})

afterEach(async () => {
  await cxmap.close()
  await store.close()
  await dir.remove()
})

function request(path: string, init: { method?: string; token?: string; body?: unknown; query?: boolean } = {}) {
  const headers: Record<string, string> = {}
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.token && !init.query) headers.authorization = `Bearer ${init.token}`
  const url = init.token && init.query ? `${path}?token=${encodeURIComponent(init.token)}` : path
  const body = init.body === undefined ? undefined : JSON.stringify(init.body)
  return cxmap.app.request(url, { method: init.method ?? 'GET', headers, body })
}

async function createBoard(title = 'Journey'): Promise<CreateBoardResponse> {
  const response = await request('/api/boards', { method: 'POST', body: { title } })
  expect(response.status).toBe(201)
  return createBoardResponseSchema.parse(await response.json())
}

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status)
  const body = apiErrorSchema.parse(await response.json())
  expect(body.error.code).toBe(code)
  return body.error.message
}

describe('POST /api/boards', () => {
  it('creates a board with three links whose tokens form the HMAC chain', async () => {
    const created = await createBoard('  Onboarding journey  ')
    expect(created.title).toBe('Onboarding journey')
    expect(created.locale).toBe('en')
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(created.tokens.facilitator).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(created.tokens.editor).toBe(deriveEditorToken(created.tokens.facilitator, 0))
    expect(created.tokens.viewer).toBe(deriveViewerToken(created.tokens.editor, 0))
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      expect(created.links[role].startsWith('https://cx.example.com/b/')).toBe(true)
      expect(parseBoardLink(created.links[role])).toEqual({ boardId: created.id, token: created.tokens[role] })
    }
  })

  it('keeps the locale it was given', async () => {
    const response = await request('/api/boards', { method: 'POST', body: { title: 'RU', locale: 'ru' } })
    expect(createBoardResponseSchema.parse(await response.json()).locale).toBe('ru')
  })

  it('rejects invalid bodies with 400 bad_request', async () => {
    expect(
      await expectError(await request('/api/boards', { method: 'POST', body: { title: '' } }), 400, 'bad_request'),
    ).toMatch(/title/)
    await expectError(
      await request('/api/boards', { method: 'POST', body: { title: 'x'.repeat(201) } }),
      400,
      'bad_request',
    )
    await expectError(
      await request('/api/boards', { method: 'POST', body: { title: 'x', locale: 'de' } }),
      400,
      'bad_request',
    )
    const malformed = await cxmap.app.request('/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    })
    expect(await expectError(malformed, 400, 'bad_request')).toMatch(/JSON/)
    const notJson = await cxmap.app.request('/api/boards', { method: 'POST', body: 'title=x' })
    expect(await expectError(notJson, 400, 'bad_request')).toMatch(/JSON/)
  })

  it('refuses an oversized body with 413', async () => {
    const response = await request('/api/boards', {
      method: 'POST',
      body: { title: 'x', padding: 'y'.repeat(100_000) },
    })
    await expectError(response, 413, 'payload_too_large')
  })

  it('stores only hashes of the tokens', async () => {
    const created = await createBoard()
    await store.close()
    const files = readdirSync(dir.path).filter((name) => name.startsWith('cxmap.db'))
    const bytes = Buffer.concat(files.map((name) => readFileSync(join(dir.path, name))))
    expect(bytes.length).toBeGreaterThan(0)
    for (const token of Object.values(created.tokens)) expect(bytes.includes(token)).toBe(false)
    expect(bytes.includes(created.id)).toBe(true)
  })
})

describe('GET /api/boards/:id', () => {
  it('resolves the role of each token and shows the links of that role and weaker ones', async () => {
    const created = await createBoard()
    const expected = {
      facilitator: ['facilitator', 'editor', 'viewer'],
      editor: ['editor', 'viewer'],
      viewer: ['viewer'],
    }
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      const response = await request(`/api/boards/${created.id}`, { token: created.tokens[role] })
      expect(response.status).toBe(200)
      const board = boardResponseSchema.parse(await response.json())
      expect(board.role).toBe(role)
      expect(Object.keys(board.links).sort()).toEqual([...expected[role]].sort())
      for (const linkRole of expected[role] as (keyof typeof board.links)[]) {
        expect(board.links[linkRole]).toBe(created.links[linkRole])
      }
    }
  })

  it('accepts the token as ?token=', async () => {
    const created = await createBoard()
    const response = await request(`/api/boards/${created.id}`, { token: created.tokens.editor, query: true })
    expect(boardResponseSchema.parse(await response.json()).role).toBe('editor')
  })

  it('answers 401 without a token, 403 for a wrong one, 404 for an unknown board', async () => {
    const created = await createBoard()
    const other = await createBoard('Other')
    await expectError(await request(`/api/boards/${created.id}`), 401, 'unauthorized')
    await expectError(await request(`/api/boards/${created.id}`, { token: 'nope' }), 403, 'forbidden')
    await expectError(await request(`/api/boards/${created.id}`, { token: other.tokens.facilitator }), 403, 'forbidden')
    await expectError(
      await request('/api/boards/unknownBoard', { token: created.tokens.facilitator }),
      404,
      'not_found',
    )
    await expectError(await request('/api/boards/bad%20id!', { token: created.tokens.facilitator }), 404, 'not_found')
  })

  it('builds links from the request when PUBLIC_URL is unset, honouring X-Forwarded-* only with TRUST_PROXY', async () => {
    const linkFrom = async (trustProxy: boolean) => {
      const local = createApp({
        config: createTestConfig(dir.path, { trustProxy }),
        store,
        logger: createLogCapture().logger,
      })
      const response = await local.app.request('http://internal:8080/api/boards', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          host: 'cx.local:3000',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'cx.example.com:8443',
        },
        body: JSON.stringify({ title: 'Proxied' }),
      })
      return createBoardResponseSchema.parse(await response.json()).links.viewer
    }
    expect(await linkFrom(true)).toMatch(/^https:\/\/cx\.example\.com:8443\/b\//)
    expect(await linkFrom(false)).toMatch(/^http:\/\/cx\.local:3000\/b\//)
  })
})

describe('PATCH and DELETE /api/boards/:id', () => {
  it('lets facilitators and editors rename, not viewers', async () => {
    const created = await createBoard()
    const renamed = await request(`/api/boards/${created.id}`, {
      method: 'PATCH',
      token: created.tokens.editor,
      body: { title: 'Renamed' },
    })
    expect(renamed.status).toBe(200)
    expect(boardResponseSchema.parse(await renamed.json())).toMatchObject({ title: 'Renamed', role: 'editor' })
    const byViewer = await request(`/api/boards/${created.id}`, {
      method: 'PATCH',
      token: created.tokens.viewer,
      body: { title: 'Nope' },
    })
    await expectError(byViewer, 403, 'forbidden')
    const invalid = await request(`/api/boards/${created.id}`, {
      method: 'PATCH',
      token: created.tokens.facilitator,
      body: { title: ' ' },
    })
    await expectError(invalid, 400, 'bad_request')
    const read = await request(`/api/boards/${created.id}`, { token: created.tokens.viewer })
    expect(boardResponseSchema.parse(await read.json()).title).toBe('Renamed')
  })

  it('lets only the facilitator delete, then the board is gone', async () => {
    const created = await createBoard()
    await expectError(
      await request(`/api/boards/${created.id}`, { method: 'DELETE', token: created.tokens.editor }),
      403,
      'forbidden',
    )
    const deleted = await request(`/api/boards/${created.id}`, { method: 'DELETE', token: created.tokens.facilitator })
    expect(deleted.status).toBe(204)
    await expectError(
      await request(`/api/boards/${created.id}`, { token: created.tokens.facilitator }),
      404,
      'not_found',
    )
  })
})

describe('logging', () => {
  it('never logs a token, whether sent in the query or in a header', async () => {
    const created = await createBoard()
    const { facilitator, editor, viewer } = created.tokens
    await request(`/api/boards/${created.id}`, { token: facilitator, query: true })
    await request(`/api/boards/${created.id}`, { token: editor })
    await request(`/api/boards/${created.id}`, { method: 'PATCH', token: viewer, query: true, body: { title: 'x' } })
    await request(`/api/boards/${created.id}?token=${editor}`, { method: 'DELETE' })
    await request(`/api/nothing?token=${viewer}`)
    const text = logs()
    expect(text).toContain(`"path":"/api/boards/${created.id}"`)
    expect(text).toContain('"status":403')
    for (const token of [facilitator, editor, viewer]) expect(text).not.toContain(token)
  })
})
