import { CloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { openRawClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'
import { hashToken } from '../auth/tokens.ts'

const { start } = useTestServers()

interface LogLine {
  level: number
  msg: string
  [field: string]: unknown
}

function readLines(server: TestServer, msg: string): LogLine[] {
  return server
    .logs()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.msg === msg)
}

async function readMetric(server: TestServer, series: string): Promise<number | undefined> {
  const text = await server.cxmap.metrics.render()
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('sync sockets in the logs and metrics', () => {
  it('counts a refused socket by its close code', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const refused = await openRawClient(server.syncUrl, board.id, `${board.tokens.viewer}x`)
    expect((await refused.closed).code).toBe(CloseCode.forbidden)
    expect(await readMetric(server, 'cxmap_ws_refused_total{code="4403"}')).toBe(1)
    expect(await readMetric(server, 'cxmap_ws_connections_opened_total')).toBe(0)
  })

  it('logs the open and the close (board, doc, role, code, duration) and the room load and unload, no token', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const client = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    await waitFor(() => readLines(server, 'room loaded').length === 1)
    client.socket.close(1000)
    await client.closed
    await waitFor(() => readLines(server, 'room unloaded').length === 1)

    const fields = { level: 30, boardId: board.id, doc: 'board', role: 'editor' }
    expect(readLines(server, 'sync connection opened')).toEqual([expect.objectContaining(fields)])
    const [closed] = readLines(server, 'sync connection closed')
    expect(closed).toMatchObject({ ...fields, code: 1000 })
    expect(closed!.durationMs).toEqual(expect.any(Number))
    const [loaded] = readLines(server, 'room loaded')
    expect(loaded).toMatchObject({ level: 30, boardId: board.id, doc: 'board' })
    expect(loaded!.bytes).toBeGreaterThan(0)
    expect(loaded!.ms).toEqual(expect.any(Number))
    expect(readLines(server, 'room unloaded')[0]).toMatchObject({ level: 30, boardId: board.id, doc: 'board' })
    expect(await readMetric(server, 'cxmap_ws_connections_opened_total')).toBe(1)
    expect(await readMetric(server, 'cxmap_ws_connections_closed_total')).toBe(1)
    for (const secret of [board.tokens.editor, hashToken(board.tokens.editor)])
      expect(server.logs()).not.toContain(secret)
  })

  it('counts the closes the server initiates by code', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const client = await openRawClient(server.syncUrl, board.id, board.tokens.viewer)
    await waitFor(() => server.cxmap.rooms.connectionCount === 1)
    await server.cxmap.rooms.closeBoard(board.id, CloseCode.notFound, 'board deleted')
    expect((await client.closed).code).toBe(CloseCode.notFound)
    expect(await readMetric(server, 'cxmap_ws_refused_total{code="4404"}')).toBe(1)
    await waitFor(() => readLines(server, 'sync connection closed').length === 1)
    expect(readLines(server, 'sync connection closed')[0]).toMatchObject({ role: 'viewer', code: CloseCode.notFound })
  })
})
