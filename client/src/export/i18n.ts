import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { exportStrings } from './strings'

/** The i18next namespace of the Export menu. */
export const EXPORT_NS = 'export'

type Messages = (typeof exportStrings)['en']

/** Dot paths of every string in the namespace, e.g. `pdf.sections.cover`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** A key of the `export` namespace. */
export type ExportKey = PathsOf<Messages>

/** Translates a key of the `export` namespace. */
export type ExportT = (key: ExportKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerExportStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', EXPORT_NS)) return
  i18next.addResourceBundle('en', EXPORT_NS, exportStrings.en, true, true)
  i18next.addResourceBundle('ru', EXPORT_NS, exportStrings.ru, true, true)
}

/** A translator for the `export` namespace that re-renders the component when the UI language changes. */
export function useExportT(): ExportT {
  const { i18n } = useTranslation()
  registerExportStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: EXPORT_NS, lng: language }),
    [i18n, language],
  )
}
