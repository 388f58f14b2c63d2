import {
  INITIATIVE_STATUSES,
  NECESSITIES,
  WAVES,
  type Initiative,
  type InitiativeStatus,
  type Necessity,
  type Wave,
} from '@cxmap/shared'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT } from '../i18n'
import { metricName } from '../parts/format'
import { useRoadmapBoard } from '../RoadmapContext'
import { isFiltered, listMetricOptions, type TableFilters as Filters } from './tableModel'
import { useTableStore } from './tableStore'

// Select values for "All" and "No owner": department ids are random, these cannot collide with one.
const ALL = '__all__'
const NO_OWNER = '__none__'

function FilterSelect({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string
  testId: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  const t = useRoadmapT()
  return (
    <label className="rm-table-filter">
      <span className="rm-table-filter__label">{label}</span>
      <select
        className={value === ALL ? 'rm-table-filter__select' : 'rm-table-filter__select rm-table-filter__select--set'}
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value={ALL}>{t('table.all')}</option>
        {children}
      </select>
    </label>
  )
}

/** The filters above the table, the count of what they let through and "Clear filters". */
export function TableFilters({
  scope,
  filters,
  initiatives,
  shownCount,
}: {
  scope: string
  filters: Filters
  initiatives: readonly Initiative[]
  shownCount: number
}) {
  const t = useRoadmapT()
  const { i18n } = useTranslation()
  const { departments } = useRoadmapBoard()
  const setFilter = useTableStore((state) => state.setFilter)
  const clearFilters = useTableStore((state) => state.clearFilters)
  // The chosen metric stays offered after the last initiative targeting it drops it, so the select shows the filter.
  const metricOptions = useMemo(
    () => listMetricOptions(initiatives, i18n.language, filters.metric),
    [initiatives, i18n.language, filters.metric],
  )
  const filtered = isFiltered(filters)
  const ownerValue = filters.owner === null ? ALL : filters.owner === '' ? NO_OWNER : filters.owner
  const orAll = <T,>(value: string, read: (value: string) => T): T | null => (value === ALL ? null : read(value))

  return (
    <div className="rm-table-toolbar" role="search" aria-label={t('table.filtersLabel')}>
      <label className="rm-table-filter rm-table-filter--search">
        <span className="rm-table-filter__label">{t('table.search')}</span>
        <input
          className="rm-table-filter__input"
          type="search"
          data-testid="filter-search"
          placeholder={t('table.searchPlaceholder')}
          value={filters.query}
          onChange={(event) => setFilter(scope, 'query', event.target.value)}
        />
      </label>
      <FilterSelect
        label={t('common.waveLabel')}
        testId="filter-wave"
        value={filters.wave === null ? ALL : String(filters.wave)}
        onChange={(value) =>
          setFilter(
            scope,
            'wave',
            orAll(value, (wave) => Number(wave) as Wave),
          )
        }
      >
        {WAVES.map((wave) => (
          <option key={wave} value={wave} title={t(`common.wave.${wave}`)}>
            {t(`common.waveShort.${wave}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('common.necessityLabel')}
        testId="filter-necessity"
        value={filters.necessity ?? ALL}
        onChange={(value) =>
          setFilter(
            scope,
            'necessity',
            orAll(value, (necessity) => necessity as Necessity),
          )
        }
      >
        {NECESSITIES.map((necessity) => (
          <option key={necessity} value={necessity}>
            {t(`common.necessity.${necessity}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('common.ownerLabel')}
        testId="filter-owner"
        value={ownerValue}
        onChange={(value) =>
          setFilter(
            scope,
            'owner',
            orAll(value, (owner) => (owner === NO_OWNER ? '' : owner)),
          )
        }
      >
        {departments.map((department) => (
          <option key={department.id} value={department.id}>
            {department.name}
          </option>
        ))}
        {filters.owner && !departments.some((department) => department.id === filters.owner) && (
          <option value={filters.owner}>{t('common.unknownOwner')}</option>
        )}
        <option value={NO_OWNER}>{t('common.noOwner')}</option>
      </FilterSelect>
      <FilterSelect
        label={t('table.metricFilter')}
        testId="filter-metric"
        value={filters.metric ?? ALL}
        onChange={(value) =>
          setFilter(
            scope,
            'metric',
            orAll(value, (metric) => metric),
          )
        }
      >
        {metricOptions.map((option) => (
          <option key={option.key} value={option.key}>
            {metricName(t, option)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('common.statusLabel')}
        testId="filter-status"
        value={filters.status ?? ALL}
        onChange={(value) =>
          setFilter(
            scope,
            'status',
            orAll(value, (status) => status as InitiativeStatus),
          )
        }
      >
        {INITIATIVE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`common.status.${status}`)}
          </option>
        ))}
      </FilterSelect>
      <div className="rm-table-toolbar__summary">
        <span className="rm-table-toolbar__count muted" data-testid="table-count" aria-live="polite">
          {filtered
            ? t('table.shown', { shown: shownCount, count: initiatives.length })
            : t('table.total', { count: initiatives.length })}
        </span>
        {filtered && (
          <button
            type="button"
            className="button button--small"
            data-testid="filter-clear"
            onClick={() => clearFilters(scope)}
          >
            {t('table.clearFilters')}
          </button>
        )}
      </div>
    </div>
  )
}
