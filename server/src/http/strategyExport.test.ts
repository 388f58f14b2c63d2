import {
  addPersona,
  addStakeholder,
  createInitiative,
  apiErrorSchema,
  createCardProps,
  getRecordsMap,
  getStrategyText,
  JOURNEY_CARD_TYPE,
  STRATEGY_PARTS,
  createShapeRecord,
  writeRecord,
  type Journey,
  type StrategyDoc,
  type StrategyReport,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useExportServer } from '../../test/useExportServer.ts'

const exportServer = useExportServer()
const { get } = exportServer

/** A Russian board whose stored doc has a stakeholder, a persona with a feeling card, and a sustainability text. */
async function createStrategyBoard(title = 'Стратегия') {
  const board = await createBoardVia(exportServer.server.cxmap, title, { template: 'base-cjm', locale: 'ru' })
  const doc = await loadStoredBoardDoc(exportServer.server.store, board.id)
  const before = Y.encodeStateVector(doc)
  addStakeholder(doc, { id: 'st1', group: 'clients', name: 'Клиенты', wants: 'Без очередей', ifSuccess: 'Время' })
  addPersona(doc, { id: 'anna', name: 'Анна', goals: 'Купить быстро' })
  getStrategyText(doc, 'sustainability').insert(0, 'Этика и доверие')
  createInitiative(doc, { title: 'Электронная очередь', stakeholderIds: ['st1'] })
  const props = createCardProps('feeling', { text: 'Рада', score: 2, personaId: 'anna' })
  writeRecord(
    getRecordsMap(doc),
    createShapeRecord({ id: 'f', type: JOURNEY_CARD_TYPE, x: -900, y: -900, index: 'a9', props }),
  )
  await exportServer.server.store.appendUpdate(board.id, 'board', Y.encodeStateAsUpdate(doc, before))
  doc.destroy()
  return board
}

const text = async (response: Response) => (await response.text()).replace(/^\uFEFF/, '')

describe('the strategy exports', () => {
  it('GET strategy.json: the StrategyReport in the board language, for any role; ?lang= overrides', async () => {
    const board = await createStrategyBoard()
    const response = await get(`/api/boards/${board.id}/strategy.json`, board.tokens.viewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const report = (await response.json()) as StrategyReport
    expect(report).toMatchObject({ version: 1, locale: 'ru' })
    expect(report.parts.map((part) => part.id)).toEqual([...STRATEGY_PARTS])
    expect(report.parts[9]).toMatchObject({ status: 'complete', text: 'Этика и доверие' })
    expect(report.parts[0]).toMatchObject({ stakeholders: [{ name: 'Клиенты' }] })
    const en = (await (await get(`/api/boards/${board.id}/strategy.json?lang=en`, board.tokens.viewer)).json()) as {
      locale: string
    }
    expect(en.locale).toBe('en')
    expect((await get(`/api/boards/${board.id}/strategy.json?lang=de`, board.tokens.viewer)).status).toBe(400)
    const refused = await get(`/api/boards/${board.id}/strategy.json`)
    expect(refused.status).toBe(401)
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('unauthorized')
  })

  it('journey.json carries the stored strategy; journey.csv names the card persona', async () => {
    const board = await createStrategyBoard()
    const json = (await (await get(`/api/boards/${board.id}/journey.json`, board.tokens.viewer)).json()) as Journey & {
      strategy: StrategyDoc
    }
    expect(json.strategy.personas).toMatchObject([{ id: 'anna', name: 'Анна' }])
    expect(json.strategy.stakeholders).toMatchObject([{ id: 'st1' }])
    expect(json.strategy.texts).toMatchObject({ sustainability: 'Этика и доверие' })
    expect(json.freeCards).toMatchObject([{ text: 'Рада', personaId: 'anna' }])
    const csv = await text(await get(`/api/boards/${board.id}/journey.csv`, board.tokens.viewer))
    expect(csv).toContain(';;;чувство;Рада;;;2;0;;Анна;;;;')
  })

  it('personas.csv and stakeholders.csv: Russian headers, a BOM, named after the board', async () => {
    const board = await createStrategyBoard('Доставка')
    const personas = await get(`/api/boards/${board.id}/personas.csv`, board.tokens.editor)
    expect(personas.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(personas.headers.get('content-disposition')).toContain('filename="dostavka-personas.csv"')
    const bytes = new Uint8Array(await personas.clone().arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect((await text(personas)).split('\r\n').slice(0, 2)).toEqual([
      'Имя;Сегмент;Цели (JTBD);Предпочтения;Ограничения;Ценность для компании;Переход в сегмент;Карты пути',
      'Анна;;Купить быстро;;;;;',
    ])
    const stakeholders = await get(`/api/boards/${board.id}/stakeholders.csv?lang=en`, board.tokens.viewer)
    expect(stakeholders.headers.get('content-disposition')).toContain('filename="dostavka-stakeholders.csv"')
    expect((await text(stakeholders)).split('\r\n')[1]).toBe('clients,Клиенты,Без очередей,3,,,Время')
    const roadmap = await text(await get(`/api/boards/${board.id}/roadmap.csv`, board.tokens.viewer))
    expect(roadmap.split('\r\n')[1]).toMatch(/^1;желательно;Электронная очередь;.*;Клиенты$/)
  })
})
