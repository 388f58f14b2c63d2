import { create } from 'zustand'

interface PersonaViewState {
  isPanelOpen: boolean
  /** Ids of the personas picked for the highlight; empty shows every card as usual. */
  selectedIds: string[]
  togglePanel: () => void
  closePanel: () => void
  togglePersona: (id: string) => void
  clearSelection: () => void
  /** Back to the initial view (another board opens). */
  reset: () => void
}

const initial = { isPanelOpen: false, selectedIds: [] as string[] }

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
  reset: () => set(initial),
}))

/** Selector: whether the personas panel is open. */
export const selectIsPersonaPanelOpen = (state: PersonaViewState) => state.isPanelOpen
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
