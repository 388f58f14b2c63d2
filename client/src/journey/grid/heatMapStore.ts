import { create } from 'zustand'

interface HeatMapState {
  /** Whether the grids tint each cell by its pain (local to this screen). */
  isHeatMapOn: boolean
  setHeatMapOn: (isOn: boolean) => void
  toggleHeatMap: () => void
}

/** Whether the heat map is shown on this screen. */
export const useHeatMapStore = create<HeatMapState>()((set) => ({
  isHeatMapOn: false,
  setHeatMapOn: (isOn) => set({ isHeatMapOn: isOn }),
  toggleHeatMap: () => set((state) => ({ isHeatMapOn: !state.isHeatMapOn })),
}))

/** Selects whether the heat map is on. */
export const selectIsHeatMapOn = (state: HeatMapState) => state.isHeatMapOn
