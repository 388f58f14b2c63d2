import {
  CARD_DEFAULT_H,
  CARD_DEFAULT_W,
  JOURNEY_GRID_TYPE,
  ROADMAP_CSV_COLUMNS,
  ROADMAP_FORMAT_VERSION,
  apiErrorSchema,
  createInitiative,
  createInitiativesFromCards,
  getLaneOffsets,
  getRecordsMap,
  readRoadmap,
  getStageOffsets,
  readAllRecords,
  readDocJourney,
  writeRecord,
  type JourneyGridProps,
  type RoadmapExport,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCardRecord, listRecordsOfType, loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useExportServer } from '../../test/useExportServer.ts'
import { waitFor } from '../../test/waitFor.ts'

const exportServer = useExportServer()
const { get, join } = exportServer

/** Edits the stored board doc as a client would and appends the edit to storage (no room is loaded). */
async function editStoredBoard(boardId: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const doc = await loadStoredBoardDoc(exportServer.server.store, boardId)
  const before = Y.encodeStateVector(doc)
  edit(doc)
  await exportServer.server.store.appendUpdate(boardId, 'board', Y.encodeStateAsUpdate(doc, before))
}

/** Two barrier cards in the grid's second stage and first lane; returns the stage and lane titles. */
function placeCards(doc: Y.Doc, texts: string[]): { stageTitle: string; laneTitle: string } {
  const [grid] = listRecordsOfType(readAllRecords(doc), JOURNEY_GRID_TYPE)
  const { x, y, props } = grid as unknown as { x: number; y: number; props: JourneyGridProps }
  const cardX = x + getStageOffsets(props)[1]! + props.stages[1]!.w / 2 - CARD_DEFAULT_W / 2
  const cardY = y + getLaneOffsets(props)[0]! + props.lanes[0]!.h / 2 - CARD_DEFAULT_H / 2
  texts.forEach((text, i) => writeRecord(getRecordsMap(doc), createCardRecord(`c${i}`, text, 'barrier', cardX, cardY)))
  return { stageTitle: props.stages[1]!.title, laneTitle: props.lanes[0]!.title }
}

