import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { drawerStrings } from './drawer/strings'
import { sendStrings } from './send/strings'
import { commonStrings } from './strings'
import { summaryStrings } from './summary/strings'
import { tableStrings } from './table/strings'
import { timelineStrings } from './timeline/strings'
import { wavesStrings } from './waves/strings'

/** The i18next namespace of the roadmap module. */
export const ROADMAP_NS = 'roadmap'

// One key prefix per area, each area's strings in its own file (`<area>/strings.ts`).
const areas = {
  common: commonStrings,
  waves: wavesStrings,
  table: tableStrings,
  timeline: timelineStrings,
  summary: summaryStrings,
  drawer: drawerStrings,
  send: sendStrings,
}

type Messages = { [Area in keyof typeof areas]: (typeof areas)[Area]['en'] }

/** Dot paths of every string in the namespace, e.g. `common.wave.1`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** Plural keys (`x_one`, `x_other`) are used by their base name with `count`. */
type Unplural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K

/** A key of the `roadmap` namespace. */
export type RoadmapKey = Unplural<PathsOf<Messages>>

/** Translates a key of the `roadmap` namespace. */
export type RoadmapT = (key: RoadmapKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

function bundle(language: 'en' | 'ru'): Record<string, unknown> {
  return Object.fromEntries(Object.entries(areas).map(([area, strings]) => [area, strings[language]]))
}

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerRoadmapStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', ROADMAP_NS)) return
  i18next.addResourceBundle('en', ROADMAP_NS, bundle('en'), true, true)
  i18next.addResourceBundle('ru', ROADMAP_NS, bundle('ru'), true, true)
}

/** Translates outside React, in the UI language. */
export function translateRoadmap(key: RoadmapKey, vars?: Record<string, unknown>): string {
  registerRoadmapStrings()
  return (i18next.t as unknown as LooseT)(key, { ...vars, ns: ROADMAP_NS })
}

/** A translator for the `roadmap` namespace that re-renders the component when the UI language changes. */
export function useRoadmapT(): RoadmapT {
  const { i18n } = useTranslation()
  registerRoadmapStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: ROADMAP_NS, lng: language }),
    [i18n, language],
  )
}
