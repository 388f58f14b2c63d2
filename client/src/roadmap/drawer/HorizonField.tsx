import { isIsoDate, type Initiative } from '@cxmap/shared'
import { useId, useState } from 'react'
import { useRoadmapT } from '../i18n'
import { listHorizonYears, switchHorizonKind, type HorizonKind } from './horizonForm'
import type { PatchInitiative } from './InitiativeEditor'

const HORIZON_KINDS: readonly HorizonKind[] = ['none', 'quarter', 'date']
const QUARTERS = [1, 2, 3, 4] as const

/** The horizon row: none, a quarter (quarter and year) or a date; a half-typed date is not written. */
export function HorizonField({
  initiative,
  patch,
  canEdit,
}: {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}) {
  const t = useRoadmapT()
  const labelId = useId()
  const errorId = useId()
  const { horizon } = initiative
  const [dateDraft, setDateDraft] = useState<string | null>(null)
  const kind: HorizonKind = horizon?.kind ?? 'none'
  const years = listHorizonYears(new Date().getFullYear(), horizon?.kind === 'quarter' ? horizon.year : undefined)

  return (
    <>
      <span className="rm-drawer__prop-label" id={labelId}>
        {t('common.horizonLabel')}
      </span>
      <div className="rm-drawer__prop-value">
        <div className="rm-drawer__horizon" role="group" aria-labelledby={labelId}>
          <select
            className="select rm-drawer__select rm-drawer__select--auto"
            data-testid="drawer-horizon-kind"
            aria-label={t('drawer.horizonKindLabel')}
            value={kind}
            disabled={!canEdit}
            onChange={(event) => {
              setDateDraft(null)
              patch({ horizon: switchHorizonKind(horizon, event.target.value as HorizonKind, new Date()) })
            }}
          >
            {HORIZON_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`drawer.horizonKind.${option}`)}
              </option>
            ))}
          </select>
          {horizon?.kind === 'quarter' && (
            <>
              <select
                className="select rm-drawer__select rm-drawer__select--auto"
                data-testid="drawer-horizon-quarter"
                aria-label={t('drawer.quarterLabel')}
                value={horizon.quarter}
                disabled={!canEdit}
                onChange={(event) =>
                  patch({ horizon: { ...horizon, quarter: Number(event.target.value) as 1 | 2 | 3 | 4 } })
                }
              >
                {QUARTERS.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t('drawer.quarterOption', { quarter })}
                  </option>
                ))}
              </select>
              <select
                className="select rm-drawer__select rm-drawer__select--auto"
                data-testid="drawer-horizon-year"
                aria-label={t('drawer.yearLabel')}
                value={horizon.year}
                disabled={!canEdit}
                onChange={(event) => patch({ horizon: { ...horizon, year: Number(event.target.value) } })}
              >
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </>
          )}
          {horizon?.kind === 'date' && (
            <input
              type="date"
              className="input rm-drawer__date"
              data-testid="drawer-horizon-date"
              aria-label={t('drawer.dateLabel')}
              aria-invalid={dateDraft !== null ? true : undefined}
              aria-describedby={dateDraft !== null ? errorId : undefined}
              value={dateDraft ?? horizon.date}
              readOnly={!canEdit}
              disabled={!canEdit}
              onChange={(event) => {
                const value = event.target.value
                if (!isIsoDate(value)) return setDateDraft(value)
                setDateDraft(null)
                patch({ horizon: { kind: 'date', date: value } })
              }}
              onBlur={() => setDateDraft(null)}
            />
          )}
        </div>
        {dateDraft !== null && (
          <p className="field__error rm-drawer__error" id={errorId} role="alert">
            {t('drawer.invalidDate')}
          </p>
        )}
      </div>
    </>
  )
}
