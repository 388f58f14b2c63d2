import { create } from 'zustand'

interface PersonaViewState {
  isPanelOpen: boolean
  /** Ids of the personas picked for the highlight; empty shows every card as usual. */
  selectedIds: string[]
  /** A persona to open in the panel (a persona card was double-clicked); the panel takes it and clears it. */
  requestedId: string | null
  togglePanel: () => void
  closePanel: () => void
  togglePersona: (id: string) => void
  clearSelection: () => void
  /** Opens the panel on a persona. */
  openPersona: (id: string) => void
  /** The panel has opened the requested persona. */
  clearRequest: () => void
  /** Back to the initial view (another board opens). */
  reset: () => void
}

const initial = { isPanelOpen: false, selectedIds: [] as string[], requestedId: null as string | null }

/** Local view state of the personas panel and its highlight; never shared with others. */
export const usePersonaViewStore = create<PersonaViewState>()((set) => ({
  ...initial,
  togglePanel: () => set((state) => ({ isPanelOpen: !state.isPanelOpen })),
  closePanel: () => set({ isPanelOpen: false }),
  togglePersona: (id) =>
    set((state) => ({
      selectedIds: state.selectedIds.includes(id)
        ? state.selectedIds.filter((selected) => selected !== id)
        : [...state.selectedIds, id],
    })),
  clearSelection: () => set({ selectedIds: [] }),
  openPersona: (id) => set({ isPanelOpen: true, requestedId: id }),
  clearRequest: () => set({ requestedId: null }),
  reset: () => set(initial),
}))

/** Selector: whether the personas panel is open. */
export const selectIsPersonaPanelOpen = (state: PersonaViewState) => state.isPanelOpen
/** Selector: the persona the panel is asked to open, if any. */
export const selectRequestedPersonaId = (state: PersonaViewState) => state.requestedId
/** Selector: the picked persona ids. */
export const selectPersonaIds = (state: PersonaViewState) => state.selectedIds

/**
 * Whether a card of `personaId` fades under the persona highlight: some personas are picked and the card has
 * another one. A card with no persona (or whose persona was deleted) concerns everyone and stays.
 */
export function isPersonaDimmed(
  selectedIds: readonly string[],
  personaId: string,
  knownIds: ReadonlySet<string> | null = null,
): boolean {
  if (selectedIds.length === 0 || personaId === '') return false
  if (knownIds && !knownIds.has(personaId)) return false
  return !selectedIds.includes(personaId)
}
