import { beforeAll, beforeEach, expect, test, vi } from 'vitest'
import type { useLocaleStore as LocaleStore } from './localeStore'

// The store reads the browser's language when it is created: stub it before the module loads.
vi.stubGlobal('navigator', { language: 'en-US' })
let useLocaleStore: typeof LocaleStore
beforeAll(async () => {
  ;({ useLocaleStore } = await import('./localeStore'))
})
beforeEach(() => useLocaleStore.setState({ locale: 'en', isChosen: false }))

test('a board’s language is taken while the person has not picked one', () => {
  useLocaleStore.getState().followBoardLocale('ru')
  expect(useLocaleStore.getState()).toMatchObject({ locale: 'ru', isChosen: false })
  useLocaleStore.getState().followBoardLocale('en')
  expect(useLocaleStore.getState().locale).toBe('en')
})

test('the person’s own choice wins over every board', () => {
  useLocaleStore.getState().setLocale('en')
  useLocaleStore.getState().followBoardLocale('ru')
  expect(useLocaleStore.getState()).toMatchObject({ locale: 'en', isChosen: true })
})
