import {
  INITIATIVE_STATUSES,
  NECESSITIES,
  updateInitiative,
  type Initiative,
  type InitiativeStatus,
  type Necessity,
} from '@cxmap/shared'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT } from '../i18n'
import { MetricChips, NecessityBadge, OwnerChip, StatusBadge, WaveBadge } from '../parts/InitiativeBits'
import { horizonLabel, initiativeTitle } from '../parts/format'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'

const stopClick = (event: MouseEvent) => event.stopPropagation()

/** One initiative as a table row; a click opens it, editors change necessity and status in place. */
export function TableRow({
  initiative,
  isOpen,
  onOpen,
  stakeholderNames,
}: {
  initiative: Initiative
  isOpen: boolean
  onOpen: (id: string) => void
  /** Names of the stakeholders it serves, in its order. */
  stakeholderNames: string[]
}) {
  const t = useRoadmapT()
  const { i18n } = useTranslation()
  const { doc, canEdit } = useRoadmapBoard()
  const { byId } = useRoadmap()
  const title = initiativeTitle(t, initiative)
  const dependsOn = initiative.dependsOn.flatMap((id) => {
    const other = byId.get(id)
    return other ? [initiativeTitle(t, other)] : []
  })

  return (
    <tr
      className={isOpen ? 'rm-table__row rm-table__row--open' : 'rm-table__row'}
      aria-current={isOpen ? 'true' : undefined}
      data-testid="initiative-row"
      data-initiative-id={initiative.id}
      onClick={() => onOpen(initiative.id)}
    >
      <td>
        <WaveBadge wave={initiative.wave} />
      </td>
      <td className="rm-table__title-cell">
        <button
          type="button"
          className={initiative.title.trim() ? 'rm-table__title' : 'rm-table__title muted'}
          onClick={(event) => {
            event.stopPropagation()
            onOpen(initiative.id)
          }}
        >
          {title}
        </button>
      </td>
      <td>
        {canEdit ? (
          <select
            className={`rm-table__select rm-pill rm-pill--necessity-${initiative.necessity}`}
            aria-label={t('table.necessityOf', { title })}
            data-testid="row-necessity"
            value={initiative.necessity}
            onClick={stopClick}
            onChange={(event) => updateInitiative(doc, initiative.id, { necessity: event.target.value as Necessity })}
          >
            {NECESSITIES.map((necessity) => (
              <option key={necessity} value={necessity}>
                {t(`common.necessity.${necessity}`)}
              </option>
            ))}
          </select>
        ) : (
          <NecessityBadge necessity={initiative.necessity} />
        )}
      </td>
      <td>
        <OwnerChip departmentId={initiative.ownerDepartmentId} />
      </td>
      <td className="rm-table__stakeholders" data-testid="row-stakeholders">
        <StakeholderNames names={stakeholderNames} none={t('table.none')} />
      </td>
      <td className="rm-table__horizon">
        {initiative.horizon ? (
          horizonLabel(t, initiative.horizon, i18n.language)
        ) : (
          <span className="muted">{t('table.none')}</span>
        )}
      </td>
      <td>
        {canEdit ? (
          <select
            className={`rm-table__select rm-pill rm-pill--status-${initiative.status}`}
            aria-label={t('table.statusOf', { title })}
            data-testid="row-status"
            value={initiative.status}
            onClick={stopClick}
            onChange={(event) =>
              updateInitiative(doc, initiative.id, { status: event.target.value as InitiativeStatus })
            }
          >
            {INITIATIVE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`common.status.${status}`)}
              </option>
            ))}
          </select>
        ) : (
          <StatusBadge status={initiative.status} />
        )}
      </td>
      <td>
        {initiative.metrics.length > 0 ? (
          <MetricChips metrics={initiative.metrics} />
        ) : (
          <span className="muted">{t('table.none')}</span>
        )}
      </td>
      <td className="rm-table__sources">
        {initiative.sources.length > 0 ? (
          t('common.sourceCount', { count: initiative.sources.length })
        ) : (
          <span className="muted">{t('table.none')}</span>
        )}
      </td>
      <td className="rm-table__depends">
        {dependsOn.length > 0 ? dependsOn.join(', ') : <span className="muted">{t('table.none')}</span>}
      </td>
    </tr>
  )
}

/** How many stakeholder names a row shows before "+N". */
const SHOWN_STAKEHOLDERS = 2

/** The stakeholders an initiative serves, compact: the first names, then "+N" (all of them in the hover text). */
function StakeholderNames({ names, none }: { names: string[]; none: string }) {
  if (names.length === 0) return <span className="muted">{none}</span>
  const rest = names.length - SHOWN_STAKEHOLDERS
  return (
    <span className="rm-table__stakeholder-list" title={names.join(', ')}>
      {names.slice(0, SHOWN_STAKEHOLDERS).join(', ')}
      {rest > 0 && <span className="rm-table__more"> +{rest}</span>}
    </span>
  )
}
