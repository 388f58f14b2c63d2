import { create } from 'zustand'
import { DEFAULT_SORT, nextSort, NO_FILTERS, type SortKey, type TableFilters, type TableSort } from './tableModel'

/** How one board's table is sorted and filtered. */
export interface TableView {
  sort: TableSort
  filters: TableFilters
}

/** The view of a board whose table was never touched. */
export const DEFAULT_VIEW: TableView = { sort: DEFAULT_SORT, filters: NO_FILTERS }

interface TableState {
  /** The board (doc guid) the view belongs to: another board starts from the default view. */
  scope: string | null
  view: TableView
  sortBy: (scope: string, key: SortKey) => void
  setFilter: <K extends keyof TableFilters>(scope: string, key: K, value: TableFilters[K]) => void
  clearFilters: (scope: string) => void
}

/** The table's sort and filters (local, never synced); kept while this person switches between the roadmap's views. */
export const useTableStore = create<TableState>()((set) => {
  const viewOf = (state: TableState, scope: string) => (state.scope === scope ? state.view : DEFAULT_VIEW)
  return {
    scope: null,
    view: DEFAULT_VIEW,
    sortBy: (scope, key) =>
      set((state) => {
        const view = viewOf(state, scope)
        return { scope, view: { ...view, sort: nextSort(view.sort, key) } }
      }),
    setFilter: (scope, key, value) =>
      set((state) => {
        const view = viewOf(state, scope)
        return { scope, view: { ...view, filters: { ...view.filters, [key]: value } } }
      }),
    clearFilters: (scope) => set((state) => ({ scope, view: { ...viewOf(state, scope), filters: NO_FILTERS } })),
  }
})

/** The table view of a board (the default one until this person sorts or filters it). */
export function useTableView(scope: string): TableView {
  return useTableStore((state) => (state.scope === scope ? state.view : DEFAULT_VIEW))
}
