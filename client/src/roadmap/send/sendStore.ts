import { create } from 'zustand'

interface SendState {
  /** The cards the send dialog is open for, or null. */
  dialogCardIds: readonly string[] | null
  /** The last send's result, shown as a notice until dismissed. */
  notice: { count: number; initiativeId: string } | null
  openDialog: (cardIds: readonly string[]) => void
  closeDialog: () => void
  showNotice: (notice: SendState['notice']) => void
}

/** The send-to-roadmap dialog and its notice (local to this person). */
export const useSendStore = create<SendState>()((set) => ({
  dialogCardIds: null,
  notice: null,
  openDialog: (cardIds) => set({ dialogCardIds: cardIds, notice: null }),
  closeDialog: () => set({ dialogCardIds: null }),
  showNotice: (notice) => set({ notice }),
}))
