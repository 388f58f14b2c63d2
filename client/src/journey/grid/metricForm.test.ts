import { describe, expect, test } from 'vitest'
import { parseMetricNumber, toStageMetrics, validateMetricDraft, type MetricDraft } from './metricForm.ts'

const draft = (patch: Partial<MetricDraft>): MetricDraft => ({
  id: 'm',
  kind: 'NPS',
  label: '',
  current: '',
  target: '',
  ...patch,
})

describe('metric form', () => {
  test('reads numbers with a dot or a comma, empty as unknown, and rejects the rest', () => {
    expect(parseMetricNumber('42')).toBe(42)
    expect(parseMetricNumber(' -3,5 ')).toBe(-3.5)
    expect(parseMetricNumber('1 000')).toBe(1000)
    expect(parseMetricNumber('')).toBeNull()
    expect(parseMetricNumber('12abc')).toBeUndefined()
    expect(parseMetricNumber('1.2.3')).toBeUndefined()
    expect(parseMetricNumber('Infinity')).toBeUndefined()
  })

  test('a custom metric needs a name; invalid numbers are reported and nothing is saved', () => {
    expect(validateMetricDraft(draft({ kind: 'custom' }))).toEqual({ label: 'labelRequired' })
    expect(validateMetricDraft(draft({ current: 'x', target: '5' }))).toEqual({ current: 'invalidNumber' })
    expect(toStageMetrics([draft({ current: 'x' })])).toBeNull()
  })

  test('valid drafts become stage metrics', () => {
    expect(
      toStageMetrics([draft({ current: '12', target: '40,5' }), draft({ id: 'c', kind: 'custom', label: ' ROI ' })]),
    ).toEqual([
      { id: 'm', kind: 'NPS', label: '', current: 12, target: 40.5 },
      { id: 'c', kind: 'custom', label: 'ROI', current: null, target: null },
    ])
  })
})
