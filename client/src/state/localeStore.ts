import { LOCALES, type Locale } from '@cxmap/shared'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'

/** Picks the UI language from the browser's: Russian for any `ru*`, English otherwise. */
export function detectLocale(language: string = navigator.language): Locale {
  return language.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** Whether a value is one of the UI languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

/** The UI language, chosen once from the browser and then by the user; kept in localStorage. */
export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: detectLocale(),
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: 'cxmap.locale',
      version: 1,
      partialize: ({ locale }) => ({ locale }),
      merge: (persisted, current) => {
        const locale = (persisted as Partial<LocaleState> | undefined)?.locale
        return isLocale(locale) ? { ...current, locale } : current
      },
    },
  ),
)

/** Selector: the current UI language. */
export const selectLocale = (state: LocaleState) => state.locale
/** Selector: the action that switches the UI language. */
export const selectSetLocale = (state: LocaleState) => state.setLocale
