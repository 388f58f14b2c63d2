import type { TLUiOverrides } from 'tldraw'
import { create } from 'zustand'

/** Whether this person's reaction picker is open (one picker per page). */
export const useReactionPickerStore = create<{ isOpen: boolean; setOpen: (isOpen: boolean) => void }>()((set) => ({
  isOpen: false,
  setOpen: (isOpen) => set({ isOpen }),
}))

/** tldraw action that opens or closes the reaction picker; listed in the keyboard-shortcuts dialog by its `cx-` id. */
export const REACTIONS_ACTION_ID = 'cx-reactions'

/** The reactions' additions to tldraw's UI: Shift+R as an action, so tldraw's shortcuts dialog lists it. */
export const reactionsUiOverrides: TLUiOverrides = {
  actions(_editor, actions) {
    return {
      ...actions,
      [REACTIONS_ACTION_ID]: {
        id: REACTIONS_ACTION_ID,
        label: 'cx.reactions',
        kbd: 'shift+r',
        readonlyOk: true,
        onSelect: () => {
          const picker = useReactionPickerStore.getState()
          picker.setOpen(!picker.isOpen)
        },
      },
    }
  },
  translations: {
    en: { 'cx.reactions': 'Reactions (then 1–6)' },
    ru: { 'cx.reactions': 'Реакции (затем 1–6)' },
  },
}