describe('GET /api/boards/:id/roadmap.{json,csv}', () => {
  it.each(['json', 'csv'])('answers .%s to any role, and 401/403/404 as the other board routes', async (format) => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Access')
    const other = await createBoardVia(exportServer.server.cxmap, 'Other')
    const path = `/api/boards/${board.id}/roadmap.${format}`
    for (const token of Object.values(board.tokens)) expect((await get(path, token)).status).toBe(200)
    expect((await get(`${path}?token=${board.tokens.viewer}`)).status).toBe(200)
    const refusals = [
      [await get(path), 401, 'unauthorized'],
      [await get(path, other.tokens.facilitator), 403, 'forbidden'],
      [await get(`/api/boards/noSuchBoard/roadmap.${format}`, board.tokens.facilitator), 404, 'not_found'],
    ] as const
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code)
    }
  })

  it('serves an empty roadmap for a board without one', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Empty')
    const response = await get(`/api/boards/${board.id}/roadmap.json`, board.tokens.viewer)
    expect(await response.json()).toEqual({
      version: ROADMAP_FORMAT_VERSION,
      roadmap: { initiatives: [], triggers: [], stimuli: [] },
      effects: [],
      sources: {},
    })
  })

  it('reads a board no room holds from storage: effects, and sources present or removed', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Stored', { template: 'base-cjm' })
    let titles = { stageTitle: '', laneTitle: '' }
    let initiativeId = ''
    await editStoredBoard(board.id, (doc) => {
      titles = placeCards(doc, ['Долгое ожидание ответа', 'Card deleted later'])
      const [initiative] = createInitiativesFromCards(doc, ['shape:c0', 'shape:c1'], {
        mode: 'one',
        journey: readDocJourney(doc),
      })
      initiativeId = initiative!.id
      const metrics = [{ id: 'm', metric: 'NPS' as const, label: '', effect: 5 }]
      createInitiative(doc, { id: 'second', title: 'Чат-бот', wave: 3, metrics, dependsOn: [initiativeId] })
    })
    await editStoredBoard(board.id, (doc) => getRecordsMap(doc).delete('shape:c1'))

    const response = await get(`/api/boards/${board.id}/roadmap.json`, board.tokens.viewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const out = (await response.json()) as RoadmapExport
    expect(out.version).toBe(ROADMAP_FORMAT_VERSION)
    expect(out.roadmap.initiatives.map((i) => [i.title, i.wave])).toEqual([
      ['Долгое ожидание ответа', 1],
      ['Чат-бот', 3],
    ])
    expect(out.effects).toMatchObject([{ metric: 'NPS', total: 5, byWave: { 1: 0, 2: 0, 3: 5 } }])
    expect(out.sources[initiativeId]!.map((s) => [s.status, s.source.cardId, s.stageTitle])).toEqual([
      ['present', 'shape:c0', titles.stageTitle],
      ['removed', 'shape:c1', titles.stageTitle],
    ])
    const csv = await (await get(`/api/boards/${board.id}/roadmap.csv`, board.tokens.viewer)).text()
    expect(csv).toContain(ROADMAP_CSV_COLUMNS.join(','))
    expect(csv).toContain(`${titles.stageTitle} / ${titles.laneTitle}: Долгое ожидание ответа; (removed)`)
    expect(csv).toContain('3,desirable,Чат-бот,,,,idea,Долгое ожидание ответа,,NPS +5,')
    expect(exportServer.server.cxmap.rooms.roomCount).toBe(0)
  })

  it('reads a loaded board from its room: an initiative just written is exported without waiting for unload', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Live', { template: 'base-cjm' })
    const writer = await join(board)
    const reader = await join(board)
    const loadsBefore = exportServer.loadDocCalls
    createInitiative(writer.doc, { id: 'live', title: 'Initiative from a live room' })
    // The reader receiving it proves the server applied and stored it.
    await waitFor(() => readRoadmap(reader.doc).initiatives.length > 0, { message: 'initiative relayed' })
    const json = await get(`/api/boards/${board.id}/roadmap.json`, board.tokens.viewer)
    expect(((await json.json()) as RoadmapExport).roadmap.initiatives.map((i) => i.id)).toEqual(['live'])
    const csv = await get(`/api/boards/${board.id}/roadmap.csv`, board.tokens.viewer)
    expect(await csv.text()).toContain('Initiative from a live room')
    expect(exportServer.loadDocCalls).toBe(loadsBefore)
    expect(exportServer.server.cxmap.rooms.roomCount).toBe(1)
  })

  it('serves CSV as a UTF-8 attachment with a BOM, named after the title with a -roadmap suffix', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Путь клиента: доставка')
    await editStoredBoard(board.id, (doc) => createInitiative(doc, { title: 'Курьер вовремя' }))
    const response = await get(`/api/boards/${board.id}/roadmap.csv`, board.tokens.editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const utf8Name = encodeURIComponent('путь-клиента-доставка-roadmap.csv')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="put-klienta-dostavka-roadmap.csv"; filename*=UTF-8''${utf8Name}`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('Курьер вовремя')
  })

  it('names the CSV of a title without letters or digits roadmap.csv', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, '???')
    const response = await get(`/api/boards/${board.id}/roadmap.csv`, board.tokens.viewer)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="roadmap.csv"')
  })
  it('writes the CSV in the board language (Russian: `;`, names, decimal comma); ?lang= overrides it', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Дорожная', { locale: 'ru' })
    await editStoredBoard(board.id, (doc) =>
      createInitiative(doc, {
        title: 'Курьер вовремя',
        necessity: 'absolutely-necessary',
        status: 'in-progress',
        metrics: [{ id: 'm', metric: 'CES', label: '', effect: -0.5 }],
      }),
    )
    const path = `/api/boards/${board.id}/roadmap.csv`
    const ru = (await (await get(path, board.tokens.viewer)).text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(ru[0]).toBe(
      'Волна;Необходимость;Инициатива;Описание;Ответственный;Горизонт;Статус;Зависит от;Параллельно с;Метрики;' +
        'Карточки с карты;Стейкхолдеры',
    )
    expect(ru[1]).toBe('1;абсолютно необходимо;Курьер вовремя;;;;в работе;;;CES \u22120,5;;')
    const en = (await (await get(`${path}?lang=en`, board.tokens.viewer)).text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(en[0]).toBe(ROADMAP_CSV_COLUMNS.join(','))
    expect(en[1]).toBe('1,absolutely-necessary,Курьер вовремя,,,,in-progress,,,CES \u22120.5,,')
    expect((await get(`${path}?lang=xx`, board.tokens.viewer)).status).toBe(400)
  })
})
