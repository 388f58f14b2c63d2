import {
  WAVES,
  formatMetricEffect,
  formatNumber,
  type Department,
  type Horizon,
  type Initiative,
  type ResolvedSource,
} from '@cxmap/shared'
import type { PrintT } from './i18n'
import type { PrintData, SectionEntry } from './printModel'
import { Section } from './Section'

/** The roadmap by wave, each initiative with its details and the pains it removes; then effects, triggers, stimuli. */
export function RoadmapSection({ entry, data, t }: { entry: SectionEntry; data: PrintData; t: PrintT }) {
  const departments = new Map(data.journey.departments.map((department) => [department.id, department]))
  const { roadmap } = data
  return (
    <Section entry={entry} t={t}>
      {WAVES.map((wave) => {
        const initiatives = roadmap.initiatives.filter((initiative) => initiative.wave === wave)
        return (
          <div key={wave} className="print-block">
            <h2 className={`print-wave print-wave-${wave}`}>{t.other('roadmap', `common.wave.${wave}`)}</h2>
            {initiatives.length === 0 ? <p className="print-muted">{t('roadmap.emptyWave')}</p> : null}
            {initiatives.map((initiative) => (
              <InitiativeBlock
                key={initiative.id}
                initiative={initiative}
                sources={data.sources[initiative.id] ?? []}
                departments={departments}
                t={t}
              />
            ))}
          </div>
        )
      })}
      {data.effects.length === 0 ? null : (
        <div className="print-block">
          <h2>{t('roadmap.effects')}</h2>
          <table className="print-table print-effects">
            <thead>
              <tr>
                <th>{t('roadmap.metric')}</th>
                {WAVES.map((wave) => (
                  <th key={wave}>{t.other('roadmap', `common.waveShort.${wave}`)}</th>
                ))}
                <th>{t('roadmap.total')}</th>
              </tr>
            </thead>
            <tbody>
              {data.effects.map((effect) => {
                const unit = effect.units[0] ?? ''
                const format = (value: number) =>
                  value === 0 ? '—' : `${formatNumber(value, t.lang, { signed: true })}${unit ? ` ${unit}` : ''}`
                return (
                  <tr key={`${effect.metric}-${effect.label}`}>
                    <th scope="row">{effect.label || effect.metric}</th>
                    {WAVES.map((wave) => (
                      <td key={wave}>{format(effect.byWave[wave])}</td>
                    ))}
                    <td>
                      <strong>{format(effect.total)}</strong>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <ItemList title={t('roadmap.triggers')} items={roadmap.triggers} />
      <ItemList title={t('roadmap.stimuli')} items={roadmap.stimuli} />
    </Section>
  )
}

function InitiativeBlock({
  initiative,
  sources,
  departments,
  t,
}: {
  initiative: Initiative
  sources: ResolvedSource[]
  departments: ReadonlyMap<string, Department>
  t: PrintT
}) {
  const owner = initiative.ownerDepartmentId
    ? (departments.get(initiative.ownerDepartmentId)?.name ?? t.other('roadmap', 'common.unknownOwner'))
    : t.other('roadmap', 'common.noOwner')
  const facts: [string, string][] = [
    [t.other('roadmap', 'common.necessityLabel'), t.other('roadmap', `common.necessity.${initiative.necessity}`)],
    [t.other('roadmap', 'common.ownerLabel'), owner],
    [t.other('roadmap', 'common.horizonLabel'), formatHorizon(initiative.horizon, t)],
    [t.other('roadmap', 'common.statusLabel'), t.other('roadmap', `common.status.${initiative.status}`)],
  ]
  return (
    <article className="print-initiative">
      <h3>{initiative.title.trim() || t.other('roadmap', 'common.untitled')}</h3>
      <dl className="print-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={label === facts[0]?.[0] ? `print-necessity-${initiative.necessity}` : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {initiative.description.trim() ? <p className="print-description">{initiative.description.trim()}</p> : null}
      {initiative.metrics.length > 0 ? (
        <p className="print-metrics">
          <strong>{t.other('roadmap', 'common.metricsLabel')}:</strong>{' '}
          {initiative.metrics.map((metric) => formatMetricEffect(metric, t.lang)).join('; ')}
        </p>
      ) : null}
      <div className="print-sources">
        <strong>{t('roadmap.removes')}:</strong>
        {sources.length === 0 ? (
          <span className="print-muted"> {t('roadmap.noSources')}</span>
        ) : (
          <ul>
            {sources.map((source) => (
              <li key={source.source.cardId}>{formatSource(source, t)}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  )
}

function formatSource(source: ResolvedSource, t: PrintT): string {
  const place = [source.stageTitle, source.laneTitle].filter(Boolean).join(' / ') || t('roadmap.free')
  if (source.status === 'removed') return `${place}: (${t('roadmap.removed')})`
  return `${place}: ${source.text.trim() || '—'}`
}

function formatHorizon(horizon: Horizon, t: PrintT): string {
  if (!horizon) return t.other('roadmap', 'common.noHorizon')
  if (horizon.kind === 'quarter')
    return t.other('roadmap', 'common.quarter', { quarter: horizon.quarter, year: horizon.year })
  return new Intl.DateTimeFormat(t.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${horizon.date}T00:00:00Z`),
  )
}

/** Triggers or stimuli; nothing at all when there are none (an empty heading tells management nothing). */
function ItemList({ title, items }: { title: string; items: { id: string; text: string }[] }) {
  if (items.length === 0) return null
  return (
    <div className="print-block">
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </div>
  )
}
