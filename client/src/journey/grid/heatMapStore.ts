import { create } from 'zustand'

/** What the heat map tints: today's pain (barriers, votes) or the monetisation opportunity. */
export type HeatLayer = 'pain' | 'opportunity'

interface HeatMapState {
  /** Whether the grids tint each cell by its pain (local to this screen). */
  isHeatMapOn: boolean
  setHeatMapOn: (isOn: boolean) => void
  toggleHeatMap: () => void
  /** When the facilitator last showed the heat map to everyone, as this screen has followed it (epoch ms). */
  sharedAt: number | null
  /** Turns the heat map on once per share of the facilitator's; turning it off afterwards sticks until the next. */
  followShare: (sharedAt: number | null) => void
  /** The layer shown while the heat map is on (local to this screen). */
  layer: HeatLayer
  setLayer: (layer: HeatLayer) => void
}

/** Whether the heat map is shown on this screen. */
export const useHeatMapStore = create<HeatMapState>()((set) => ({
  isHeatMapOn: false,
  setHeatMapOn: (isOn) => set({ isHeatMapOn: isOn }),
  toggleHeatMap: () => set((state) => ({ isHeatMapOn: !state.isHeatMapOn })),
  sharedAt: null,
  followShare: (sharedAt) =>
    set((state) => {
      if (sharedAt === state.sharedAt) return state
      return sharedAt === null ? { sharedAt } : { sharedAt, isHeatMapOn: true }
    }),
  layer: 'pain',
  setLayer: (layer) => set({ layer }),
}))

/** Selects whether the heat map is on. */
export const selectIsHeatMapOn = (state: HeatMapState) => state.isHeatMapOn

/** Selects the layer the heat map shows while it is on. */
export const selectHeatLayer = (state: HeatMapState) => state.layer

/** Selects the layer the grids tint now: null while the heat map is off. */
export const selectShownHeatLayer = (state: HeatMapState): HeatLayer | null => (state.isHeatMapOn ? state.layer : null)
