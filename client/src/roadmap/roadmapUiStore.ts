import { create } from 'zustand'

/** The views of the roadmap page. */
export const ROADMAP_TABS = ['waves', 'table', 'timeline', 'summary'] as const
/** One view of the roadmap page. */
export type RoadmapTab = (typeof ROADMAP_TABS)[number]

interface RoadmapUiState {
  tab: RoadmapTab
  /** The initiative shown in the side panel (over the map or the roadmap), if any. */
  openInitiativeId: string | null
  setTab: (tab: RoadmapTab) => void
  openInitiative: (id: string | null) => void
  reset: () => void
}

/** What this person has open on the roadmap (local, never synced). */
export const useRoadmapUiStore = create<RoadmapUiState>()((set) => ({
  tab: 'waves',
  openInitiativeId: null,
  setTab: (tab) => set({ tab }),
  openInitiative: (id) => set({ openInitiativeId: id }),
  reset: () => set({ tab: 'waves', openInitiativeId: null }),
}))
