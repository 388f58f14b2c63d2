import { create } from 'zustand'

interface HeatMapState {
  /** Whether the grids tint each cell by its pain (local to this screen). */
  isHeatMapOn: boolean
  setHeatMapOn: (isOn: boolean) => void
  toggleHeatMap: () => void
  /** When the facilitator last showed the heat map to everyone, as this screen has followed it (epoch ms). */
  sharedAt: number | null
  /** Turns the heat map on once per share of the facilitator's; turning it off afterwards sticks until the next. */
  followShare: (sharedAt: number | null) => void
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
}))

/** Selects whether the heat map is on. */
export const selectIsHeatMapOn = (state: HeatMapState) => state.isHeatMapOn
