import * as Y from 'yjs'
import { createCardProps, JOURNEY_CARD_TYPE, type JourneyCardProps } from '../journey/card.ts'
import type { CardKind } from '../journey/cardKind.ts'
import type { Department } from '../journey/department.ts'
import { readJourney } from '../journey/format/readJourney.ts'
import type { Journey } from '../journey/format/journey.ts'
import { JOURNEY_GRID_TYPE, type JourneyGridProps } from '../journey/grid.ts'
import { createShapeRecord } from '../journey/shapeRecord.ts'
import { buildInitiative } from '../roadmap/initiative.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import { readStrategyDoc, getStrategyText, type StrategyDoc } from './strategyDoc.ts'
import { addPersona, addStakeholder } from './strategyOps.ts'

/*
 * Test fixture (not exported from the package): a Russian board with an as-is CJM, a target map and a communications
 * map, three departments, one initiative, one stakeholder and two personas. Grid geometry as in readJourney.test.ts:
 * header column 100 wide, header row 50 high, stages 100 wide, lanes 100 high.
 */

const CELL = 100
const HEADER_W = 100
const HEADER_H = 50

/** Departments of the fixture board. */
export const FIXTURE_DEPARTMENTS: Department[] = [
  { id: 'sales', name: 'Продажи', color: '#2f80ed', order: 0 },
  { id: 'service', name: 'Сервис', color: '#27ae60', order: 1 },
  { id: 'marketing', name: 'Маркетинг', color: '#eb5757', order: 2 },
]

interface GridSpec {
  id: string
  title: string
  y: number
  lanes: CardKind[]
  personaIds?: string[]
}

function gridRecord({ id, title, y, lanes, personaIds = [] }: GridSpec) {
  const props: JourneyGridProps = {
    title,
    stages: ['s1', 's2'].map((stageId, i) => ({ id: stageId, title: `Этап ${i + 1}`, w: CELL, metrics: [] })),
    lanes: lanes.map((cardKind, i) => ({ id: `l${i}`, title: cardKind, h: CELL, cardKind, prompt: '' })),
    headerW: HEADER_W,
    headerH: HEADER_H,
    personaIds,
  }
  return createShapeRecord({ id, type: JOURNEY_GRID_TYPE, x: 0, y, index: 'a1', props })
}

let cardCount = 0
function cardAt(grid: GridSpec, stage: number, lane: number, kind: CardKind, props: Partial<JourneyCardProps>) {
  const size = 20
  const x = HEADER_W + stage * CELL + CELL / 2 - size / 2
  const y = grid.y + HEADER_H + lane * CELL + CELL / 2 - size / 2
  const id = props.text ? `c-${props.text}` : `c-${++cardCount}`
  return createShapeRecord({
    id,
    type: JOURNEY_CARD_TYPE,
    x,
    y,
    index: 'a2',
    props: createCardProps(kind, { w: size, h: size, ...props }),
  })
}

/** The fixture's journey: as-is (`asis`), to-be (`tobe`) and communications (`comms`) grids. */
export function buildFixtureJourney(): Journey {
  const asis: GridSpec = {
    id: 'asis',
    title: 'Базовый CJM',
    y: 0,
    lanes: ['touchpoint', 'feeling', 'barrier', 'expectation'],
    personaIds: ['anna'],
  }
  const tobe: GridSpec = { id: 'tobe', title: 'Целевая карта пути', y: 1000, lanes: ['feeling'] }
  const comms: GridSpec = { id: 'comms', title: 'Карта коммуникаций', y: 2000, lanes: ['message'] }
  const records = [
    gridRecord(asis),
    gridRecord(tobe),
    gridRecord(comms),
    cardAt(asis, 0, 0, 'touchpoint', {
      text: 'Сайт',
      departmentId: 'sales',
      valueCreated: 'Подбор',
      paidService: 'Доставка',
      revenue: 1000,
    }),
    cardAt(asis, 1, 0, 'touchpoint', { text: 'Колл-центр' }),
    cardAt(asis, 0, 1, 'feeling', { text: 'Злится', score: -2, personaId: 'anna' }),
    cardAt(asis, 0, 1, 'feeling', { text: 'Рад', score: 2, personaId: 'boris' }),
    cardAt(asis, 1, 1, 'feeling', { text: 'Спокоен', score: 1 }),
    cardAt(asis, 0, 2, 'barrier', { text: 'Очередь', severity: 4, departmentId: 'service' }),
    cardAt(asis, 1, 3, 'expectation', { text: 'Быстро' }),
    cardAt(asis, 1, 3, 'monetisation', { text: 'Подписка', revenue: 500.5 }),
    cardAt(tobe, 0, 0, 'feeling', { text: 'Доволен', score: 2, personaId: 'anna' }),
    cardAt(comms, 0, 0, 'message', { text: 'Акция', departmentId: 'marketing' }),
    cardAt(comms, 1, 0, 'channel', { text: 'Email' }),
  ]
  return readJourney(records, FIXTURE_DEPARTMENTS)
}

/** The fixture's roadmap: one wave-1 initiative of the service department, made from the barrier «Очередь». */
export function buildFixtureRoadmap(): Roadmap {
  const source = { cardId: 'shape:c-Очередь', gridId: 'asis', stageId: 's1', laneId: 'l2', kind: 'barrier' as const }
  const initiative = buildInitiative({
    id: 'i1',
    title: 'Электронная очередь',
    ownerDepartmentId: 'service',
    sources: [source],
    metrics: [{ id: 'm1', metric: 'NPS', label: '', effect: 5 }],
    stakeholderIds: ['st1'],
  })
  return { initiatives: [initiative], triggers: [], stimuli: [] }
}

/** The fixture's strategy doc: one stakeholder (clients, complete), personas Анна (with goals) and Борис (without). */
export function buildFixtureStrategy(): StrategyDoc {
  const doc = new Y.Doc()
  addStakeholder(doc, {
    id: 'st1',
    group: 'clients',
    name: 'Клиенты',
    wants: 'Без очередей',
    ifSuccess: 'Экономия времени',
  })
  addPersona(doc, { id: 'anna', name: 'Анна', goals: 'Купить быстро', movesTo: ['boris'] })
  addPersona(doc, { id: 'boris', name: 'Борис' })
  getStrategyText(doc, 'stakeholders').insert(0, 'Клиенты важнее всего')
  return readStrategyDoc(doc)
}
