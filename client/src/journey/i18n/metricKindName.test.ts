import i18next from 'i18next'
import { beforeAll, expect, test } from 'vitest'
import { getMetricKindName } from './metricKindName'

beforeAll(async () => {
  await i18next.init({ lng: 'ru', fallbackLng: 'en', resources: {} })
})

test('metric kinds that are words are translated, abbreviations stay', async () => {
  await i18next.changeLanguage('ru') // i18next is shared with the worker's other files
  expect(getMetricKindName('Retention')).toBe('Удержание')
  expect(getMetricKindName('NPS')).toBe('NPS')
  await i18next.changeLanguage('en')
  expect(getMetricKindName('Retention')).toBe('Retention')
})
