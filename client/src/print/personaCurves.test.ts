import { buildPersona, readPersonaCurves, type Journey, type JourneyCardOut, type JourneyGridOut } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import { EVERYONE_COLOR, pickCurvePair, toPrintCurves, type PrintPersonaCurve } from './personaCurves'

const card = (id: string, score: number, personaId: string): JourneyCardOut => ({
  id,
  kind: 'feeling',
  text: id,
  departmentId: '',
  departmentName: '',
  score,
  authorName: '',
  links: [],
  votes: 0,
  personaId,
  valueCreated: '',
  valueCaptured: '',
  paidService: '',
  revenue: 0,
})

function journeyOf(cards: { stageId: string; cards: JourneyCardOut[] }[], personaIds: string[] = []): Journey {
  const grid: JourneyGridOut = {
    id: 'shape:g',
    title: 'Как есть',
    pageId: 'page:1',
    x: 0,
    y: 0,
    stages: ['s1', 's2', 's3'].map((id, index) => ({ id, title: id, index, metrics: [] })),
    lanes: [{ id: 'feel', title: 'Чувства', cardKind: 'feeling', prompt: '' }],
    cells: cards.map((cell) => ({ ...cell, laneId: 'feel', heat: 0 })),
    emotion: [],
    heat: { max: 0 },
    personaIds,
  }
  return { version: 1, grids: [grid], freeCards: [], departments: [] }
}

const student = buildPersona({ id: 'p1', name: 'Студент', color: '#2f80ed' })
const family = buildPersona({ id: 'p2', name: 'Семья', color: '#eb5757' })
const personas = [student, family]

describe('toPrintCurves', () => {
  test('everyone, then each persona with feelings on the grid, in its colour', () => {
    const journey = journeyOf(
      [
        { stageId: 's1', cards: [card('a', 2, 'p2'), card('b', 0, '')] },
        { stageId: 's3', cards: [card('c', -2, 'p2')] },
      ],
      ['p1', 'p2'],
    )
    const [grid] = readPersonaCurves(journey, personas)
    expect(toPrintCurves(grid, personas, 'Все клиенты')).toEqual([
      { personaId: '', name: 'Все клиенты', color: EVERYONE_COLOR, scores: [1, null, -2] },
      { personaId: 'p2', name: 'Семья', color: '#eb5757', scores: [2, null, -2] },
    ])
  })

  test('no persona with a feeling: no split', () => {
    const journey = journeyOf([{ stageId: 's1', cards: [card('a', 2, ''), card('b', 1, 'gone')] }], ['p1'])
    const [grid] = readPersonaCurves(journey, personas)
    expect(toPrintCurves(grid, personas, 'Все клиенты')).toEqual([])
    expect(toPrintCurves(undefined, personas, 'Все клиенты')).toEqual([])
  })
})

describe('pickCurvePair', () => {
  const state = (gridId: string, s: 'as-is' | 'to-be') => ({ gridId, gridTitle: gridId, state: s, curves: [] })
  const line: PrintPersonaCurve = { personaId: 'p1', name: 'Студент', color: '#2f80ed', scores: [1] }
  test('the first split as-is grid and the first split to-be grid', () => {
    const curves = new Map([
      ['a1', []],
      ['a2', [line]],
      ['b1', [line]],
    ])
    expect(pickCurvePair([state('a1', 'as-is'), state('a2', 'as-is'), state('b1', 'to-be')], curves)).toEqual({
      asIs: 'a2',
      toBe: 'b1',
    })
  })
  test('no pair without a split to-be grid', () => {
    expect(pickCurvePair([state('a1', 'as-is'), state('b1', 'to-be')], new Map([['a1', [line]]]))).toBeNull()
  })
})
