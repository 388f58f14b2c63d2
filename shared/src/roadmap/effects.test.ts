import { describe, expect, it } from 'vitest'
import { buildInitiative, type InitiativeMetric } from './initiative.ts'
import { summarizeEffects } from './effects.ts'

const metric = (metric: InitiativeMetric['metric'], effect: number, label = '', unit?: string): InitiativeMetric => ({
  id: `${metric}${effect}`,
  metric,
  label,
  effect,
  ...(unit ? { unit } : {}),
})

describe('summarizeEffects', () => {
  it('sums effects per metric and label, per wave and in total, in metric-kind order', () => {
    const initiatives = [
      buildInitiative({ id: 'a', wave: 1, metrics: [metric('NPS', 5), metric('CES', -0.5)] }),
      buildInitiative({ id: 'b', wave: 3, metrics: [metric('NPS', 3), metric('CES', -0.2)] }),
      buildInitiative({
        id: 'c',
        wave: 1,
        metrics: [metric('NPS', 2), metric('custom', 10, ' Повторные покупки ', '%')],
      }),
      buildInitiative({ id: 'd', wave: 2, metrics: [metric('custom', 1, 'Повторные покупки'), metric('CES', -0.1)] }),
    ]
    const effects = summarizeEffects({ initiatives, triggers: [], stimuli: [] })
    expect(effects).toEqual([
      { metric: 'NPS', label: '', units: [], byWave: { 1: 7, 2: 0, 3: 3 }, total: 10, initiativeIds: ['a', 'b', 'c'] },
      {
        metric: 'CES',
        label: '',
        units: [],
        byWave: { 1: -0.5, 2: -0.1, 3: -0.2 },
        total: -0.8,
        initiativeIds: ['a', 'b', 'd'],
      },
      {
        metric: 'custom',
        label: 'Повторные покупки',
        units: ['%'],
        byWave: { 1: 10, 2: 1, 3: 0 },
        total: 11,
        initiativeIds: ['c', 'd'],
      },
    ])
  })

  it('is empty for a roadmap without metric targets', () => {
    expect(summarizeEffects({ initiatives: [buildInitiative({ id: 'a' })], triggers: [], stimuli: [] })).toEqual([])
  })
})
