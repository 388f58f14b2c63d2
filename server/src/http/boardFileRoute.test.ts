import {
  CREATOR_KEY_HEADER,
  apiErrorSchema,
  createBoardResponseSchema,
  type CreateBoardResponse,
  type Journey,
  type StrategyDoc,
  addPersona,
  getStrategyText,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fillRichBoard, readStoredContent } from '../../test/boardFileFixture.ts'
import { createCardRecord, encodeRecordsUpdate, loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { createBoardVia, createTempDir, startTestServer } from '../../test/testServer.ts'
import { useExportServer } from '../../test/useExportServer.ts'
import { waitFor } from '../../test/waitFor.ts'
import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, type BoardFile } from '../boardFile/format.ts'
import { hashBoardTokens } from '../auth/tokens.ts'

const exportServer = useExportServer()
const { get } = exportServer

async function exportFile(board: CreateBoardResponse): Promise<string> {
  const response = await get(`/api/boards/${board.id}/board-file`, board.tokens.facilitator)
  expect(response.status).toBe(200)
  return await response.text()
}

function postImport(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    exportServer.server.cxmap.app.request('/api/boards/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    }),
  )
}

async function importFile(text: string): Promise<CreateBoardResponse> {
  const response = await postImport(text)
  expect(response.status, await response.clone().text()).toBe(201)
  return createBoardResponseSchema.parse(await response.json())
}

async function expectBadFile(body: string, message: RegExp): Promise<void> {
  const response = await postImport(body)
  expect(response.status).toBe(400)
  const error = apiErrorSchema.parse(await response.json()).error
  expect(error.code).toBe('bad_request')
  expect(error.message).toMatch(message)
}

