import {
  INITIATIVE_STATUSES,
  METRIC_KINDS,
  NECESSITIES,
  type Horizon,
  type Initiative,
  type InitiativeMetric,
  type InitiativeStatus,
  type MetricKind,
  type Necessity,
  type Wave,
} from '@cxmap/shared'

/** The columns the table sorts by. */
export const SORT_KEYS = ['wave', 'title', 'necessity', 'owner', 'horizon', 'status'] as const
/** One sortable column. */
export type SortKey = (typeof SORT_KEYS)[number]

/** The table's order: a column and a direction. */
export interface TableSort {
  key: SortKey
  direction: 'asc' | 'desc'
}

/** What the table shows: null means "All"; `owner` '' means initiatives without an owner. */
export interface TableFilters {
  wave: Wave | null
  necessity: Necessity | null
  owner: string | null
  /** A {@link metricKey}. */
  metric: string | null
  status: InitiativeStatus | null
  /** Words to find in the title or description. */
  query: string
}

/** The roadmap's own order (wave, then order within the wave). */
export const DEFAULT_SORT: TableSort = { key: 'wave', direction: 'asc' }

/** No filter: every initiative. */
export const NO_FILTERS: TableFilters = {
  wave: null,
  necessity: null,
  owner: null,
  metric: null,
  status: null,
  query: '',
}

/** How the sort reads what an initiative does not hold itself. */
export interface SortContext {
  /** For `localeCompare` of titles and department names. */
  locale: string
  /** The owner department's name ('' when none, so it sorts last). */
  ownerName: (departmentId: string) => string
}

/** A metric an initiative may target, as the metric filter offers it. */
export interface MetricOption {
  key: string
  metric: MetricKind
  label: string
}

/** The sort after a click on a column header: the same column reverses, another one starts ascending. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (current.key !== key) return { key, direction: 'asc' }
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

/** Whether any filter is set. */
export function isFiltered(filters: TableFilters): boolean {
  const { query, ...selects } = filters
  return query.trim() !== '' || Object.values(selects).some((value) => value !== null)
}

/** A metric's identity for filtering: its kind and trimmed label (`NPS:`, `custom:Repeat orders`). */
export function metricKey(metric: Pick<InitiativeMetric, 'metric' | 'label'>): string {
  return `${metric.metric}:${metric.label.trim()}`
}

/**
 * Every metric some initiative targets, once, by the order of `METRIC_KINDS`, then label; plus the `selected` key when
 * no initiative targets it any more.
 */
export function listMetricOptions(
  initiatives: readonly Initiative[],
  locale: string,
  selected: string | null = null,
): MetricOption[] {
  const options = new Map<string, MetricOption>()
  const [kind, ...label] = selected?.split(':') ?? []
  const selectedKind = METRIC_KINDS.find((metric) => metric === kind)
  if (selected && selectedKind) options.set(selected, { key: selected, metric: selectedKind, label: label.join(':') })
  for (const { metrics } of initiatives) {
    for (const metric of metrics) {
      const key = metricKey(metric)
      if (!options.has(key)) options.set(key, { key, metric: metric.metric, label: metric.label.trim() })
    }
  }
  return [...options.values()].sort(
    (a, b) => METRIC_KINDS.indexOf(a.metric) - METRIC_KINDS.indexOf(b.metric) || a.label.localeCompare(b.label, locale),
  )
}

/** Lower case with ё read as е, so a search finds both spellings. */
function normalizeText(text: string): string {
  return text.toLocaleLowerCase().replaceAll('ё', 'е')
}

/** The initiatives every set filter lets through; the search needs each of its words in the title or description. */
export function filterInitiatives(initiatives: readonly Initiative[], filters: TableFilters): Initiative[] {
  const words = normalizeText(filters.query).split(/\s+/).filter(Boolean)
  return initiatives.filter((initiative) => {
    if (filters.wave !== null && initiative.wave !== filters.wave) return false
    if (filters.necessity !== null && initiative.necessity !== filters.necessity) return false
    if (filters.owner !== null && initiative.ownerDepartmentId !== filters.owner) return false
    if (filters.status !== null && initiative.status !== filters.status) return false
    if (filters.metric !== null && !initiative.metrics.some((metric) => metricKey(metric) === filters.metric)) {
      return false
    }
    if (words.length === 0) return true
    const text = normalizeText(`${initiative.title}\n${initiative.description}`)
    return words.every((word) => text.includes(word))
  })
}

const LAST_DAY_OF_QUARTER: Record<1 | 2 | 3 | 4, number> = { 1: 331, 2: 630, 3: 930, 4: 1231 }

/** A horizon as a sortable number `YYYYMMDD`: a date itself, a quarter its last day (when it is due); null without one. */
export function horizonSortKey(horizon: Horizon): number | null {
  if (!horizon) return null
  if (horizon.kind === 'quarter') return horizon.year * 10000 + LAST_DAY_OF_QUARTER[horizon.quarter]
  const [year, month, day] = horizon.date.split('-').map(Number)
  return year! * 10000 + month! * 100 + day!
}

type SortValue = number | string | null

function sortValue(initiative: Initiative, key: SortKey, context: SortContext): SortValue {
  switch (key) {
    case 'wave':
      return initiative.wave
    case 'title':
      return initiative.title.trim() || null
    case 'necessity':
      return NECESSITIES.indexOf(initiative.necessity)
    case 'owner':
      return context.ownerName(initiative.ownerDepartmentId).trim() || null
    case 'horizon':
      return horizonSortKey(initiative.horizon)
    case 'status':
      return INITIATIVE_STATUSES.indexOf(initiative.status)
  }
}

/**
 * The initiatives sorted by a column: waves, necessities and statuses in their model order, titles and owners by the
 * UI language's alphabet, horizons by date. Missing values (no title, owner or horizon) stay last in both directions;
 * ties keep the given (roadmap) order.
 */
export function sortInitiatives(
  initiatives: readonly Initiative[],
  sort: TableSort,
  context: SortContext,
): Initiative[] {
  const collator = new Intl.Collator(context.locale, { sensitivity: 'base', numeric: true })
  const sign = sort.direction === 'asc' ? 1 : -1
  return initiatives
    .map((initiative, index) => ({ initiative, index, value: sortValue(initiative, sort.key, context) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1
      }
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value))
      return compared * sign || a.index - b.index
    })
    .map(({ initiative }) => initiative)
}
