import type { JourneyGridProps } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import { computePersonaEmotion, type FeelingOnGrid } from './personaEmotion'

const props: JourneyGridProps = {
  title: 'Путь',
  stages: ['s0', 's1', 's2'].map((id) => ({ id, title: id, w: 200, metrics: [] })),
  lanes: [
    { id: 'touch', title: 'Точки', h: 100, cardKind: 'touchpoint', prompt: '' },
    { id: 'feel', title: 'Чувства', h: 100, cardKind: 'feeling', prompt: '' },
  ],
  headerW: 100,
  headerH: 50,
  personaIds: [],
}

const feeling = (
  stageIndex: number,
  score: number,
  personaId = '',
  laneIndex = 1,
  kind = 'feeling',
): FeelingOnGrid => ({
  card: { props: { kind, score, personaId } },
  stageIndex,
  laneIndex,
})

describe('computePersonaEmotion', () => {
  test('everyone first, then one line per persona in the board order', () => {
    const lines = computePersonaEmotion(
      props,
      [feeling(0, 2, 'b'), feeling(0, 0, 'b'), feeling(1, -2, 'a'), feeling(2, 1), feeling(2, -1, 'b')],
      ['a', 'b'],
    )
    expect(lines).toEqual({
      feel: [
        { personaId: '', scores: [1, -2, 0] },
        { personaId: 'a', scores: [null, -2, null] },
        { personaId: 'b', scores: [1, null, -1] },
      ],
    })
  })

  test('a lane whose feelings carry no known persona keeps its single curve', () => {
    expect(computePersonaEmotion(props, [feeling(0, 1), feeling(1, -1, 'deleted')], ['a'])).toEqual({})
  })

  test('a deleted persona counts for everyone only; other kinds, lanes and cards outside stages are skipped', () => {
    const lines = computePersonaEmotion(
      props,
      [
        feeling(0, 2, 'a'),
        feeling(0, -2, 'gone'),
        feeling(1, 2, 'a', 0),
        feeling(1, 2, 'a', 1, 'note'),
        feeling(-1, 2, 'a'),
      ],
      ['a'],
    )
    expect(lines).toEqual({
      feel: [
        { personaId: '', scores: [0, null, null] },
        { personaId: 'a', scores: [2, null, null] },
      ],
    })
  })
})
