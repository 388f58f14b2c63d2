import {
  CARD_DEFAULT_H,
  CARD_DEFAULT_W,
  JOURNEY_CSV_COLUMNS,
  JOURNEY_FORMAT_VERSION,
  JOURNEY_GRID_TYPE,
  apiErrorSchema,
  closeVote,
  createVote,
  getLaneOffsets,
  getRecordsMap,
  getStageOffsets,
  readAllRecords,
  writeRecord,
  writeWorkshop,
  type DocRecord,
  type Journey,
  type JourneyGridProps,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCardRecord, encodeRecordsUpdate, listRecordsOfType, loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useExportServer } from '../../test/useExportServer.ts'
import { waitFor } from '../../test/waitFor.ts'

const exportServer = useExportServer()
const { get, join } = exportServer

/** The one journey grid among the records. */
function readGrid(records: Record<string, DocRecord>): { x: number; y: number; props: JourneyGridProps } {
  const [grid] = listRecordsOfType(records, JOURNEY_GRID_TYPE)
  if (!grid) throw new Error('no grid')
  return grid as unknown as { x: number; y: number; props: JourneyGridProps }
}

describe('GET /api/boards/:id/journey.{json,csv}', () => {
  it.each(['json', 'csv'])('answers .%s to any role, and 401/403/404 as the other board routes', async (format) => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Access')
    const other = await createBoardVia(exportServer.server.cxmap, 'Other')
    const path = `/api/boards/${board.id}/journey.${format}`
    for (const token of Object.values(board.tokens)) expect((await get(path, token)).status).toBe(200)
    expect((await get(`${path}?token=${board.tokens.viewer}`)).status).toBe(200)
    const refusals = [
      [await get(path), 401, 'unauthorized'],
      [await get(path, other.tokens.facilitator), 403, 'forbidden'],
      [await get(`/api/boards/noSuchBoard/journey.${format}`, board.tokens.facilitator), 404, 'not_found'],
    ] as const
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code)
    }
  })

  it('reads a board no room holds from storage, without loading a room, placing cards by their grid cell', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Stored', { template: 'base-cjm' })
    const grid = readGrid(readAllRecords(await loadStoredBoardDoc(exportServer.server.store, board.id)))
    const stage = grid.props.stages[1]!
    const lane = grid.props.lanes[0]!
    const centre = {
      x: grid.x + getStageOffsets(grid.props)[1]! + stage.w / 2,
      y: grid.y + getLaneOffsets(grid.props)[0]! + lane.h / 2,
    }
    const [x, y] = [centre.x - CARD_DEFAULT_W / 2, centre.y - CARD_DEFAULT_H / 2]
    const card = createCardRecord('stored', 'Долгое ожидание ответа', 'barrier', x, y)
    await exportServer.server.store.appendUpdate(board.id, 'board', encodeRecordsUpdate([card]))

    const response = await get(`/api/boards/${board.id}/journey.json`, board.tokens.viewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const journey = (await response.json()) as Journey
    expect(journey.version).toBe(JOURNEY_FORMAT_VERSION)
    expect(journey.grids).toHaveLength(1)
    const cell = journey.grids[0]!.cells.find((c) => c.stageId === stage.id && c.laneId === lane.id)
    expect(cell?.cards.map((c) => [c.id, c.kind, c.text])).toEqual([[card.id, 'barrier', 'Долгое ожидание ответа']])
    expect(journey.freeCards).toEqual([])
    const csv = await (await get(`/api/boards/${board.id}/journey.csv`, board.tokens.viewer)).text()
    expect(csv).toContain(`${stage.title},${lane.title},barrier,Долгое ожидание ответа`)
    expect(exportServer.server.cxmap.rooms.roomCount).toBe(0)
  })

  it('reads a loaded board from its room: a card just written is exported without waiting for unload', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Live', { template: 'base-cjm' })
    const writer = await join(board)
    const reader = await join(board)
    const loadsBefore = exportServer.loadDocCalls
    writeRecord(getRecordsMap(writer.doc), createCardRecord('live', 'Card from a live room'))
    // The reader receiving it proves the server applied and stored it.
    await waitFor(() => getRecordsMap(reader.doc).has('shape:live'), { message: 'card relayed' })
    const json = await get(`/api/boards/${board.id}/journey.json`, board.tokens.viewer)
    expect(JSON.stringify(await json.json())).toContain('Card from a live room')
    const csv = await get(`/api/boards/${board.id}/journey.csv`, board.tokens.viewer)
    expect(await csv.text()).toContain('Card from a live room')
    expect(exportServer.loadDocCalls).toBe(loadsBefore)
    expect(exportServer.server.cxmap.rooms.roomCount).toBe(1)
  })

  it('serves CSV as a UTF-8 attachment with a BOM, named after the title (ASCII and RFC 5987 forms)', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Путь клиента: доставка', { template: 'base-cjm' })
    await exportServer.server.store.appendUpdate(
      board.id,
      'board',
      encodeRecordsUpdate([createCardRecord('c', 'Курьер опоздал')]),
    )
    const response = await get(`/api/boards/${board.id}/journey.csv`, board.tokens.editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const utf8Name = encodeURIComponent('путь-клиента-доставка.csv')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="put-klienta-dostavka.csv"; filename*=UTF-8''${utf8Name}`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('Курьер опоздал')
  })

  it('names the CSV of an ASCII title with a plain filename', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Onboarding Journey (Q3)')
    const response = await get(`/api/boards/${board.id}/journey.csv`, board.tokens.viewer)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="onboarding-journey-q3.csv"')
  })

  it('writes the CSV in the board language (Russian: `;`, Russian names) with the closed vote; ?lang= overrides', async () => {
    const board = await createBoardVia(exportServer.server.cxmap, 'Голоса', { template: 'base-cjm', locale: 'ru' })
    const grid = readGrid(readAllRecords(await loadStoredBoardDoc(exportServer.server.store, board.id)))
    const lane = grid.props.lanes.findIndex((l) => l.cardKind === 'barrier')
    const x = grid.x + getStageOffsets(grid.props)[0]! + (grid.props.stages[0]!.w - CARD_DEFAULT_W) / 2
    const y = grid.y + getLaneOffsets(grid.props)[lane]! + (grid.props.lanes[lane]!.h - CARD_DEFAULT_H) / 2
    const card = createCardRecord('voted', 'Очередь; долго', 'barrier', x, y)
    await exportServer.server.store.appendUpdate(board.id, 'board', encodeRecordsUpdate([card]))
    const control = new Y.Doc()
    const vote = createVote({ votesPerPerson: 3, kinds: ['barrier'], anonymous: true, hideResults: false }, 'v', 1)
    writeWorkshop(control, 'vote', closeVote(vote, { counts: { [card.id]: 3 }, voters: 2 }, 2))
    await exportServer.server.store.appendUpdate(board.id, 'control', Y.encodeStateAsUpdate(control))
    const path = `/api/boards/${board.id}/journey.csv`

    const ru = (await (await get(path, board.tokens.viewer)).text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(ru[0]).toBe(
      'Сетка;Этап;Дорожка;Тип;Текст;Отдел;Критичность;Оценка;Голоса;Автор;' +
        'Персона;Ценность для клиента;Ценность для компании;Платная услуга;Выручка в месяц',
    )
    const stage = grid.props.stages[0]!.title
    const laneTitle = grid.props.lanes[lane]!.title
    expect(ru).toContain(`${grid.props.title};${stage};${laneTitle};барьер;"Очередь; долго";;3;;3;;;;;;`)
    const en = (await (await get(`${path}?lang=en`, board.tokens.viewer)).text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(en[0]).toBe(JOURNEY_CSV_COLUMNS.join(','))
    expect(en).toContain(`${grid.props.title},${stage},${laneTitle},barrier,Очередь; долго,,3,,3,,,,,,`)
    const wrong = await get(`${path}?lang=de`, board.tokens.viewer)
    expect(wrong.status).toBe(400)
    expect(apiErrorSchema.parse(await wrong.json()).error.code).toBe('bad_request')
  })
})
