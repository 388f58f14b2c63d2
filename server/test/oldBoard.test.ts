import { readFile } from 'node:fs/promises'
import {
  createBoardResponseSchema,
  getRecordsMap,
  readRecordById,
  writeRecord,
  type CreateBoardResponse,
  type DocRecord,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { connectSyncedClient, type TestClient } from './clients.ts'
import type { TestServer } from './testServer.ts'
import { useTestServers } from './useTestServers.ts'
import { waitFor } from './waitFor.ts'

/*
 * A board as main stored it before issue 12 (commit a752a25): the base-cjm template with its example cards, three cards
 * in and beside the grid, an initiative, a running timer, an agenda, a closed vote with sealed ballots, and one edit
 * made by a y-websocket client — exported as a board file (docs/board-file.md). It must keep opening and taking edits
 * whatever the shape models, their migrations and the room's gate become.
 */
const FIXTURE = new URL('./fixtures/board-before-issue-12.cxmap.json', import.meta.url)

async function importFixture(server: TestServer): Promise<CreateBoardResponse> {
  const response = await server.cxmap.app.request('/api/boards/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await readFile(FIXTURE, 'utf8'),
  })
  expect(response.status).toBe(201)
  return createBoardResponseSchema.parse(await response.json())
}

async function getJson(server: TestServer, board: CreateBoardResponse, path: string): Promise<unknown> {
  const response = await server.cxmap.app.request(`/api/boards/${board.id}/${path}`, {
    headers: { authorization: `Bearer ${board.tokens.viewer}` },
  })
  expect(response.status, path).toBe(200)
  return response.json()
}

function readCard(client: TestClient, id: string): DocRecord & { props: Record<string, unknown> } {
  const record = readRecordById(getRecordsMap(client.doc), id)
  if (!record) throw new Error(`no ${id}`)
  return record as DocRecord & { props: Record<string, unknown> }
}

describe('a board stored before issue 12', () => {
  const servers = useTestServers()

  it('opens, takes an honest edit that every client receives and the store keeps, and exports it', async () => {
    const server = await servers.start()
    const board = await importFixture(server)
    const editor = servers.track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    const viewer = servers.track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
    expect(readCard(viewer, 'shape:free').props.text).toBe('A free note, moved')

    const pain = readCard(editor, 'shape:pain')
    const edited = { ...pain, x: (pain.x as number) + 5, props: { ...pain.props, text: 'Ждать ответа неделю' } }
    writeRecord(getRecordsMap(editor.doc), edited, pain)
    await waitFor(() => readCard(viewer, 'shape:pain').props.text === 'Ждать ответа неделю', {
      message: 'edit relayed',
    })
    expect(editor.closes).toEqual([])

    const journey = JSON.stringify(await getJson(server, board, 'journey.json'))
    expect(journey).toContain('Ждать ответа неделю')
    expect(journey).toContain('Answer within a day')
    expect(JSON.stringify(await getJson(server, board, 'roadmap.json'))).toContain('Reply in a day')
    const results = (await getJson(server, board, 'votes/vote-1/results')) as { counts: Record<string, number> }
    expect(results.counts['shape:pain']).toBe(3)

    await servers.stop(server)
    const restarted = await servers.start()
    const reader = servers.track(await connectSyncedClient(restarted.syncUrl, board.id, board.tokens.viewer))
    expect(readCard(reader, 'shape:pain')).toEqual(readCard(viewer, 'shape:pain'))
  })
})
