import type { Initiative, InitiativeMetric, InitiativeStatus, Necessity, Wave } from '@cxmap/shared'
import { useUiLocale } from '../../i18n/useUiLocale'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { formatEffect, metricName } from './format'

/** The necessity of an initiative as a coloured pill. */
export function NecessityBadge({ necessity }: { necessity: Necessity }) {
  const t = useRoadmapT()
  return (
    <span className={`rm-pill rm-pill--necessity-${necessity}`} data-testid="necessity-badge" data-value={necessity}>
      {t(`common.necessity.${necessity}`)}
    </span>
  )
}

/** The status of an initiative as a quiet pill. */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = useRoadmapT()
  return (
    <span className={`rm-pill rm-pill--status-${status}`} data-testid="status-badge" data-value={status}>
      {t(`common.status.${status}`)}
    </span>
  )
}

/** The wave number in its colour. */
export function WaveBadge({ wave }: { wave: Wave }) {
  const t = useRoadmapT()
  return (
    <span className={`rm-pill rm-pill--wave-${wave}`} title={t(`common.wave.${wave}`)}>
      {t(`common.waveShort.${wave}`)}
    </span>
  )
}

/** The owner department with its colour, "No owner", or "Removed department" for an id no longer on the board. */
export function OwnerChip({ departmentId }: { departmentId: Initiative['ownerDepartmentId'] }) {
  const t = useRoadmapT()
  const { departmentsById } = useRoadmapBoard()
  const department = departmentId ? departmentsById.get(departmentId) : undefined
  const name = !departmentId ? t('common.noOwner') : (department?.name ?? t('common.unknownOwner'))
  return (
    <span className={department ? 'rm-owner' : 'rm-owner rm-owner--none'} data-testid="owner-chip">
      {department && <span className="rm-owner__dot" style={{ background: department.color }} aria-hidden="true" />}
      {name}
    </span>
  )
}

/** The metrics an initiative moves: `NPS +5`, `CES −0.5`. */
export function MetricChips({ metrics }: { metrics: readonly InitiativeMetric[] }) {
  const t = useRoadmapT()
  const locale = useUiLocale()
  if (metrics.length === 0) return null
  return (
    <span className="rm-metrics" data-testid="metric-chips">
      {metrics.map((metric) => (
        <span
          key={metric.id}
          className={metric.effect < 0 ? 'rm-metric rm-metric--down' : 'rm-metric'}
          data-testid="metric-chip"
        >
          {metricName(t, metric)} {formatEffect(metric.effect, locale, metric.unit)}
        </span>
      ))}
    </span>
  )
}
