import { buildBoardSeed, readRoadmap, seedBoardDoc } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { pickCards, sendCardsToRoadmap, suggestCardsWave } from './sendCards'

function seededBoard() {
  const seed = buildBoardSeed('base-cjm', 'ru', { withExample: true })
  const doc = new Y.Doc()
  seedBoardDoc(doc, seed)
  const records = seed.records as unknown as { id: string; typeName: string; type?: string; props?: unknown }[]
  const cards = pickCards(records)
  return { doc, records, cards }
}

describe('sending cards to the roadmap', () => {
  test('picks only journey cards, with their kinds', () => {
    const { records, cards } = seededBoard()
    expect(cards.length).toBeGreaterThan(3)
    expect(cards.every((card) => records.find((r) => r.id === card.id)?.type === 'cx-card')).toBe(true)
    expect(pickCards([{ id: 'shape:x', typeName: 'shape', type: 'geo', props: {} }])).toEqual([])
  })

  test('one initiative for two barriers: linked to both, with the chosen wave and title', () => {
    const { doc, records, cards } = seededBoard()
    const barriers = cards.filter((card) => card.kind === 'barrier').slice(0, 2)
    expect(barriers).toHaveLength(2)
    expect(suggestCardsWave(barriers)).toBe(1)
    const created = sendCardsToRoadmap(
      doc,
      records,
      barriers.map((card) => card.id),
      { mode: 'one', wave: 2, title: '  Курьер вовремя  ', createdBy: 'Анна' },
    )
    expect(created).toHaveLength(1)
    const [initiative] = readRoadmap(doc).initiatives
    expect(initiative).toMatchObject({ id: created[0]!.id, wave: 2, title: 'Курьер вовремя', createdBy: 'Анна' })
    expect(initiative!.sources.map((source) => source.cardId)).toEqual(barriers.map((card) => card.id))
    expect(initiative!.sources.every((source) => source.stageId && source.laneId && source.kind === 'barrier')).toBe(
      true,
    )
  })

  test('one initiative per card keeps each card text as its title; a blank title keeps the card text', () => {
    const { doc, records, cards } = seededBoard()
    const ideas = cards.filter((card) => card.kind === 'touchpoint').slice(0, 2)
    const created = sendCardsToRoadmap(
      doc,
      records,
      ideas.map((card) => card.id),
      { mode: 'per-card', wave: 3, title: 'ignored', createdBy: '' },
    )
    expect(created).toHaveLength(2)
    const initiatives = readRoadmap(doc).initiatives
    expect(initiatives.map((i) => i.wave)).toEqual([3, 3])
    expect(initiatives.every((i) => i.title && i.title !== 'ignored' && i.sources.length === 1)).toBe(true)

    const [one] = sendCardsToRoadmap(doc, records, [ideas[0]!.id], { mode: 'one', wave: 1, title: ' ', createdBy: '' })
    expect(one!.title).toBe(initiatives.find((i) => i.sources[0]!.cardId === ideas[0]!.id)!.title)
  })

  test('cards that no longer exist create nothing', () => {
    const { doc, records } = seededBoard()
    expect(sendCardsToRoadmap(doc, records, ['shape:gone'], { mode: 'one', wave: 1, createdBy: '' })).toEqual([])
    expect(readRoadmap(doc).initiatives).toEqual([])
  })
})
