import {
  addPersona,
  addStakeholder,
  apiErrorSchema,
  getStrategyTexts,
  getStrategyText,
  readStrategyDoc,
  STRATEGY_PARTS,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useExportServer } from '../../test/useExportServer.ts'
import { waitFor } from '../../test/waitFor.ts'
import { readDocxHeadings, readDocxParagraphs } from '../../test/zipEntry.ts'

const exportServer = useExportServer()
const { get, join } = exportServer

/** Edits the stored board doc as a client would and appends the edit to storage (no room is loaded). */
async function editStoredBoard(boardId: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const doc = await loadStoredBoardDoc(exportServer.server.store, boardId)
  const before = Y.encodeStateVector(doc)
  edit(doc)
  await exportServer.server.store.appendUpdate(boardId, 'board', Y.encodeStateAsUpdate(doc, before))
}

async function getDocx(path: string, token: string): Promise<Uint8Array> {
  const response = await get(path, token)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  expect(response.headers.get('cache-control')).toBe('no-store')
  return new Uint8Array(await response.arrayBuffer())
}

describe('GET /api/boards/:id/strategy.docx', () => {
  it('a Russian board: a Word document with the ten parts as Heading 1 in order, filled from the board', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Доставка мебели', {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    await editStoredBoard(board.id, (doc) => {
      addStakeholder(doc, { group: 'clients', name: 'Покупатели', wants: 'Быстрая доставка', priority: 5 })
      addPersona(doc, { name: 'Ольга, молодая мама', segment: 'Семьи с детьми' })
      getStrategyText(doc, 'sustainability').insert(0, 'Честные сроки и уважение к клиенту')
    })

    const docx = await getDocx(`/api/boards/${board.id}/strategy.docx`, board.tokens.viewer)
    const texts = getStrategyTexts('ru')
    expect(readDocxHeadings(docx)).toEqual(STRATEGY_PARTS.map((part, index) => `${index + 1}. ${texts.parts[part]}`))
    const paragraphs = readDocxParagraphs(docx)
    expect(paragraphs[0]).toBe('CX-стратегия')
    for (const text of ['Доставка мебели', 'Покупатели', 'Быстрая доставка', 'Ольга, молодая мама']) {
      expect(
        paragraphs.some((paragraph) => paragraph.includes(text)),
        text,
      ).toBe(true)
    }
    expect(paragraphs).toContain('Честные сроки и уважение к клиенту')
    // Every part says how complete it is, in Russian.
    expect(paragraphs.filter((paragraph) => /^Полнота: (Готово|Частично|Нет данных)$/.test(paragraph))).toHaveLength(10)
    expect(exportServer.server.cxmap.rooms.roomCount).toBe(0)
  })

  it('answers in another language on ?lang=, and refuses what the other board routes refuse', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Access', { locale: 'ru' })
    const other = await createBoardVia(exportServer.server.cxmap, 'Other')
    const path = `/api/boards/${board.id}/strategy.docx`
    for (const token of Object.values(board.tokens)) expect((await get(path, token)).status).toBe(200)
    const english = await getDocx(`${path}?lang=en`, board.tokens.editor)
    expect(readDocxHeadings(english)[0]).toBe(`1. ${getStrategyTexts('en').parts.stakeholders}`)
    const refusals = [
      [await get(path), 401, 'unauthorized'],
      [await get(path, other.tokens.facilitator), 403, 'forbidden'],
      [await get('/api/boards/noSuchBoard/strategy.docx', board.tokens.facilitator), 404, 'not_found'],
      [await get(`${path}?lang=de`, board.tokens.facilitator), 400, 'bad_request'],
    ] as const
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code)
    }
  })

  it('reads a loaded board from its room: a stakeholder just added is in the document', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Live', { locale: 'ru' })
    const writer = await join(board)
    const reader = await join(board)
    const loadsBefore = exportServer.loadDocCalls
    addStakeholder(writer.doc, { group: 'regulator', name: 'Центральный банк' })
    await waitFor(() => readStrategyDoc(reader.doc).stakeholders.length > 0, { message: 'stakeholder relayed' })
    const docx = await getDocx(`/api/boards/${board.id}/strategy.docx`, board.tokens.viewer)
    expect(readDocxParagraphs(docx).join('\n')).toContain('Центральный банк')
    expect(exportServer.loadDocCalls).toBe(loadsBefore)
  })
})
