import { describe, expect, it } from 'vitest'
import { readEngagement } from './engagement.ts'
import { classifyGrid } from './journeyGrids.ts'
import { readMonetisation } from './monetisation.ts'
import { readPersonaCurves } from './personaCurves.ts'
import {
  buildFixtureJourney,
  buildFixtureRoadmap,
  buildFixtureStrategy,
  FIXTURE_DEPARTMENTS,
} from './strategyFixture.ts'

const journey = buildFixtureJourney()
const roadmap = buildFixtureRoadmap()
const strategy = buildFixtureStrategy()

describe('the strategy readers on a fixture board', () => {
  it('classifies grids by template name, and by lanes otherwise', () => {
    expect(journey.grids.map((grid) => [grid.id, classifyGrid(grid)])).toEqual([
      ['shape:asis', 'base-cjm'],
      ['shape:tobe', 'target-map'],
      ['shape:comms', 'communications'],
    ])
    const [asis] = journey.grids
    expect(classifyGrid({ ...asis!, title: 'Мой путь' })).toBe('other')
  })

  it('readEngagement: touchpoints, barriers caused and removed, promises, initiatives, and the unowned stages', () => {
    const { departments, gaps } = readEngagement(journey, roadmap, FIXTURE_DEPARTMENTS)
    const [sales, service, marketing] = departments
    expect(sales?.touchpoints.map((card) => [card.text, card.stageId])).toEqual([['Сайт', 's1']])
    expect(sales?.barriersCaused).toEqual([])
    expect(service?.barriersCaused).toMatchObject([{ text: 'Очередь', severity: 4, gridId: 'shape:asis' }])
    expect(service?.barriersRemoved).toEqual([{ initiativeId: 'i1', cardId: 'shape:c-Очередь', text: 'Очередь' }])
    expect(service?.initiatives).toMatchObject([{ id: 'i1', metrics: [{ metric: 'NPS', effect: 5 }] }])
    expect(marketing?.promises.map((card) => card.text)).toEqual(['Акция'])
    expect(gaps).toEqual([
      { gridId: 'shape:asis', gridTitle: 'Базовый CJM', stageId: 's2', stageTitle: 'Этап 2', touchpoints: 1 },
    ])
  })

  it('readEngagement: a removed source card keeps its initiative with an empty text', () => {
    const gone = { ...roadmap.initiatives[0]!, sources: [{ ...roadmap.initiatives[0]!.sources[0]!, cardId: 'x' }] }
    const { departments } = readEngagement(journey, { ...roadmap, initiatives: [gone] }, FIXTURE_DEPARTMENTS)
    expect(departments[1]?.barriersRemoved).toEqual([{ initiativeId: 'i1', cardId: 'x', text: '' }])
  })

  it('readPersonaCurves: everyone and each persona per grid, as-is and to-be told apart', () => {
    const curves = readPersonaCurves(journey, strategy.personas)
    expect(curves.map((grid) => [grid.gridId, grid.state])).toEqual([
      ['shape:asis', 'as-is'],
      ['shape:tobe', 'to-be'],
    ])
    const asis = Object.fromEntries(curves[0]!.curves.map((c) => [c.personaId, c.points.map((p) => p.score)]))
    expect(asis).toEqual({ '': [0, 1], anna: [-2, null], boris: [2, null] })
    const tobe = Object.fromEntries(curves[1]!.curves.map((c) => [c.personaId, c.points.map((p) => p.score)]))
    expect(tobe).toEqual({ '': [2, null], anna: [2, null] })
    expect(readPersonaCurves(journey, [])[0]?.curves.map((c) => c.personaId)).toEqual([''])
  })

  it('readMonetisation: revenue, opportunities and pain per stage, summed per grid and board', () => {
    const report = readMonetisation(journey)
    const asis = report.grids[0]!
    expect(asis.stages).toEqual([
      { stageId: 's1', stageTitle: 'Этап 1', revenue: 1000, opportunities: 1, pain: 4, paidServices: ['Доставка'] },
      { stageId: 's2', stageTitle: 'Этап 2', revenue: 500.5, opportunities: 1, pain: 0, paidServices: [] },
    ])
    expect([asis.revenue, asis.opportunities, report.revenue, report.opportunities]).toEqual([1500.5, 2, 1500.5, 2])
    expect(report.grids[2]).toMatchObject({ gridId: 'shape:comms', revenue: 0, opportunities: 0 })
  })
})
