import type { StageMetric } from '@cxmap/shared'
import i18next from 'i18next'
import { beforeAll, describe, expect, test } from 'vitest'
import { createPrintT } from './i18n'
import { formatStageMetric, formatStageMetrics } from './stageMetrics'

const metric = (fields: Partial<StageMetric>): StageMetric => ({
  id: 'm',
  kind: 'CES',
  label: '',
  current: null,
  target: null,
  ...fields,
})

beforeAll(async () => {
  await i18next.init({ lng: 'en', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } })
})

describe('formatStageMetric', () => {
  test('prints only what is set, with a decimal comma in Russian', () => {
    const ru = createPrintT('ru')
    expect(formatStageMetric(metric({ current: 3.1, target: 2.5 }), ru)).toBe('CES: 3,1 → цель 2,5')
    expect(formatStageMetric(metric({ current: 3.1 }), ru)).toBe('CES: 3,1')
    expect(formatStageMetric(metric({ target: 2.5 }), ru)).toBe('CES: цель 2,5')
    expect(formatStageMetric(metric({}), ru)).toBeNull()
    expect(formatStageMetric(metric({ kind: 'custom', label: ' Доля ', current: -0.5 }), ru)).toBe('Доля: \u22120,5')
  })

  test('in English, with a decimal point', () => {
    const en = createPrintT('en')
    expect(formatStageMetric(metric({ current: 3.1, target: 2.5 }), en)).toBe('CES: 3.1 → target 2.5')
    expect(formatStageMetric(metric({ target: 40, kind: 'NPS' }), en)).toBe('NPS: target 40')
  })
})

describe('formatStageMetrics', () => {
  test('joins the set metrics and is null when none is set (no "?" anywhere)', () => {
    const ru = createPrintT('ru')
    expect(formatStageMetrics([metric({}), metric({ kind: 'NPS', current: 40 })], ru)).toBe('NPS: 40')
    expect(formatStageMetrics([metric({}), metric({ kind: 'NPS' })], ru)).toBeNull()
    expect(formatStageMetrics([], ru)).toBeNull()
  })
})
