import type { Department, Locale } from '@cxmap/shared'
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { useDocDepartments } from '../journey/departments/useDocDepartments'
import { LiveRoadmap, type JourneySnapshot, type RoadmapSnapshot } from './liveRoadmap'

/** What every roadmap view needs from the board around it. */
export interface RoadmapBoard {
  doc: Y.Doc
  live: LiveRoadmap
  /** Whether this person may change the roadmap (editors and facilitators; viewers read). */
  canEdit: boolean
  /** This person's display name (an initiative's `createdBy`). */
  userName: string
  departments: Department[]
  departmentsById: ReadonlyMap<string, Department>
  /** Shows a card on the map: switches to the canvas, selects the card and zooms to it. */
  showCard: (cardId: string) => void
}

const RoadmapContext = createContext<RoadmapBoard | null>(null)

/** Provides the board's live roadmap to the canvas (badges), the roadmap page and the initiative panel. */
export function RoadmapProvider({
  doc,
  canEdit,
  userName,
  showCard,
  boardLocale,
  children,
}: {
  doc: Y.Doc
  canEdit: boolean
  /** The board's language: default departments are named in it. */
  boardLocale: Locale
  userName: string
  showCard: (cardId: string) => void
  children: ReactNode
}) {
  const live = useMemo(() => new LiveRoadmap(doc), [doc])
  useEffect(() => {
    live.start()
    return () => live.stop()
  }, [live])
  const departments = useDocDepartments(doc, boardLocale)
  const value = useMemo(
    () => ({
      doc,
      live,
      canEdit,
      userName,
      departments,
      departmentsById: new Map(departments.map((department) => [department.id, department])),
      showCard,
    }),
    [doc, live, canEdit, userName, departments, showCard],
  )
  return <RoadmapContext.Provider value={value}>{children}</RoadmapContext.Provider>
}

/** The board around the roadmap views; throws outside a {@link RoadmapProvider}. */
export function useRoadmapBoard(): RoadmapBoard {
  const board = useContext(RoadmapContext)
  if (!board) throw new Error('useRoadmapBoard() needs a <RoadmapProvider>')
  return board
}

/** The board's roadmap board when inside a provider, else null (a card rendered for an SVG export). */
export function useOptionalRoadmapBoard(): RoadmapBoard | null {
  return useContext(RoadmapContext)
}

/** The live roadmap, re-rendering when anyone changes it. */
export function useRoadmap(): RoadmapSnapshot {
  const { live } = useRoadmapBoard()
  return useSyncExternalStore(live.subscribeRoadmap, live.getRoadmap)
}

/** The live journey and the initiatives' resolved sources, re-rendering (batched) when the map or roadmap changes. */
export function useRoadmapJourney(): JourneySnapshot {
  const { live } = useRoadmapBoard()
  return useSyncExternalStore(live.subscribeJourney, live.getJourney)
}
