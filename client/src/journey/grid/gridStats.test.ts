import { createCardProps, type CardKind } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import type { JourneyCardShape } from '../cards/cardShape.ts'
import type { CardOnGrid } from './gridCards.ts'
import { computeGridStats, getEmotionPoints, getEmotionZeroY, getMaxPain, getSmoothPath } from './gridStats.ts'
import { makeGridProps } from './test/headlessEditor.ts'

const props = makeGridProps(3, 3) // lane 1 collects feelings

function on(
  stageIndex: number,
  laneIndex: number,
  kind: CardKind,
  patch: { severity?: number; score?: number } = {},
  id = 'shape:card',
) {
  const card = { id, type: 'cx-card', props: createCardProps(kind, patch) } as JourneyCardShape
  return { card, cx: 0, cy: 0, bottom: 0, right: 0, stageIndex, laneIndex } satisfies CardOnGrid
}

describe('grid stats', () => {
  test('count cards per cell and sum barrier severity as pain, ignoring the headers', () => {
    const stats = computeGridStats(props, [
      on(0, 2, 'barrier', { severity: 5 }),
      on(0, 2, 'barrier', { severity: 2 }),
      on(0, 2, 'note'),
      on(2, 0, 'barrier', { severity: 1 }),
      on(-1, 0, 'barrier', { severity: 4 }),
      on(1, -1, 'note'),
    ])
    expect(stats.counts).toEqual([
      [0, 0, 1],
      [0, 0, 0],
      [3, 0, 0],
    ])
    expect(stats.pain[2]).toEqual([7, 0, 0])
    expect(getMaxPain(stats)).toBe(7)
  })

  test('adds the dots of a closed vote to the pain of their cells, on cards of any kind', () => {
    const cards = [
      on(0, 2, 'barrier', { severity: 2 }, 'shape:b'),
      on(1, 0, 'idea', {}, 'shape:i'),
      on(-1, 0, 'idea', {}, 'shape:out'),
    ]
    expect(computeGridStats(props, cards).pain).toEqual(computeGridStats(props, cards, {}).pain)
    const stats = computeGridStats(props, cards, { 'shape:b': 3, 'shape:i': 4, 'shape:out': 9 })
    expect(stats.pain).toEqual([
      [0, 4, 0],
      [0, 0, 0],
      [5, 0, 0],
    ])
    expect(getMaxPain(stats)).toBe(5)
  })

  test('the emotion curve takes the mean score per stage of the feeling lane only', () => {
    const stats = computeGridStats(props, [
      on(0, 1, 'feeling', { score: 2 }),
      on(0, 1, 'feeling', { score: -1 }),
      on(2, 1, 'feeling', { score: -2 }),
      on(1, 0, 'feeling', { score: 2 }),
    ])
    expect(stats.emotion).toEqual({ l1: [0.5, null, -2] })
  })

  test('curve points sit at stage centres, +2 high and −2 low in the lane', () => {
    const points = getEmotionPoints(props, 'l1', [2, null, -2])
    expect(points.map((p) => p.x)).toEqual([200, 600])
    const zero = getEmotionZeroY(props, 'l1')
    expect(zero).toBe(200)
    expect(points[0]!.y).toBeLessThan(zero)
    expect(points[1]!.y).toBeGreaterThan(zero)
    expect(points[0]!.y + points[1]!.y).toBeCloseTo(2 * zero)
  })

  test('the smooth path passes through every point', () => {
    expect(getSmoothPath([])).toBe('')
    const d = getSmoothPath([
      { x: 0, y: 0 },
      { x: 10, y: 5 },
      { x: 20, y: 0 },
    ])
    expect(d.startsWith('M0,0 C')).toBe(true)
    expect(d).toContain(' 10,5 C')
    expect(d.endsWith(' 20,0')).toBe(true)
  })
})

describe('grid stats of monetisation', () => {
  test('sum the revenue of touchpoint and monetisation cards and count the opportunities per cell', () => {
    const money = (stage: number, lane: number, kind: CardKind, fields: { revenue?: number; paidService?: string }) => {
      const cell = on(stage, lane, kind)
      cell.card.props = { ...cell.card.props, ...fields }
      return cell
    }
    const stats = computeGridStats(props, [
      money(0, 0, 'monetisation', { revenue: 120_000 }),
      money(0, 0, 'touchpoint', { revenue: 30_000 }),
      money(1, 0, 'touchpoint', { paidService: 'Экспресс-доставка' }),
      money(1, 0, 'touchpoint', {}),
      money(2, 2, 'barrier', { revenue: 999 }),
      money(-1, 0, 'monetisation', { revenue: 5 }),
    ])
    expect(stats.revenue[0]).toEqual([150_000, 0, 0])
    expect(stats.opportunity[0]).toEqual([2, 1, 0])
    expect(stats.revenue[2]).toEqual([0, 0, 0])
  })
})
