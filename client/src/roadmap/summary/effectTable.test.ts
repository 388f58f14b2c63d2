import { buildInitiative, summarizeEffects, type Initiative, type InitiativeMetric } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { buildEffectRows } from './effectTable'

const metric = (id: string, kind: InitiativeMetric['metric'], effect: number, label = ''): InitiativeMetric => ({
  id,
  metric: kind,
  label,
  effect,
})

describe('buildEffectRows', () => {
  const initiatives: Initiative[] = [
    buildInitiative({ id: 'a', wave: 1, metrics: [metric('1', 'NPS', 5), metric('2', 'CES', -0.5)] }),
    buildInitiative({ id: 'b', wave: 1, metrics: [metric('3', 'NPS', -5)] }),
    buildInitiative({
      id: 'c',
      wave: 3,
      metrics: [metric('4', 'NPS', 2), metric('5', 'custom', 1, ' Repeat orders ')],
    }),
  ]
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]))
  const rows = buildEffectRows(summarizeEffects({ initiatives, triggers: [], stimuli: [] }), byId)

  it('tells a wave without targets (null) from effects that cancel out (0)', () => {
    const nps = rows.find((row) => row.summary.metric === 'NPS')!
    expect(nps.byWave).toEqual({ 1: 0, 2: null, 3: 2 })
    expect(nps.summary.total).toBe(2)
  })

  it('lists each initiative with its own effect on the metric, in roadmap order', () => {
    const nps = rows.find((row) => row.summary.metric === 'NPS')!
    expect(nps.contributions.map(({ initiative, effect }) => [initiative.id, effect])).toEqual([
      ['a', 5],
      ['b', -5],
      ['c', 2],
    ])
    const custom = rows.find((row) => row.summary.metric === 'custom')!
    expect(custom.contributions.map(({ initiative, effect }) => [initiative.id, effect])).toEqual([['c', 1]])
  })

  it('skips initiatives that are gone', () => {
    const [first] = buildEffectRows(summarizeEffects({ initiatives, triggers: [], stimuli: [] }), new Map())
    expect(first!.contributions).toEqual([])
    expect(first!.byWave).toEqual({ 1: null, 2: null, 3: null })
  })
})
