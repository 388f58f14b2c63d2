import {
  buildInitiative,
  getTemplateTexts,
  PRINT_SECTIONS,
  type Journey,
  type JourneyCardOut,
  type JourneyGridOut,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { assembleSections, buildPrintData, collectParticipants, findCommunicationGrids } from './printModel'

function card(id: string, fields: Partial<JourneyCardOut> = {}): JourneyCardOut {
  return {
    id,
    kind: 'barrier',
    text: id,
    departmentId: '',
    departmentName: '',
    authorName: '',
    links: [],
    votes: 0,
    personaId: '',
    valueCreated: '',
    valueCaptured: '',
    paidService: '',
    revenue: 0,
    ...fields,
  }
}

function grid(title: string, lanes: JourneyGridOut['lanes'], cards: JourneyCardOut[] = [], heat = 0): JourneyGridOut {
  const stages = [{ id: 's1', title: 'Стимул', index: 0, metrics: [] }]
  return {
    id: `shape:${title}`,
    title,
    pageId: 'page:page',
    personaIds: [],
    x: 0,
    y: 0,
    stages,
    lanes,
    cells: lanes.map((lane, index) => ({ stageId: 's1', laneId: lane.id, cards: index === 0 ? cards : [], heat })),
    emotion: [{ stageId: 's1', score: null }],
    heat: { max: heat },
  }
}

function journey(grids: JourneyGridOut[], freeCards: JourneyCardOut[] = []): Journey {
  return { version: 1, grids, freeCards, departments: [] }
}

const barrierLane = { id: 'l1', title: 'Барьеры', cardKind: 'barrier' as const, prompt: '' }
const channelLane = { id: 'l2', title: 'Каналы', cardKind: 'channel' as const, prompt: '' }
const noteLane = { id: 'l3', title: 'Кто', cardKind: 'note' as const, prompt: '' }
const emptyRoadmap = { initiatives: [], triggers: [], stimuli: [] }

describe('assembleSections', () => {
  it('numbers the sections asked for in document order and marks each with its number', () => {
    const roadmap = { ...emptyRoadmap, initiatives: [buildInitiative({ id: 'i1', title: 'Звонок курьера' })] }
    const data = buildPrintData('Доставка', journey([grid('CJM', [barrierLane])]), roadmap, 3)
    const sections = assembleSections(['roadmap', 'cover', 'grids'], data)
    expect(sections.map(({ id, number, marker }) => [id, number, marker])).toEqual([
      ['cover', 1, '§1'],
      ['grids', 2, '§2'],
      ['roadmap', 3, '§3'],
    ])
  })

  it('leaves out the sections with nothing to print, numbering the rest without gaps', () => {
    const data = buildPrintData('CJM', journey([grid('CJM', [barrierLane], [card('c1')])]), emptyRoadmap, 2)
    const sections = assembleSections([...PRINT_SECTIONS], data)
    // No channel or message lane, no barrier severity or votes, no initiative: no communications, heat map, roadmap.
    expect(sections.map(({ id, number, marker }) => [id, number, marker])).toEqual([
      ['cover', 1, '§1'],
      ['contents', 2, '§2'],
      ['board', 3, '§3'],
      ['grids', 4, '§4'],
      ['journey', 5, '§5'],
    ])
    expect(sections.some((section) => section.isEmpty)).toBe(false)
  })

  it('a Russian Base CJM without a communications grid prints no «Карта коммуникаций»', () => {
    const texts = getTemplateTexts('ru')
    const lanes = [{ id: 'l1', title: texts.lanes.barriers.title, cardKind: 'barrier' as const, prompt: '' }, noteLane]
    const data = buildPrintData(
      'Доставка',
      journey([grid(texts.names['base-cjm'], lanes, [card('c1')])]),
      emptyRoadmap,
      2,
    )
    expect(assembleSections([...PRINT_SECTIONS], data).map((section) => section.id)).not.toContain('communications')
    const withChannels = journey([grid(texts.names['base-cjm'], [...lanes, channelLane], [card('c1')])])
    const withData = buildPrintData('Доставка', withChannels, emptyRoadmap, 2)
    withData.journey.grids[0]!.cells.push({
      stageId: 's1',
      laneId: 'l2',
      cards: [card('ch', { kind: 'channel' })],
      heat: 0,
    })
    expect(assembleSections([...PRINT_SECTIONS], withData).map((section) => section.id)).toContain('communications')
  })

  it('drops the contents when nothing follows them, and keeps what was asked for when all of it is empty', () => {
    const empty = buildPrintData('Пусто', journey([]), emptyRoadmap, 0)
    expect(assembleSections(['cover', 'contents', 'roadmap', 'heatmap'], empty).map((s) => s.id)).toEqual(['cover'])
    const blank = assembleSections(['communications', 'roadmap'], empty)
    expect(blank.map(({ id, isEmpty }) => [id, isEmpty])).toEqual([
      ['communications', true],
      ['roadmap', true],
    ])
  })

  it('has content where the board has it', () => {
    const roadmap = { ...emptyRoadmap, initiatives: [buildInitiative({ id: 'i1', title: 'Починить проверку адреса' })] }
    const data = buildPrintData(
      'CJM',
      journey([grid('CJM', [barrierLane, channelLane], [card('c1', { severity: 4 })], 4)]),
      roadmap,
      5,
    )
    expect(assembleSections(['board', 'heatmap', 'communications', 'roadmap'], data).every((s) => !s.isEmpty)).toBe(
      true,
    )
    expect(data.sources.i1).toEqual([])
  })
})

describe('collectParticipants', () => {
  it('lists each author once with the departments of their cards, most cards first', () => {
    const cards = [
      card('a', { authorName: 'Анна', departmentName: 'Продажи' }),
      card('b', { authorName: 'Борис', departmentName: 'Сервис' }),
      card('c', { authorName: 'Борис', departmentName: 'ИТ' }),
      card('d', { authorName: ' ', departmentName: 'ИТ' }),
    ]
    const people = collectParticipants(journey([grid('CJM', [barrierLane], cards.slice(0, 3))], cards.slice(3)))
    expect(people).toEqual([
      { name: 'Борис', departments: ['Сервис', 'ИТ'], cards: 2 },
      { name: 'Анна', departments: ['Продажи'], cards: 1 },
    ])
  })
})

describe('findCommunicationGrids', () => {
  it('takes the channel and message lanes of any grid, and the whole grid of the communications template', () => {
    const templateTitle = `${getTemplateTexts('ru').names.communications} — доставка`
    const found = findCommunicationGrids(
      journey([
        grid('CJM', [barrierLane]),
        grid('Целевая карта', [barrierLane, channelLane]),
        grid(templateTitle, [noteLane, channelLane, barrierLane]),
      ]),
    )
    expect(found.map(({ grid: g, laneIds }) => [g.title, laneIds])).toEqual([
      ['Целевая карта', ['l2']],
      [templateTitle, ['l3', 'l2', 'l1']],
    ])
  })
})