describe('GET /api/boards/:id/board-file and POST /api/boards/import', () => {
  it('round-trips cards, grid, initiatives, the closed vote, ballots, timer and agenda into a new board', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Путь клиента', {
      template: 'base-cjm',
      locale: 'ru',
    })
    await fillRichBoard(exportServer.server.store, board.id)
    const strategyDoc = await loadStoredBoardDoc(exportServer.server.store, board.id)
    const beforeStrategy = Y.encodeStateVector(strategyDoc)
    addPersona(strategyDoc, { id: 'anna', name: 'Анна' })
    getStrategyText(strategyDoc, 'sustainability').insert(0, 'Доверие')
    const strategyUpdate = Y.encodeStateAsUpdate(strategyDoc, beforeStrategy)
    await exportServer.server.store.appendUpdate(board.id, 'board', strategyUpdate)
    const response = await get(`/api/boards/${board.id}/board-file`, board.tokens.facilitator)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="put-klienta.cxmap.json"; filename*=UTF-8''%D0%BF%D1%83%D1%82%D1%8C-%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82%D0%B0.cxmap.json`,
    )
    const text = await response.text()
    const file = JSON.parse(text) as BoardFile
    expect(file).toMatchObject({ format: BOARD_FILE_FORMAT, version: BOARD_FILE_VERSION })
    expect(file.board).toMatchObject({ title: 'Путь клиента', locale: 'ru', template: 'base-cjm' })
    for (const secret of [...Object.values(board.tokens), ...Object.values(hashBoardTokens(board.tokens))]) {
      expect(text).not.toContain(secret)
    }

    const copy = await importFile(text)
    expect(copy).toMatchObject({ title: 'Путь клиента', locale: 'ru', template: 'base-cjm' })
    expect(copy.id).not.toBe(board.id)
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      expect(copy.tokens[role]).not.toBe(board.tokens[role])
      expect(copy.links[role]).toContain(`/b/${copy.id}#t=`)
    }
    const store = exportServer.server.store
    expect(await readStoredContent(store, copy.id)).toEqual(await readStoredContent(store, board.id))
    const copied = (await (await get(`/api/boards/${copy.id}/journey.json`, copy.tokens.viewer)).json()) as {
      strategy: StrategyDoc
    }
    expect(copied.strategy).toMatchObject({ personas: [{ id: 'anna' }], texts: { sustainability: 'Доверие' } })
    for (const path of ['journey.json', 'roadmap.json', 'strategy.json']) {
      const original = await (await get(`/api/boards/${board.id}/${path}`, board.tokens.viewer)).json()
      expect(await (await get(`/api/boards/${copy.id}/${path}`, copy.tokens.viewer)).json()).toEqual(original)
    }
    expect(file.readable).toEqual({
      journey: await (await get(`/api/boards/${copy.id}/journey.json`, copy.tokens.viewer)).json(),
      roadmap: await (await get(`/api/boards/${copy.id}/roadmap.json`, copy.tokens.viewer)).json(),
    })
    expect((await get(`/api/boards/${copy.id}`, copy.tokens.facilitator)).status).toBe(200)
    for (const token of Object.values(board.tokens))
      expect((await get(`/api/boards/${copy.id}`, token)).status).toBe(403)
  })

  it('reads the live room of a loaded board, and accepts files larger than the API’s 64 KB body limit', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Live')
    const client = await exportServer.join(board)
    const before = exportServer.loadDocCalls
    // Over the API's 64 KB body limit, under the update gate's 100,000-character string limit.
    const long = 'x'.repeat(90 * 1024)
    Y.applyUpdate(client.doc, encodeRecordsUpdate([createCardRecord('shape:live', long)]))
    const readFreeTexts = async (id: string, token: string) => {
      const journey = (await (await get(`/api/boards/${id}/journey.json`, token)).json()) as Journey
      return journey.freeCards.map((card) => card.text)
    }
    await waitFor(async () => (await readFreeTexts(board.id, board.tokens.viewer)).length === 1)
    const text = await exportFile(board)
    expect(text.length).toBeGreaterThan(90 * 1024)
    expect(exportServer.loadDocCalls).toBe(before)
    const copy = await importFile(text)
    expect((await readFreeTexts(copy.id, copy.tokens.viewer))[0] === long).toBe(true)
  })

  it('opens the export to the facilitator only (403 editor and viewer, 401 without token, 404 unknown)', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Access')
    const path = `/api/boards/${board.id}/board-file`
    const refusals = [
      [await get(path, board.tokens.editor), 403, 'forbidden'],
      [await get(path, board.tokens.viewer), 403, 'forbidden'],
      [await get(path), 401, 'unauthorized'],
      [await get('/api/boards/noSuchBoard/board-file', board.tokens.facilitator), 404, 'not_found'],
    ] as const
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code)
    }
  })

  it('refuses bad files with 400 and a message saying what is wrong, storing nothing', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Source')
    const file = JSON.parse(await exportFile(board)) as BoardFile
    const withDoc = (base64: string) => JSON.stringify({ ...file, docs: { ...file.docs, control: base64 } })
    const boardState = Buffer.from(file.docs.board, 'base64')
    await expectBadFile('{"format": "cxmap-board",', /not JSON/)
    await expectBadFile(JSON.stringify({ grids: [] }), /not a CX Map board file/)
    await expectBadFile(JSON.stringify({ ...file, version: 2 }), /version 2, newer than this server reads \(1\)/)
    await expectBadFile(JSON.stringify({ ...file, version: '1' }), /version must be 1, got "1"/)
    await expectBadFile(JSON.stringify({ ...file, board: { ...file.board, locale: 'de' } }), /board\.locale/)
    await expectBadFile(JSON.stringify({ ...file, docs: { board: file.docs.board } }), /docs\.control/)
    await expectBadFile(withDoc('not base64!'), /docs\.control: must be base64/)
    await expectBadFile(withDoc(Buffer.from([1, 2, 3, 4, 5, 6, 7]).toString('base64')), /"control" document/)
    const truncated = boardState.subarray(0, Math.floor(boardState.length / 2)).toString('base64')
    await expectBadFile(JSON.stringify({ ...file, docs: { ...file.docs, board: truncated } }), /"board" document/)
    expect(await exportServer.server.store.getBoard(board.id)).not.toBeNull()
  })

  it('answers 413 to a body over the board file limit', async () => {
    const response = await postImport('{}', { 'content-length': String(65 * 1024 * 1024) })
    expect(response.status).toBe(413)
    expect(apiErrorSchema.parse(await response.json()).error.message).toMatch(/at most 64 MB/)
  })

  it('answers 413, naming MAX_DOC_BYTES, to a board larger than this server keeps, and stores nothing', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Большая доска', { template: 'base-cjm' })
    await fillRichBoard(exportServer.server.store, board.id)
    const text = await exportFile(board)
    const boardBytes = Buffer.from((JSON.parse(text) as BoardFile).docs.board, 'base64').byteLength
    const dir = await createTempDir()
    const importInto = async (maxDocBytes: number) => {
      const server = await startTestServer({ dataDir: dir.path, config: { maxDocBytes } })
      try {
        const response = await server.cxmap.app.request('/api/boards/import', { method: 'POST', body: text })
        return { status: response.status, body: await response.text(), boards: await server.store.listBoards() }
      } finally {
        await server.stop()
      }
    }
    try {
      const refused = await importInto(boardBytes - 1)
      expect(refused.status).toBe(413)
      const { message } = apiErrorSchema.parse(JSON.parse(refused.body)).error
      expect(message).toMatch(/board document; this server keeps boards under .* KiB \(MAX_DOC_BYTES\)/)
      expect(refused.boards).toEqual([])
      expect((await importInto(boardBytes)).status).toBe(201)
    } finally {
      await dir.remove()
    }
  })

  it('goes through the creation gate: with CREATE_BOARDS=key an import needs the creator key', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Gated')
    const text = await exportFile(board)
    const dir = await createTempDir()
    const creatorKey = 'creator-key-of-this-server'
    const gated = await startTestServer({ dataDir: dir.path, config: { createBoards: 'key', creatorKey } })
    try {
      const post = (headers: Record<string, string>) =>
        gated.cxmap.app.request('/api/boards/import', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: text,
        })
      const refused = await post({})
      expect(refused.status).toBe(401)
      expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('creator_key_required')
      expect((await post({ [CREATOR_KEY_HEADER]: creatorKey })).status).toBe(201)
    } finally {
      await gated.stop()
      await dir.remove()
    }
  })
})
