import i18next, { type TFunction } from 'i18next'
import { registerCardsTranslations, CARDS_NS } from '../journey/i18n'
import { registerRoadmapStrings, ROADMAP_NS } from '../roadmap/i18n'
import { printStrings, type PrintMessages } from './strings'

/** The i18next namespace of the print view. */
export const PRINT_NS = 'print'

type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]
type Unplural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K

/** A key of the `print` namespace. */
export type PrintKey = Unplural<PathsOf<PrintMessages>>

/** Translates a key of the `print` namespace (and, with `ns`, of `cards` or `roadmap`) in the document's language. */
export interface PrintT {
  (key: PrintKey, vars?: Record<string, unknown>): string
  /** A key of another namespace the print view reuses: card kinds (`cards`) and roadmap labels (`roadmap`). */
  other: (ns: 'cards' | 'roadmap', key: string, vars?: Record<string, unknown>) => string
  lang: 'en' | 'ru'
}

type LooseT = (key: string, options: Record<string, unknown>) => string

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerPrintStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', PRINT_NS)) return
  i18next.addResourceBundle('en', PRINT_NS, printStrings.en, true, true)
  i18next.addResourceBundle('ru', PRINT_NS, printStrings.ru, true, true)
}

/** A translator fixed to the document's language, whatever the UI language is. */
export function createPrintT(lang: 'en' | 'ru'): PrintT {
  registerPrintStrings()
  registerCardsTranslations()
  registerRoadmapStrings()
  const fixed = i18next.getFixedT(lang) as TFunction as unknown as LooseT
  const t = ((key: string, vars?: Record<string, unknown>) => fixed(key, { ...vars, ns: PRINT_NS })) as PrintT
  t.other = (ns, key, vars) => fixed(key, { ...vars, ns: ns === 'cards' ? CARDS_NS : ROADMAP_NS })
  t.lang = lang
  return t
}
