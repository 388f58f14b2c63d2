import type { Locale } from '@cxmap/shared'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { useLocaleStore } from '../state/localeStore'
import { en, type Messages } from './en'
import { ru } from './ru'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
    returnObjects: true
  }
}

/** Starts i18next in the stored UI language and follows the locale store from then on. */
export function initI18n(): void {
  const { locale } = useLocaleStore.getState()
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnObjects: true,
  })
  applyDocumentLanguage(locale)
  useLocaleStore.subscribe((state, previous) => {
    if (state.locale === previous.locale) return
    void i18next.changeLanguage(state.locale)
    applyDocumentLanguage(state.locale)
  })
}

function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale
}
