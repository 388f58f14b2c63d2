import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { adminStrings } from './strings'

/** The i18next namespace of the admin page. */
export const ADMIN_NS = 'admin'

type Messages = (typeof adminStrings)['en']

type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** A key of the `admin` namespace. */
export type AdminKey = PathsOf<Messages>

/** Translates a key of the `admin` namespace. */
export type AdminT = (key: AdminKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

function registerAdminStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', ADMIN_NS)) return
  i18next.addResourceBundle('en', ADMIN_NS, adminStrings.en, true, true)
  i18next.addResourceBundle('ru', ADMIN_NS, adminStrings.ru, true, true)
}

/** A translator for the `admin` namespace that re-renders the component when the UI language changes. */
export function useAdminT(): AdminT {
  const { i18n } = useTranslation()
  registerAdminStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: ADMIN_NS, lng: language }),
    [i18n, language],
  )
}
