import { create } from 'zustand'

interface StakeholdersViewState {
  isOpen: boolean
  toggle: () => void
  close: () => void
}

/** Whether the stakeholder matrix is open on this screen (local, never shared). */
export const useStakeholdersStore = create<StakeholdersViewState>()((set) => ({
  isOpen: false,
  toggle: () => set((state) => ({ isOpen: !state.isOpen })),
  close: () => set({ isOpen: false }),
}))

/** Selector: whether the matrix is open. */
export const selectIsOpen = (state: StakeholdersViewState) => state.isOpen
