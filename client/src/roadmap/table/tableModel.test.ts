import { buildInitiative, type Initiative } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SORT,
  filterInitiatives,
  horizonSortKey,
  isFiltered,
  listMetricOptions,
  metricKey,
  nextSort,
  NO_FILTERS,
  sortInitiatives,
  type SortContext,
  type TableSort,
} from './tableModel'

const departments: Record<string, string> = { sales: 'Продажи', delivery: 'Доставка', support: 'Служба поддержки' }
const context: SortContext = { locale: 'ru', ownerName: (id) => (id ? (departments[id] ?? 'Удалённый отдел') : '') }

const item = (id: string, fields: Partial<Initiative> = {}): Initiative => buildInitiative({ id, ...fields })
const ids = (list: readonly Initiative[]) => list.map((initiative) => initiative.id)
const sorted = (list: readonly Initiative[], sort: TableSort) => ids(sortInitiatives(list, sort, context))

describe('nextSort', () => {
  it('starts a new column ascending and reverses the same column', () => {
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', direction: 'asc' })
    expect(nextSort({ key: 'title', direction: 'asc' }, 'title')).toEqual({ key: 'title', direction: 'desc' })
    expect(nextSort({ key: 'title', direction: 'desc' }, 'title')).toEqual({ key: 'title', direction: 'asc' })
    expect(nextSort({ key: 'title', direction: 'desc' }, 'status')).toEqual({ key: 'status', direction: 'asc' })
  })
})

describe('sortInitiatives', () => {
  it('sorts Cyrillic titles alphabetically (ё beside е, case ignored), untitled last both ways', () => {
    const list = [
      item('a', { title: 'Ускорить доставку' }),
      item('b', { title: '' }),
      item('c', { title: 'ёмкость склада' }),
      item('d', { title: 'Абонемент' }),
      item('e', { title: 'Есть чат' }),
    ]
    expect(sorted(list, { key: 'title', direction: 'asc' })).toEqual(['d', 'c', 'e', 'a', 'b'])
    expect(sorted(list, { key: 'title', direction: 'desc' })).toEqual(['a', 'e', 'c', 'd', 'b'])
  })

  it('sorts numbers inside titles numerically', () => {
    const list = [item('a', { title: 'Шаг 10' }), item('b', { title: 'Шаг 2' })]
    expect(sorted(list, { key: 'title', direction: 'asc' })).toEqual(['b', 'a'])
  })

  it('sorts necessity and status by their model order, not alphabetically', () => {
    const list = [
      item('a', { necessity: 'desirable', status: 'done' }),
      item('b', { necessity: 'absolutely-necessary', status: 'idea' }),
      item('c', { necessity: 'urgent', status: 'in-progress' }),
      item('d', { necessity: 'urgent', status: 'planned' }),
    ]
    expect(sorted(list, { key: 'necessity', direction: 'asc' })).toEqual(['b', 'c', 'd', 'a'])
    // Ties keep the roadmap order in both directions.
    expect(sorted(list, { key: 'necessity', direction: 'desc' })).toEqual(['a', 'c', 'd', 'b'])
    expect(sorted(list, { key: 'status', direction: 'asc' })).toEqual(['b', 'd', 'c', 'a'])
    expect(sorted(list, { key: 'status', direction: 'desc' })).toEqual(['a', 'c', 'd', 'b'])
  })

  it('sorts by wave keeping the order within each wave', () => {
    const list = [item('a', { wave: 1 }), item('b', { wave: 1 }), item('c', { wave: 2 }), item('d', { wave: 3 })]
    expect(sorted(list, { key: 'wave', direction: 'asc' })).toEqual(['a', 'b', 'c', 'd'])
    expect(sorted(list, { key: 'wave', direction: 'desc' })).toEqual(['d', 'c', 'a', 'b'])
  })

  it("sorts by the owner department's name, no owner last", () => {
    const list = [
      item('a', { ownerDepartmentId: 'support' }),
      item('b', { ownerDepartmentId: '' }),
      item('c', { ownerDepartmentId: 'sales' }),
      item('d', { ownerDepartmentId: 'delivery' }),
    ]
    expect(sorted(list, { key: 'owner', direction: 'asc' })).toEqual(['d', 'c', 'a', 'b'])
    expect(sorted(list, { key: 'owner', direction: 'desc' })).toEqual(['a', 'c', 'd', 'b'])
  })

  it('sorts horizons chronologically, mixing quarters and dates, none last', () => {
    const list = [
      item('none', { horizon: null }),
      item('q3', { horizon: { kind: 'quarter', year: 2026, quarter: 3 } }),
      item('aug', { horizon: { kind: 'date', date: '2026-08-01' } }),
      item('q1next', { horizon: { kind: 'quarter', year: 2027, quarter: 1 } }),
      item('oct', { horizon: { kind: 'date', date: '2026-10-15' } }),
      item('q4old', { horizon: { kind: 'quarter', year: 2025, quarter: 4 } }),
    ]
    expect(sorted(list, { key: 'horizon', direction: 'asc' })).toEqual(['q4old', 'aug', 'q3', 'oct', 'q1next', 'none'])
    expect(sorted(list, { key: 'horizon', direction: 'desc' })).toEqual(['q1next', 'oct', 'q3', 'aug', 'q4old', 'none'])
  })

  it('does not change the list it is given', () => {
    const list = [item('a', { wave: 2 }), item('b', { wave: 1 })]
    sortInitiatives(list, DEFAULT_SORT, context)
    expect(ids(list)).toEqual(['a', 'b'])
  })
})

