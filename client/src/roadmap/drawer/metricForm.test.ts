import { METRIC_KINDS } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import { pickNewMetricKind, toInitiativeMetric, toMetricDraft, validateMetricDraft } from './metricForm'

describe('metric rows', () => {
  test('a stored metric reads back as its row', () => {
    const draft = toMetricDraft({ id: 'm', metric: 'CES', label: '', effect: -0.5 }, 'en')
    expect(draft).toEqual({ metric: 'CES', label: '', effect: '−0.5', unit: '' })
    expect(toMetricDraft({ id: 'm', metric: 'CES', label: '', effect: -0.5 }, 'ru').effect).toBe('−0,5')
    expect(
      toInitiativeMetric('m', toMetricDraft({ id: 'm', metric: 'NPS', label: '', effect: 1234.5 }, 'ru'))?.effect,
    ).toBe(1234.5)
    expect(toInitiativeMetric('m', draft)).toEqual({ id: 'm', metric: 'CES', label: '', effect: -0.5 })
  })

  test('a custom metric needs a label', () => {
    const draft = { metric: 'custom' as const, label: '  ', effect: '+2', unit: '%' }
    expect(validateMetricDraft(draft)).toEqual({ label: 'labelRequired' })
    expect(toInitiativeMetric('m', draft)).toBeNull()
    expect(toInitiativeMetric('m', { ...draft, label: ' Churn ' })).toEqual({
      id: 'm',
      metric: 'custom',
      label: 'Churn',
      effect: 2,
      unit: '%',
    })
  })

  test('an invalid effect is not written', () => {
    const draft = { metric: 'NPS' as const, label: '', effect: '5 points', unit: '' }
    expect(validateMetricDraft(draft)).toEqual({ effect: 'invalidEffect' })
    expect(toInitiativeMetric('m', draft)).toBeNull()
    expect(toInitiativeMetric('m', { ...draft, effect: '-0,5' })?.effect).toBe(-0.5)
  })

  test('a blank unit is left out', () => {
    expect(toInitiativeMetric('m', { metric: 'NPS', label: '', effect: '5', unit: ' ' })).not.toHaveProperty('unit')
  })

  test('a new row takes the first named kind not yet used', () => {
    expect(pickNewMetricKind([], METRIC_KINDS)).toBe('NPS')
    expect(pickNewMetricKind([{ metric: 'NPS' }, { metric: 'CSI' }], METRIC_KINDS)).toBe('CES')
    const named = METRIC_KINDS.filter((kind) => kind !== 'custom').map((metric) => ({ metric }))
    expect(pickNewMetricKind(named, METRIC_KINDS)).toBe('custom')
  })
})
