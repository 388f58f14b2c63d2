import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createInitiativesFromCards, suggestWave } from './fromCards.ts'
import { readRoadmap } from './roadmapDoc.ts'
import { fixtureCard, fixtureJourney } from './roadmapFixture.ts'

describe('suggestWave', () => {
  it('maps barrier → 1, expectation → 2, idea → 3, and a mix to the lowest wave', () => {
    expect(suggestWave(['barrier'])).toBe(1)
    expect(suggestWave(['expectation'])).toBe(2)
    expect(suggestWave(['idea'])).toBe(3)
    expect(suggestWave(['idea', 'expectation'])).toBe(2)
    expect(suggestWave(['idea', 'expectation', 'barrier'])).toBe(1)
  })

  it('ignores kinds without a wave of their own, and defaults to 1', () => {
    expect(suggestWave(['idea', 'feeling', 'note'])).toBe(3)
    expect(suggestWave(['touchpoint', 'feeling'])).toBe(1)
    expect(suggestWave([])).toBe(1)
  })
})

describe('createInitiativesFromCards', () => {
  const journey = fixtureJourney(
    {
      's1/l1': [fixtureCard('c1', 'barrier', 'Долгое ожидание\nподробности', 'sales')],
      's2/l2': [fixtureCard('c2', 'idea', 'Чат-бот', 'sales')],
    },
    [fixtureCard('c3', 'expectation', 'Free card', 'support')],
  )

  it('per card: one initiative each, titled with the card text, its source and suggested wave', () => {
    const doc = new Y.Doc()
    const created = createInitiativesFromCards(doc, ['c2', 'c1', 'missing', 'c3'], {
      mode: 'per-card',
      journey,
      createdBy: 'Анна',
      createdAt: 1000,
    })
    expect(created.map((i) => [i.title, i.wave, i.ownerDepartmentId])).toEqual([
      ['Чат-бот', 3, 'sales'],
      ['Долгое ожидание', 1, 'sales'],
      ['Free card', 2, 'support'],
    ])
    expect(created[1]!.sources).toEqual([
      { cardId: 'c1', gridId: 'grid', stageId: 's1', laneId: 'l1', kind: 'barrier' },
    ])
    expect(created[2]!.sources).toEqual([{ cardId: 'c3', gridId: '', stageId: '', laneId: '', kind: 'expectation' }])
    expect(created[0]).toMatchObject({ createdBy: 'Анна', createdAt: 1000 })
    expect(readRoadmap(doc).initiatives).toHaveLength(3)
  })

  it('one: a single initiative with every card as a source, the lowest wave, no owner when departments differ', () => {
    const doc = new Y.Doc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (tr) => origins.push(tr.origin))
    const [initiative, ...rest] = createInitiativesFromCards(doc, ['c2', 'c3', 'c2'], {
      mode: 'one',
      journey,
      origin: 'ui',
    })
    expect(rest).toEqual([])
    expect(initiative).toMatchObject({ title: 'Чат-бот', description: 'Чат-бот\nFree card', wave: 2 })
    expect(initiative!.ownerDepartmentId).toBe('')
    expect(initiative!.sources.map((s) => s.cardId)).toEqual(['c2', 'c3'])
    expect(origins).toEqual(['ui'])
  })

  it('creates nothing when no card is in the journey', () => {
    const doc = new Y.Doc()
    expect(createInitiativesFromCards(doc, ['nope'], { mode: 'one', journey })).toEqual([])
    expect(readRoadmap(doc).initiatives).toEqual([])
  })
})
