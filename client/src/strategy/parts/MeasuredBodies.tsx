import { WAVES, type StrategyPartReportOf } from '@cxmap/shared'
import { DataTable, formatAmount, takeFirst } from './DataTable'
import type { BodyProps } from './PartBody'

/** Part 7: what each department contributes to the client's final impression, and the stages nobody owns. */
export function EngagementBody({ part, t, limit }: BodyProps<StrategyPartReportOf<'engagement'>>) {
  const { departments, gaps } = part.engagement
  const active = departments.filter(
    (department) =>
      department.touchpoints.length +
        department.barriersCaused.length +
        department.barriersRemoved.length +
        department.promises.length +
        department.initiatives.length >
      0,
  )
  if (active.length === 0 && gaps.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  const { shown, hidden } = takeFirst(gaps, limit)
  return (
    <>
      {active.length > 0 && (
        <DataTable
          testId="strategy-engagement-table"
          head={[
            t('body.department'),
            t('body.touchpoints'),
            t('body.barriersCaused'),
            t('body.barriersRemoved'),
            t('body.promises'),
            t('body.initiatives'),
          ]}
          numeric={[1, 2, 3, 4]}
          rows={active.map((department) => [
            department.departmentName,
            department.touchpoints.length,
            department.barriersCaused.length,
            department.barriersRemoved.length,
            department.promises.length,
            department.initiatives.map((initiative) => initiative.title).join('; ') || '—',
          ])}
        />
      )}
      {gaps.length > 0 && (
        <>
          <h4>{t('body.gaps')}</h4>
          <ul className="st-list" data-testid="strategy-engagement-gaps">
            {shown.map((gap) => (
              <li key={`${gap.gridId}-${gap.stageId}`}>
                {gap.gridTitle} · {gap.stageTitle} ({t('body.touchpoints').toLowerCase()}: {gap.touchpoints})
              </li>
            ))}
            {hidden > 0 && <li className="muted">{t('body.more', { count: hidden })}</li>}
          </ul>
        </>
      )}
    </>
  )
}

/** Part 8: per map and stage, the revenue estimate, the opportunities and the pain they are weighed against. */
export function MonetisationBody({ part, t, locale }: BodyProps<StrategyPartReportOf<'monetisation'>>) {
  const { monetisation } = part
  const grids = monetisation.grids.filter((grid) => grid.opportunities > 0 || grid.revenue > 0)
  if (grids.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  return (
    <>
      <p>
        {t('body.monetisationTotal', {
          revenue: formatAmount(monetisation.revenue, locale),
          count: monetisation.opportunities,
        })}
      </p>
      {grids.map((grid) => (
        <div key={grid.gridId}>
          <h4>{grid.gridTitle}</h4>
          <DataTable
            head={[t('body.stage'), t('body.revenue'), t('body.opportunities'), t('body.pain'), t('body.paidServices')]}
            numeric={[1, 2, 3]}
            rows={grid.stages.map((stage) => [
              stage.stageTitle,
              stage.revenue > 0 ? formatAmount(stage.revenue, locale) : '—',
              stage.opportunities,
              stage.pain,
              stage.paidServices.join('; ') || '—',
            ])}
          />
        </div>
      ))}
    </>
  )
}

/** Part 9: the roadmap in three waves, each initiative with its owner and the stakeholders it serves. */
export function RoadmapBody({ part, t }: BodyProps<StrategyPartReportOf<'roadmap'>>) {
  if (part.initiatives.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  return (
    <>
      {WAVES.map((wave) => {
        const initiatives = part.initiatives.filter((initiative) => initiative.wave === wave)
        if (initiatives.length === 0) return null
        return (
          <div key={wave}>
            <h4>{t('body.wave', { wave })}</h4>
            <DataTable
              head={[t('body.initiative'), t('body.owner'), t('body.serves')]}
              rows={initiatives.map((initiative) => [
                initiative.title.trim() || '—',
                initiative.ownerDepartmentName || '—',
                initiative.stakeholderNames.join(', ') || '—',
              ])}
            />
          </div>
        )
      })}
    </>
  )
}
