import { beforeEach, describe, expect, it } from 'vitest'
import { NO_FILTERS } from './tableModel'
import { DEFAULT_VIEW, useTableStore } from './tableStore'

const viewOf = (scope: string) => {
  const state = useTableStore.getState()
  return state.scope === scope ? state.view : DEFAULT_VIEW
}

describe('useTableStore', () => {
  beforeEach(() => useTableStore.setState({ scope: null, view: DEFAULT_VIEW }))

  it('sorts and reverses by a column', () => {
    useTableStore.getState().sortBy('board', 'horizon')
    expect(viewOf('board').sort).toEqual({ key: 'horizon', direction: 'asc' })
    useTableStore.getState().sortBy('board', 'horizon')
    expect(viewOf('board').sort).toEqual({ key: 'horizon', direction: 'desc' })
  })

  it('sets filters one by one and clears them, keeping the sort', () => {
    const { setFilter, sortBy, clearFilters } = useTableStore.getState()
    sortBy('board', 'title')
    setFilter('board', 'wave', 2)
    setFilter('board', 'query', 'чат')
    expect(viewOf('board').filters).toEqual({ ...NO_FILTERS, wave: 2, query: 'чат' })
    clearFilters('board')
    expect(viewOf('board')).toEqual({ sort: { key: 'title', direction: 'asc' }, filters: NO_FILTERS })
  })

  it("starts another board from the default view instead of the last board's filters", () => {
    useTableStore.getState().setFilter('board', 'owner', 'sales')
    expect(viewOf('other')).toEqual(DEFAULT_VIEW)
    useTableStore.getState().setFilter('other', 'status', 'done')
    expect(viewOf('other').filters).toEqual({ ...NO_FILTERS, status: 'done' })
  })
})
