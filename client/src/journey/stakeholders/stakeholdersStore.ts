import { create } from 'zustand'

interface StakeholdersViewState {
  isOpen: boolean
  open: () => void
  toggle: () => void
  close: () => void
}

/** Whether the stakeholder matrix is open on this screen (local, never shared). */
export const useStakeholdersStore = create<StakeholdersViewState>()((set) => ({
  isOpen: false,
  open: () => set({ isOpen: true }),
  toggle: () => set((state) => ({ isOpen: !state.isOpen })),
  close: () => set({ isOpen: false }),
}))

/** Selector: whether the matrix is open. */
export const selectIsOpen = (state: StakeholdersViewState) => state.isOpen
