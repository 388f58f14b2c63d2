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
  /** Whether the person picked the language themselves (then boards do not change it). */
  isChosen: boolean
  /** The person's own choice (the language switch, tldraw's language menu). */
  setLocale: (locale: Locale) => void
  /** A board's language, taken unless the person chose one: a Russian workshop opens in Russian for everyone. */
  followBoardLocale: (locale: Locale) => void
}

/** The UI language: the browser's at first, then the language of the boards opened, until the person picks one. */
export const useLocaleStore = create<LocaleState>()(
  persist(
    (set, get) => ({
      locale: detectLocale(),
      isChosen: false,
      setLocale: (locale) => set({ locale, isChosen: true }),
      followBoardLocale: (locale) => {
        if (!get().isChosen && get().locale !== locale) set({ locale })
      },
    }),
    {
      name: 'cxmap.locale',
      version: 2,
      partialize: ({ locale, isChosen }) => ({ locale, isChosen }),
      // Version 1 kept a language without saying whether it was picked: treat it as not picked.
      merge: (persisted, current) => {
        const { locale, isChosen } = (persisted ?? {}) as Partial<LocaleState>
        return isLocale(locale) ? { ...current, locale, isChosen: isChosen === true } : current
      },
      migrate: (persisted) => persisted as LocaleState,
    },
  ),
)

/** Selector: the current UI language. */
export const selectLocale = (state: LocaleState) => state.locale
/** Selector: the action that switches the UI language. */
export const selectSetLocale = (state: LocaleState) => state.setLocale
