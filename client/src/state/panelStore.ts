import { create } from 'zustand'

/** Which overlay of the board page is open; at most one at a time. */
export type Panel = 'share' | 'profile' | 'workshop' | null

interface PanelState {
  openPanel: Panel
  open: (panel: Exclude<Panel, null>) => void
  toggle: (panel: Exclude<Panel, null>) => void
  close: () => void
}

/** Open popovers and dialogs of the board page. */
export const usePanelStore = create<PanelState>()((set) => ({
  openPanel: null,
  open: (panel) => set({ openPanel: panel }),
  toggle: (panel) => set((state) => ({ openPanel: state.openPanel === panel ? null : panel })),
  close: () => set({ openPanel: null }),
}))

/** Selector: the open panel. */
export const selectOpenPanel = (state: PanelState) => state.openPanel
