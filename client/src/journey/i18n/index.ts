import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { cardsEn, type CardsMessages } from './en'
import { cardsRu } from './ru'

/** The i18next namespace of the journey's cards, palette and departments. */
export const CARDS_NS = 'cards'

/** Dot paths of every string in the namespace, e.g. `kinds.touchpoint`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** A key of the `cards` namespace (plural keys are used by their base name with `count`). */
export type CardsKey = PathsOf<CardsMessages> | 'departments.cards'

/** Translates a key of the `cards` namespace. */
export type CardsT = (key: CardsKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/**
 * Adds the namespace to i18next once it exists. The app initialises i18next after its modules load, so this runs
 * lazily from the first translation rather than at import time.
 */
export function registerCardsTranslations(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', CARDS_NS)) return
  i18next.addResourceBundle('en', CARDS_NS, cardsEn, true, true)
  i18next.addResourceBundle('ru', CARDS_NS, cardsRu, true, true)
}

/** Translates outside React (in the UI language). */
export function translateCards(key: CardsKey, vars?: Record<string, unknown>): string {
  registerCardsTranslations()
  return (i18next.t as unknown as LooseT)(key, { ...vars, ns: CARDS_NS })
}

/** A translator for the `cards` namespace that re-renders the component when the UI language changes. */
export function useCardsT(): CardsT {
  const { i18n } = useTranslation()
  registerCardsTranslations()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: CARDS_NS, lng: language }),
    [i18n, language],
  )
}
