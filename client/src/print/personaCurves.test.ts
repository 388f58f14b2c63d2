import { buildPersona, type JourneyCardOut, type JourneyGridOut } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import { NO_PERSONA_COLOR, readGridPersonaCurves } from './personaCurves'

const card = (
  id: string,
  score: number,
  personaId: string,
  kind: JourneyCardOut['kind'] = 'feeling',
): JourneyCardOut => ({
  id,
  kind,
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

function grid(cells: { stageId: string; laneId: string; cards: JourneyCardOut[] }[]): JourneyGridOut {
  return {
    id: 'shape:g',
    title: 'Как есть',
    pageId: 'page:1',
    x: 0,
    y: 0,
    stages: ['s1', 's2', 's3'].map((id, index) => ({ id, title: id, index, metrics: [] })),
    lanes: [
      { id: 'feel', title: 'Чувства', cardKind: 'feeling', prompt: '' },
      { id: 'notes', title: 'Заметки', cardKind: 'note', prompt: '' },
    ],
    cells: cells.map((cell) => ({ ...cell, heat: 0 })),
    emotion: [],
    heat: { max: 0 },
    personaIds: [],
  } as JourneyGridOut
}

const student = buildPersona({ id: 'p1', name: 'Студент', color: '#2f80ed' })
const family = buildPersona({ id: 'p2', name: 'Семья', color: '#eb5757' })

describe('readGridPersonaCurves', () => {
  test('one curve per persona in board order, then the feelings without one', () => {
    const curves = readGridPersonaCurves(
      grid([
        { stageId: 's1', laneId: 'feel', cards: [card('a', 2, 'p2'), card('b', 0, 'p2'), card('c', -1, '')] },
        { stageId: 's3', laneId: 'feel', cards: [card('d', -2, 'p1'), card('e', 1, 'gone')] },
        { stageId: 's2', laneId: 'notes', cards: [card('f', 2, 'p1', 'note')] },
      ]),
      [student, family],
      'Без персоны',
    )
    expect(curves).toEqual([
      { personaId: 'p1', name: 'Студент', color: '#2f80ed', scores: [null, null, -2] },
      { personaId: 'p2', name: 'Семья', color: '#eb5757', scores: [1, null, null] },
      { personaId: '', name: 'Без персоны', color: NO_PERSONA_COLOR, scores: [-1, null, 1] },
    ])
  })

  test('no feeling with a known persona: no split', () => {
    const curves = readGridPersonaCurves(
      grid([{ stageId: 's1', laneId: 'feel', cards: [card('a', 2, ''), card('b', 1, 'gone')] }]),
      [student],
      'Без персоны',
    )
    expect(curves).toEqual([])
  })
})
