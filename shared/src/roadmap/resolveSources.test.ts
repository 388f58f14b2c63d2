import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createInitiativesFromCards } from './fromCards.ts'
import { readRoadmap } from './roadmapDoc.ts'
import { fixtureCard, fixtureJourney } from './roadmapFixture.ts'
import { resolveSources } from './resolveSources.ts'

describe('resolveSources', () => {
  it('marks moved cards present at their current place and deleted cards removed', () => {
    const doc = new Y.Doc()
    const before = fixtureJourney({
      's1/l1': [fixtureCard('moved', 'barrier', 'Очередь')],
      's2/l1': [fixtureCard('deleted', 'barrier', 'Gone')],
    })
    const [initiative] = createInitiativesFromCards(doc, ['moved', 'deleted'], { mode: 'one', journey: before })
    const after = fixtureJourney({ 's2/l2': [fixtureCard('moved', 'barrier', 'Очередь в кассу')] })
    const resolved = resolveSources(readRoadmap(doc), after)[initiative!.id]
    expect(resolved).toEqual([
      {
        status: 'present',
        source: { cardId: 'moved', gridId: 'grid', stageId: 's1', laneId: 'l1', kind: 'barrier' },
        text: 'Очередь в кассу',
        gridId: 'grid',
        stageId: 's2',
        laneId: 'l2',
        stageTitle: 'Покупка',
        laneTitle: 'Идеи',
      },
      {
        status: 'removed',
        source: { cardId: 'deleted', gridId: 'grid', stageId: 's2', laneId: 'l1', kind: 'barrier' },
        stageTitle: 'Покупка',
        laneTitle: 'Барьеры',
      },
    ])
    const noGrid = { ...after, grids: [] }
    expect(resolveSources(readRoadmap(doc), noGrid)[initiative!.id]!.map((s) => [s.status, s.stageTitle])).toEqual([
      ['removed', ''],
      ['removed', ''],
    ])
  })
})
