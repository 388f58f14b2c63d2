import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { strategyStrings } from './strings'

/** The i18next namespace of the strategy page. */
export const STRATEGY_NS = 'strategy'

type Messages = (typeof strategyStrings)['en']

/** Dot paths of every string in the namespace, e.g. `status.complete`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** Plural keys (`x_one`, `x_other`) are used by their base name with `count`. */
type Unplural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K

/** A key of the `strategy` namespace. */
export type StrategyKey = Unplural<PathsOf<Messages>>

/** Translates a key of the `strategy` namespace. */
export type StrategyT = (key: StrategyKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerStrategyStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', STRATEGY_NS)) return
  i18next.addResourceBundle('en', STRATEGY_NS, strategyStrings.en, true, true)
  i18next.addResourceBundle('ru', STRATEGY_NS, strategyStrings.ru, true, true)
}

/** A translator for the `strategy` namespace in a fixed language (the print view's document language). */
export function createStrategyT(lang: 'en' | 'ru'): StrategyT {
  registerStrategyStrings()
  const fixed = i18next.getFixedT(lang) as unknown as LooseT
  return (key, vars) => fixed(key, { ...vars, ns: STRATEGY_NS })
}

/** A translator for the `strategy` namespace that re-renders the component when the UI language changes. */
export function useStrategyT(): StrategyT {
  const { i18n } = useTranslation()
  registerStrategyStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: STRATEGY_NS, lng: language }),
    [i18n, language],
  )
}

/** The UI language as a locale of the board's texts. */
export function useStrategyLocale(): 'en' | 'ru' {
  const { i18n } = useTranslation()
  return i18n.language.startsWith('ru') ? 'ru' : 'en'
}
