import { summarizeEffects, WAVES } from '@cxmap/shared'
import { Fragment, useMemo, useState } from 'react'
import { useUiLocale } from '../../i18n/useUiLocale'
import { useRoadmapT } from '../i18n'
import { WaveBadge } from '../parts/InitiativeBits'
import { formatEffect, initiativeTitle, metricName } from '../parts/format'
import { useRoadmap } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { buildEffectRows, type EffectRow } from './effectTable'

/** «Оценка эффекта»: per metric, the expected change per wave and in total, and the initiatives behind it. */
export function EffectSummaryTable() {
  const t = useRoadmapT()
  const { roadmap, byId } = useRoadmap()
  const rows = useMemo(() => buildEffectRows(summarizeEffects(roadmap), byId), [roadmap, byId])
  const [expanded, setExpanded] = useState<string | null>(null)

  return (
    <section className="rm-sum__card rm-sum__effects" data-testid="effect-summary" aria-labelledby="rm-sum-effects">
      <header className="rm-sum__header">
        <h3 id="rm-sum-effects" className="rm-sum__title">
          {t('summary.effectsTitle')}
        </h3>
        <p className="rm-sum__hint muted">{t('summary.effectsHint')}</p>
      </header>
      {rows.length === 0 ? (
        <p className="rm-sum__empty muted" data-testid="effect-summary-empty">
          {t('summary.effectsEmpty')}
        </p>
      ) : (
        <table className="rm-sum__table">
          <thead>
            <tr>
              <th scope="col">{t('summary.metric')}</th>
              {WAVES.map((wave) => (
                <th key={wave} scope="col" className="rm-sum__num">
                  <WaveBadge wave={wave} />
                </th>
              ))}
              <th scope="col" className="rm-sum__num">
                {t('summary.total')}
              </th>
              <th scope="col" className="rm-sum__num">
                {t('summary.initiatives')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = `${row.summary.metric}\n${row.summary.label}`
              return (
                <Fragment key={key}>
                  <EffectTableRow
                    row={row}
                    isExpanded={expanded === key}
                    onToggle={() => setExpanded(expanded === key ? null : key)}
                  />
                  {expanded === key && <ContributionsRow row={row} />}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function EffectTableRow({ row, isExpanded, onToggle }: { row: EffectRow; isExpanded: boolean; onToggle: () => void }) {
  const t = useRoadmapT()
  const locale = useUiLocale()
  const name = metricName(t, row.summary)
  const unit = row.summary.units.join(' / ')
  const count = row.summary.initiativeIds.length
  return (
    <tr data-testid="effect-row" data-metric={name} className={isExpanded ? 'rm-sum__row--open' : undefined}>
      <th scope="row" className="rm-sum__metric">
        {name}
      </th>
      {WAVES.map((wave) => {
        const value = row.byWave[wave]
        return (
          <td key={wave} className="rm-sum__num" data-wave={wave}>
            {value === null ? (
              <span className="rm-sum__none" title={t('summary.noWaveEffect')}>
                —
              </span>
            ) : (
              formatEffect(value, locale, unit)
            )}
          </td>
        )
      })}
      <td className="rm-sum__num rm-sum__total">{formatEffect(row.summary.total, locale, unit)}</td>
      <td className="rm-sum__num">
        <button
          type="button"
          className="rm-sum__count"
          aria-expanded={isExpanded}
          aria-label={t('summary.showInitiatives', { metric: name })}
          data-testid="effect-count"
          onClick={onToggle}
        >
          {t('summary.initiativeCount', { count })}
          <span className={isExpanded ? 'rm-sum__chevron rm-sum__chevron--open' : 'rm-sum__chevron'} aria-hidden="true">
            ▾
          </span>
        </button>
      </td>
    </tr>
  )
}

function ContributionsRow({ row }: { row: EffectRow }) {
  const t = useRoadmapT()
  const openInitiative = useRoadmapUiStore((state) => state.openInitiative)
  const locale = useUiLocale()
  const unit = row.summary.units.join(' / ')
  return (
    <tr className="rm-sum__details">
      <td colSpan={WAVES.length + 3}>
        <ul className="rm-sum__contributions" data-testid="effect-initiatives">
          {row.contributions.map(({ initiative, effect }) => (
            <li key={initiative.id}>
              <button
                type="button"
                className="rm-sum__contribution"
                data-initiative-id={initiative.id}
                onClick={() => openInitiative(initiative.id)}
              >
                <WaveBadge wave={initiative.wave} />
                <span className="rm-sum__contribution-title">{initiativeTitle(t, initiative)}</span>
                <span className="rm-sum__contribution-effect">{formatEffect(effect, locale, unit)}</span>
              </button>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  )
}
