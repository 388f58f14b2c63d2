import type { JourneyCardOut, JourneyGridOut } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { readGridOpportunity } from './gridOpportunity'
import { getOpportunityScale } from './opportunity'

function card(kind: JourneyCardOut['kind'], fields: Partial<JourneyCardOut> = {}): JourneyCardOut {
  return {
    id: `shape:${kind}-${Math.random()}`,
    kind,
    text: '',
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
  } as JourneyCardOut
}

const grid = {
  id: 'shape:grid',
  title: 'Путь клиента',
  stages: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
  lanes: [{ id: 'touch' }, { id: 'money' }],
  cells: [
    { stageId: 's1', laneId: 'touch', cards: [card('touchpoint', { revenue: 20_000 }), card('touchpoint')], heat: 0 },
    { stageId: 's2', laneId: 'money', cards: [card('monetisation', { revenue: 100_000 })], heat: 0 },
    { stageId: 's2', laneId: 'touch', cards: [card('touchpoint', { paidService: 'Страховка' })], heat: 0 },
    { stageId: 'gone', laneId: 'touch', cards: [card('monetisation', { revenue: 7 })], heat: 0 },
    { stageId: 's3', laneId: 'touch', cards: [card('barrier', { revenue: 5 })], heat: 0 },
  ],
} as unknown as JourneyGridOut

describe('the opportunity layer of an exported grid', () => {
  it('sums revenue per cell and stage and counts the opportunities', () => {
    const layer = readGridOpportunity(grid)
    expect(layer.revenue).toEqual([
      [20_000, 0, 0],
      [0, 100_000, 0],
    ])
    expect(layer.opportunity).toEqual([
      [1, 1, 0],
      [0, 1, 0],
    ])
    expect(layer.stageRevenue).toEqual([20_000, 100_000, 0])
    expect(layer.hasAny).toBe(true)
    expect(getOpportunityScale([layer])).toEqual({ maxRevenue: 100_000, maxCount: 1 })
  })

  it('has none on a grid without monetisation', () => {
    const plain = { ...grid, cells: [{ stageId: 's1', laneId: 'touch', cards: [card('touchpoint')], heat: 0 }] }
    expect(readGridOpportunity(plain as JourneyGridOut).hasAny).toBe(false)
  })
})
