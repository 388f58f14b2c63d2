import { addStakeholder, readStrategy, readStrategyDoc, type Journey, type Roadmap } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assembleSections, buildPrintData } from './printModel'

const emptyJourney: Journey = { version: 1, grids: [], freeCards: [], departments: [] }
const emptyRoadmap: Roadmap = { initiatives: [], triggers: [], stimuli: [] }

function reportOf(doc: Y.Doc) {
  return readStrategy({
    journey: emptyJourney,
    roadmap: emptyRoadmap,
    departments: [],
    strategy: readStrategyDoc(doc),
    locale: 'ru',
  })
}

describe('the strategy section of the PDF', () => {
  it('is printed, last and numbered, once the board holds any part of the strategy', () => {
    const doc = new Y.Doc()
    addStakeholder(doc, { group: 'clients', name: 'Покупатели' })
    const data = buildPrintData('Доставка', emptyJourney, emptyRoadmap, 1, reportOf(doc))
    expect(
      assembleSections(['cover', 'contents', 'board', 'strategy'], data).map(({ id, marker }) => [id, marker]),
    ).toEqual([
      ['cover', '§1'],
      ['contents', '§2'],
      ['board', '§3'],
      ['strategy', '§4'],
    ])
  })

  it('is left out when every part is missing or the strategy was not read', () => {
    const empty = buildPrintData('Пусто', emptyJourney, emptyRoadmap, 1, reportOf(new Y.Doc()))
    expect(assembleSections(['cover', 'board', 'strategy'], empty).map((section) => section.id)).toEqual([
      'cover',
      'board',
    ])
    const unread = buildPrintData('Пусто', emptyJourney, emptyRoadmap, 1)
    expect(assembleSections(['cover', 'board', 'strategy'], unread).map((section) => section.id)).toEqual([
      'cover',
      'board',
    ])
  })
})
