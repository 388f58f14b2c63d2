import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { agendaStrings } from './agenda/strings'
import { brainstormStrings } from './brainstorm/strings'
import { followStrings } from './follow/strings'
import { linksStrings } from './links/strings'
import { lockStrings } from './lock/strings'
import { participantsStrings } from './participants/strings'
import { reactionsStrings } from './reactions/strings'
import { commonStrings } from './strings'
import { timerStrings } from './timer/strings'
import { voteStrings } from './vote/strings'

/** The i18next namespace of the workshop features. */
export const WORKSHOP_NS = 'workshop'

// One key prefix per area, each area's strings in its own file (`<area>/strings.ts`).
const areas = {
  common: commonStrings,
  timer: timerStrings,
  agenda: agendaStrings,
  follow: followStrings,
  participants: participantsStrings,
  lock: lockStrings,
  links: linksStrings,
  brainstorm: brainstormStrings,
  vote: voteStrings,
  reactions: reactionsStrings,
}

type Messages = { [Area in keyof typeof areas]: (typeof areas)[Area]['en'] }

/** Dot paths of every string in the namespace, e.g. `timer.start`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** Plural keys (`x_one`, `x_other`) are used by their base name with `count`. */
type Unplural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K

/** A key of the `workshop` namespace. */
export type WorkshopKey = Unplural<PathsOf<Messages>>

/** Translates a key of the `workshop` namespace. */
export type WorkshopT = (key: WorkshopKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

function bundle(language: 'en' | 'ru'): Record<string, unknown> {
  return Object.fromEntries(Object.entries(areas).map(([area, strings]) => [area, strings[language]]))
}

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerWorkshopStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', WORKSHOP_NS)) return
  i18next.addResourceBundle('en', WORKSHOP_NS, bundle('en'), true, true)
  i18next.addResourceBundle('ru', WORKSHOP_NS, bundle('ru'), true, true)
}

/** Translates outside React, in the UI language. */
export function translateWorkshop(key: WorkshopKey, vars?: Record<string, unknown>): string {
  registerWorkshopStrings()
  return (i18next.t as unknown as LooseT)(key, { ...vars, ns: WORKSHOP_NS })
}

/** A translator for the `workshop` namespace that re-renders the component when the UI language changes. */
export function useWorkshopT(): WorkshopT {
  const { i18n } = useTranslation()
  registerWorkshopStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: WORKSHOP_NS, lng: language }),
    [i18n, language],
  )
}