describe('horizonSortKey', () => {
  it('reads a quarter as its last day and a date as itself', () => {
    expect(horizonSortKey({ kind: 'quarter', year: 2026, quarter: 1 })).toBe(20260331)
    expect(horizonSortKey({ kind: 'quarter', year: 2026, quarter: 4 })).toBe(20261231)
    expect(horizonSortKey({ kind: 'date', date: '2026-09-30' })).toBe(20260930)
    expect(horizonSortKey(null)).toBeNull()
  })
})

describe('filterInitiatives', () => {
  const list = [
    item('a', {
      wave: 1,
      necessity: 'urgent',
      ownerDepartmentId: 'delivery',
      status: 'planned',
      title: 'Курьер звонит заранее',
      metrics: [{ id: 'm1', metric: 'NPS', label: '', effect: 5 }],
    }),
    item('b', {
      wave: 1,
      necessity: 'desirable',
      ownerDepartmentId: '',
      status: 'idea',
      title: 'Чат поддержки',
      description: 'Ответ за минуту, без ожидания',
      metrics: [{ id: 'm2', metric: 'custom', label: 'Повторные заказы ', effect: 2, unit: '%' }],
    }),
    item('c', {
      wave: 2,
      necessity: 'urgent',
      ownerDepartmentId: 'delivery',
      status: 'done',
      title: 'Ещё один пункт выдачи',
      metrics: [
        { id: 'm3', metric: 'CES', label: '', effect: -0.5 },
        { id: 'm4', metric: 'NPS', label: '', effect: 2 },
      ],
    }),
  ]
  const filter = (filters: Partial<typeof NO_FILTERS>) => ids(filterInitiatives(list, { ...NO_FILTERS, ...filters }))

  it('lets everything through without filters', () => {
    expect(filter({})).toEqual(['a', 'b', 'c'])
    expect(isFiltered(NO_FILTERS)).toBe(false)
    expect(isFiltered({ ...NO_FILTERS, query: '   ' })).toBe(false)
  })

  it('filters by each select', () => {
    expect(filter({ wave: 2 })).toEqual(['c'])
    expect(filter({ necessity: 'urgent' })).toEqual(['a', 'c'])
    expect(filter({ owner: 'delivery' })).toEqual(['a', 'c'])
    expect(filter({ owner: '' })).toEqual(['b'])
    expect(filter({ status: 'idea' })).toEqual(['b'])
    expect(filter({ metric: 'NPS:' })).toEqual(['a', 'c'])
    expect(filter({ metric: 'custom:Повторные заказы' })).toEqual(['b'])
    expect(isFiltered({ ...NO_FILTERS, owner: '' })).toBe(true)
  })

  it('combines filters', () => {
    expect(filter({ wave: 1, necessity: 'urgent' })).toEqual(['a'])
    expect(filter({ owner: 'delivery', metric: 'CES:' })).toEqual(['c'])
    expect(filter({ wave: 1, status: 'done' })).toEqual([])
    expect(filter({ necessity: 'urgent', query: 'курьер' })).toEqual(['a'])
  })

  it('searches title and description, case-insensitive, every word, ё as е', () => {
    expect(filter({ query: 'ЧАТ' })).toEqual(['b'])
    expect(filter({ query: 'минуту ожидания' })).toEqual(['b'])
    expect(filter({ query: 'минуту курьер' })).toEqual([])
    expect(filter({ query: 'еще' })).toEqual(['c'])
    expect(filter({ query: '  пункт  ' })).toEqual(['c'])
  })
})

describe('listMetricOptions', () => {
  it('lists each kind and label once, by kind order then label', () => {
    const list = [
      item('a', {
        metrics: [
          { id: '1', metric: 'custom', label: 'Повторные заказы', effect: 1 },
          { id: '2', metric: 'CES', label: '', effect: -1 },
        ],
      }),
      item('b', {
        metrics: [
          { id: '3', metric: 'NPS', label: '', effect: 1 },
          { id: '4', metric: 'custom', label: ' Время ответа', effect: 1 },
          { id: '5', metric: 'CES', label: '', effect: -2 },
        ],
      }),
    ]
    expect(listMetricOptions(list, 'ru').map((option) => option.key)).toEqual([
      'NPS:',
      'CES:',
      'custom:Время ответа',
      'custom:Повторные заказы',
    ])
    expect(metricKey({ metric: 'custom', label: ' Время ответа' })).toBe('custom:Время ответа')
  })

  it('keeps offering the chosen metric when no initiative targets it any more', () => {
    const list = [item('a', { metrics: [{ id: '1', metric: 'NPS', label: '', effect: 1 }] })]
    expect(listMetricOptions(list, 'en', 'custom:Wait: minutes')).toEqual([
      { key: 'NPS:', metric: 'NPS', label: '' },
      { key: 'custom:Wait: minutes', metric: 'custom', label: 'Wait: minutes' },
    ])
    expect(listMetricOptions(list, 'en', 'NPS:')).toHaveLength(1)
  })
})
