import i18next from 'i18next'
import { beforeAll, describe, expect, test } from 'vitest'
import { fetchExport } from './download'
import { describeExportError } from './errorMessage'
import { en } from '../i18n/en'
import { ru } from '../i18n/ru'

beforeAll(async () => {
  await i18next.init({
    lng: 'ru',
    fallbackLng: 'en',
    resources: { en: { translation: en }, ru: { translation: ru } },
    interpolation: { escapeValue: false },
  })
  await i18next.changeLanguage('ru') // i18next is shared with the worker's other files
})

async function failedExport(fetchImpl: typeof fetch): Promise<unknown> {
  return fetchExport('/api/boards/b1/journey.csv', 'secret', 'journey.csv', { fetchImpl }).catch(
    (caught: unknown) => caught,
  )
}

describe('describeExportError', () => {
  test('says in the page language how long to wait when the address exported too often', async () => {
    const error = await failedExport(async () =>
      Response.json(
        { error: { code: 'rate_limited', message: 'Too many exports from this address; try again in 42 s' } },
        { status: 429, headers: { 'Retry-After': '42' } },
      ),
    )
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 42 })
    expect(describeExportError(i18next.t, error)).toBe(
      'Слишком много выгрузок с этого адреса за минуту. Попробуйте через 42 с.',
    )
  })

  test('names a request that got no answer as the network, not as a server error', async () => {
    const error = await failedExport(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(error).toMatchObject({ status: 0, code: 'network' })
    expect(describeExportError(i18next.t, error)).toBe(ru.apiErrors.network)
  })

  test("keeps the server's own message for other failures", async () => {
    const message = 'PDF export needs Chromium: install it'
    const error = await failedExport(async () =>
      Response.json({ error: { code: 'unavailable', message } }, { status: 503 }),
    )
    expect(describeExportError(i18next.t, error)).toBe(message)
  })

  test('passes a cancellation through unchanged', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    const error = await failedExport(async () => {
      throw abort
    })
    expect(error).toBe(abort)
  })
})
