import { adminBoardsResponseSchema, apiErrorSchema, CloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { connectSyncedClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { boardFileSchema } from '../boardFile/format.ts'
import { waitFor } from '../../test/waitFor.ts'

const ADMIN_TOKEN = 'admin-token-of-this-test'

const { start, track } = useTestServers()

function startWithAdmin(failedAuthPerMinute = 100) {
  return start({ config: { adminToken: ADMIN_TOKEN, failedAuthPerMinute } })
}

function admin(server: TestServer, path: string, init: { method?: string; token?: string | null } = {}) {
  const token = init.token === undefined ? ADMIN_TOKEN : init.token
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` }
  return fetch(`${server.httpUrl}/api/admin${path}`, { method: init.method ?? 'GET', headers })
}

async function listBoards(server: TestServer) {
  const response = await admin(server, '/boards')
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  return adminBoardsResponseSchema.parse(await response.json())
}

describe('admin API', () => {
  it('does not exist without ADMIN_TOKEN: 404 for everything under /api/admin', async () => {
    const server = await start()
    for (const path of ['/boards', '/boards/x', '/anything']) {
      const response = await admin(server, path)
      expect(response.status).toBe(404)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found')
    }
    expect((await admin(server, '/boards/x', { method: 'DELETE' })).status).toBe(404)
  })

  it('needs the admin token: 401 without it, 403 with a wrong one; failures count towards 429', async () => {
    const server = await startWithAdmin(2)
    expect((await admin(server, '/boards', { token: null })).status).toBe(401)
    expect((await admin(server, '/boards', { token: `${ADMIN_TOKEN}-not` })).status).toBe(403)
    const limited = await admin(server, '/boards')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('lists every board with its size, last activity and connections now, and the totals; no token', async () => {
    const server = await startWithAdmin()
    const first = await createBoardVia(server.cxmap, 'First', { template: 'base-cjm', locale: 'ru' })
    const second = await createBoardVia(server.cxmap, 'Second')
    track(await connectSyncedClient(server.syncUrl, first.id, first.tokens.editor))
    track(await connectSyncedClient(server.syncUrl, first.id, first.tokens.viewer))
    const response = await admin(server, '/boards')
    const text = await response.clone().text()
    for (const token of [...Object.values(first.tokens), ...Object.values(second.tokens)]) {
      expect(text).not.toContain(token)
    }
    const { boards, totals } = await listBoards(server)
    expect(boards.map((b) => b.id)).toEqual([first.id, second.id])
    expect(boards[0]).toMatchObject({ title: 'First', template: 'base-cjm', locale: 'ru', connections: 2 })
    expect(boards[1]).toMatchObject({ title: 'Second', template: 'blank', locale: 'en', connections: 0 })
    expect(boards[0]!.storedBytes).toBeGreaterThan(boards[1]!.storedBytes)
    expect(boards[1]!.storedBytes).toBeGreaterThan(0)
    expect(boards[0]!.lastActiveAt >= boards[0]!.createdAt).toBe(true)
    expect(totals).toEqual({
      boards: 2,
      storedBytes: boards[0]!.storedBytes + boards[1]!.storedBytes,
      connections: 2,
    })
  })

  it('deletes a board: its sockets are closed with 4404, then it is gone', async () => {
    const server = await startWithAdmin()
    const board = await createBoardVia(server.cxmap)
    const kept = await createBoardVia(server.cxmap, 'Kept')
    const client = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    expect((await admin(server, `/boards/${board.id}`, { method: 'DELETE' })).status).toBe(204)
    await waitFor(() => client.closes.some((c) => c.code === CloseCode.notFound), { message: '4404 close' })
    expect(await server.store.getBoard(board.id)).toBeNull()
    expect((await listBoards(server)).boards.map((b) => b.id)).toEqual([kept.id])
    expect((await admin(server, `/boards/${board.id}`, { method: 'DELETE' })).status).toBe(404)
    expect(server.logs()).toContain('board deleted by the admin')
    for (const token of Object.values(board.tokens)) expect(server.logs()).not.toContain(token)
  })
  it('exports a board as its board file, with no token in it', async () => {
    const server = await startWithAdmin()
    const board = await createBoardVia(server.cxmap, 'Экспорт', { template: 'base-cjm', locale: 'ru' })
    const response = await admin(server, `/boards/${board.id}/export`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/attachment;.*\.cxmap\.json/)
    const text = await response.text()
    const file = boardFileSchema.parse(JSON.parse(text))
    expect(file.board).toMatchObject({ title: 'Экспорт', template: 'base-cjm', locale: 'ru' })
    for (const token of Object.values(board.tokens)) expect(text).not.toContain(token)
    expect((await admin(server, '/boards/missing/export')).status).toBe(404)
    expect((await admin(server, `/boards/${board.id}/export`, { token: 'wrong-admin-token' })).status).toBe(403)
  })
})
