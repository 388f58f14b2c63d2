import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT, type RoadmapKey } from '../i18n'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { nameStakeholders } from '../../journey/stakeholders/stakeholderRows'
import { useDocStakeholders } from '../../journey/stakeholders/useDocStakeholders'
import { TableFilters } from './TableFilters'
import { TableRow } from './TableRow'
import { filterInitiatives, isFiltered, sortInitiatives, type SortKey, type TableSort } from './tableModel'
import { useTableStore, useTableView } from './tableStore'
import './table.css'

const COLUMNS: { key: SortKey | null; label: RoadmapKey; className?: string }[] = [
  { key: 'wave', label: 'common.waveLabel', className: 'rm-table__col-wave' },
  { key: 'title', label: 'table.titleColumn', className: 'rm-table__col-title' },
  { key: 'necessity', label: 'common.necessityLabel' },
  { key: 'owner', label: 'common.ownerLabel' },
  { key: null, label: 'table.stakeholdersColumn', className: 'rm-table__col-stakeholders' },
  { key: 'horizon', label: 'common.horizonLabel' },
  { key: 'status', label: 'common.statusLabel' },
  { key: null, label: 'common.metricsLabel' },
  { key: null, label: 'common.sourcesLabel' },
  { key: null, label: 'common.dependsOnLabel', className: 'rm-table__col-depends' },
]

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string
  sortKey: SortKey
  sort: TableSort
  onSort: (key: SortKey) => void
}) {
  const t = useRoadmapT()
  const isSorted = sort.key === sortKey
  return (
    <button
      type="button"
      title={t('table.sortBy', { column: label })}
      className={isSorted ? 'rm-table__sort rm-table__sort--active' : 'rm-table__sort'}
      data-testid={`sort-${sortKey}`}
      onClick={() => onSort(sortKey)}
    >
      {label}
      <span className="rm-table__sort-arrow" aria-hidden="true">
        {isSorted ? (sort.direction === 'asc' ? '↑' : '↓') : '↕'}
      </span>
    </button>
  )
}

/** The sortable, filterable table of every initiative. */
export function RoadmapTable() {
  const t = useRoadmapT()
  const { i18n } = useTranslation()
  const { doc, departmentsById } = useRoadmapBoard()
  const { roadmap } = useRoadmap()
  const openId = useRoadmapUiStore((state) => state.openInitiativeId)
  const openInitiative = useRoadmapUiStore((state) => state.openInitiative)
  const scope = doc.guid
  const { sort, filters } = useTableView(scope)
  const sortBy = useTableStore((state) => state.sortBy)
  const clearFilters = useTableStore((state) => state.clearFilters)
  const stakeholders = useDocStakeholders(doc)
  const stakeholdersById = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders])

  const rows = useMemo(() => {
    const ownerName = (id: string) => (id ? (departmentsById.get(id)?.name ?? t('common.unknownOwner')) : '')
    return sortInitiatives(filterInitiatives(roadmap.initiatives, filters), sort, {
      locale: i18n.language,
      ownerName,
    })
  }, [roadmap.initiatives, filters, sort, departmentsById, i18n.language, t])

  return (
    <div className="rm-table-view">
      <TableFilters scope={scope} filters={filters} initiatives={roadmap.initiatives} shownCount={rows.length} />
      <div className="rm-table-frame">
        <table className="rm-table" data-testid="roadmap-table" aria-label={t('table.label')}>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const isSorted = column.key !== null && sort.key === column.key
                return (
                  <th
                    key={column.label}
                    scope="col"
                    className={column.className}
                    aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {column.key ? (
                      <SortHeader
                        label={t(column.label)}
                        sortKey={column.key}
                        sort={sort}
                        onSort={(key) => sortBy(scope, key)}
                      />
                    ) : (
                      t(column.label)
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((initiative) => (
              <TableRow
                key={initiative.id}
                initiative={initiative}
                isOpen={openId === initiative.id}
                onOpen={openInitiative}
                stakeholderNames={nameStakeholders(
                  initiative.stakeholderIds,
                  stakeholdersById,
                  t('drawer.unnamedStakeholder'),
                )}
              />
            ))}
            {rows.length === 0 && (
              <tr>
                <td className="rm-table__empty" colSpan={COLUMNS.length} data-testid="table-no-match">
                  <span className="muted">{t('table.noMatch')}</span>
                  {isFiltered(filters) && (
                    <button type="button" className="button button--small" onClick={() => clearFilters(scope)}>
                      {t('table.clearFilters')}
                    </button>
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
