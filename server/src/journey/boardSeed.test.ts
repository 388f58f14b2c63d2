import {
  JOURNEY_GRID_TYPE,
  TEMPLATE_IDS,
  apiErrorSchema,
  boardResponseSchema,
  readAllRecords,
  readDocDepartments,
  type CreateBoardResponse,
  type DocRecord,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { findDuplicatedFields, listRecordsOfType, loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'
import type { BoardStore } from '../storage/types.ts'
import { buildTemplateSeed } from './boardSeed.ts'

const { start, track } = useTestServers()

/** Connects clients at the same time and waits until every one is synced. */
async function joinTogether(server: TestServer, board: CreateBoardResponse, count: number): Promise<TestClient[]> {
  const joined = Array.from({ length: count }, () => connectClient(server.syncUrl, board.id, board.tokens.editor))
  for (const client of joined) track(client)
  await waitFor(() => joined.every((client) => client.provider.synced), { message: 'every client synced' })
  return joined
}

/** What each record is (type, card kind, text or title), sorted: equal for two builds of one template. */
function describeRecords(records: readonly DocRecord[]): string[] {
  return records
    .map((record) => {
      const props = (record.props ?? {}) as { kind?: string; text?: string; title?: string }
      return [record.typeName, record.type, props.kind, props.text ?? props.title].join('|')
    })
    .sort()
}

/** Wraps the store to record the id of every board it is asked to create. */
function recordCreatedIds(createdIds: string[], inner: BoardStore): BoardStore {
  return {
    ...inner,
    async createBoard(board, docs) {
      createdIds.push(board.id)
      await inner.createBoard(board, docs)
    },
  }
}

async function postBoard(server: TestServer, body: unknown): Promise<Response> {
  return server.cxmap.app.request('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('seeding a new board', () => {
  it.each(TEMPLATE_IDS)('stores the %s template before answering, and a client finds it on connecting', async (id) => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Seeded', { template: id, locale: 'ru', withExample: true })
    expect(board.template).toBe(id)
    expect((await server.store.loadDoc(board.id, 'board')).updates).toHaveLength(1)
    const stored = await loadStoredBoardDoc(server.store, board.id)

    const [client] = await joinTogether(server, board, 1)
    const records = readAllRecords(client!.doc)
    expect(records).toEqual(readAllRecords(stored))
    // Template ids are random: compare what the records are, not what they are called.
    const seed = buildTemplateSeed(id, 'ru', { withExample: true })
    expect(describeRecords(Object.values(records))).toEqual(describeRecords(seed.records))
    expect(records['document:document']?.typeName).toBe('document')
    expect(records['page:page']?.typeName).toBe('page')
    expect(listRecordsOfType(records, JOURNEY_GRID_TYPE)).toHaveLength(id === 'blank' ? 0 : 1)
    expect(readDocDepartments(client!.doc)).toEqual(seed.departments)
  })

  it('gives two clients opening a fresh template board together exactly one grid, written once', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Together', { template: 'base-cjm' })
    const [a, b] = await joinTogether(server, board, 2)
    for (const client of [a!, b!]) {
      expect(listRecordsOfType(readAllRecords(client.doc), JOURNEY_GRID_TYPE)).toHaveLength(1)
      expect(findDuplicatedFields(client.doc)).toEqual([])
    }
    expect(readAllRecords(a!.doc)).toEqual(readAllRecords(b!.doc))
    const stored = await loadStoredBoardDoc(server.store, board.id)
    expect(listRecordsOfType(readAllRecords(stored), JOURNEY_GRID_TYPE)).toHaveLength(1)
    expect(findDuplicatedFields(stored)).toEqual([])
  })

  it('makes a blank board by default: template "blank", with the document and page records', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Plain')
    expect(board.template).toBe('blank')
    const response = await server.cxmap.app.request(`/api/boards/${board.id}?token=${board.tokens.viewer}`)
    expect(boardResponseSchema.parse(await response.json()).template).toBe('blank')
    const records = readAllRecords(await loadStoredBoardDoc(server.store, board.id))
    expect(Object.keys(records)).toEqual(['document:document', 'page:page'])
  })

  it('refuses an unknown template or a non-boolean withExample with 400, creating nothing', async () => {
    const createdIds: string[] = []
    const server = await start({ wrapStore: (inner) => recordCreatedIds(createdIds, inner) })
    const unknown = await postBoard(server, { title: 'X', template: 'kanban' })
    expect(unknown.status).toBe(400)
    const { error } = apiErrorSchema.parse(await unknown.json())
    expect(error.code).toBe('bad_request')
    expect(error.message).toBe(`Invalid request body: template: Template must be one of: ${TEMPLATE_IDS.join(', ')}`)
    const example = await postBoard(server, { title: 'X', template: 'base-cjm', withExample: 'yes' })
    expect(example.status).toBe(400)
    expect(apiErrorSchema.parse(await example.json()).error.message).toContain('withExample')
    expect(createdIds).toEqual([])
  })

  it('answers 500 and leaves no board when the seed cannot be stored', async () => {
    const createdIds: string[] = []
    const server = await start({
      // The store gets a seed it cannot write: its transaction stores no board either.
      wrapStore: (inner) =>
        recordCreatedIds(createdIds, {
          ...inner,
          createBoard: (board) =>
            inner.createBoard(board, [{ kind: 'board', update: null as unknown as Uint8Array }]).catch((error) => {
              throw new Error('disk full', { cause: error })
            }),
        }),
    })
    const response = await postBoard(server, { title: 'Doomed', template: 'base-cjm' })
    expect(response.status).toBe(500)
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('internal')
    expect(createdIds).toHaveLength(1)
    expect(await server.store.getBoard(createdIds[0]!)).toBeNull()
    expect((await server.store.loadDoc(createdIds[0]!, 'board')).updates).toEqual([])
    expect(server.logs()).toContain('disk full')
  })

  it('answers 500 and creates no board when the seed cannot be built', async () => {
    const createdIds: string[] = []
    const server = await start({
      buildSeed: () => {
        throw new Error('broken template')
      },
      wrapStore: (inner) => recordCreatedIds(createdIds, inner),
    })
    expect((await postBoard(server, { title: 'Doomed' })).status).toBe(500)
    expect(createdIds).toEqual([])
  })
})
