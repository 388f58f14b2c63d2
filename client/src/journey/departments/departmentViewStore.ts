import { create } from 'zustand'

/** How cards of departments not picked are shown: faded, or hidden altogether. */
export type DepartmentFilterMode = 'highlight' | 'filter'

interface DepartmentViewState {
  isPanelOpen: boolean
  /** Ids of the picked departments; empty shows every card as usual. */
  selectedIds: string[]
  mode: DepartmentFilterMode
  togglePanel: () => void
  closePanel: () => void
  toggleDepartment: (id: string) => void
  setMode: (mode: DepartmentFilterMode) => void
  clearSelection: () => void
  /** Back to the initial view (another board opens). */
  reset: () => void
}

const initial = { isPanelOpen: false, selectedIds: [] as string[], mode: 'highlight' as DepartmentFilterMode }

/** Local view state of the departments panel and its highlight/filter; never shared with others. */
export const useDepartmentViewStore = create<DepartmentViewState>()((set) => ({
  ...initial,
  togglePanel: () => set((state) => ({ isPanelOpen: !state.isPanelOpen })),
  closePanel: () => set({ isPanelOpen: false }),
  toggleDepartment: (id) =>
    set((state) => ({
      selectedIds: state.selectedIds.includes(id)
        ? state.selectedIds.filter((selected) => selected !== id)
        : [...state.selectedIds, id],
    })),
  setMode: (mode) => set({ mode }),
  clearSelection: () => set({ selectedIds: [] }),
  reset: () => set(initial),
}))

/** Selector: whether the departments panel is open. */
export const selectIsPanelOpen = (state: DepartmentViewState) => state.isPanelOpen
/** Selector: the picked department ids. */
export const selectSelectedIds = (state: DepartmentViewState) => state.selectedIds
/** Selector: highlight or filter. */
export const selectMode = (state: DepartmentViewState) => state.mode

/** Whether a card of `departmentId` is shown as usual (nothing picked, or its department is). */
export function isDepartmentShown(selectedIds: readonly string[], departmentId: string): boolean {
  return selectedIds.length === 0 || selectedIds.includes(departmentId)
}
