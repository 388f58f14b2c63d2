import { WAVES, type StrategyCard, type StrategyPartReportOf } from '@cxmap/shared'
import { DataTable, formatAmount, takeFirst } from './DataTable'
import type { BodyProps } from './PartBody'

/** Part 2: the journey maps, as is and to be, with their stages and cards. */
export function JourneysBody({ part, t }: BodyProps<StrategyPartReportOf<'journeys'>>) {
  if (part.grids.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  return (
    <DataTable
      testId="strategy-journeys-table"
      head={[t('body.grid'), t('body.state'), t('body.stages'), t('body.cards'), t('body.emptyStages')]}
      numeric={[2, 3, 4]}
      rows={part.grids.map((grid) => [
        grid.title,
        t(grid.state === 'to-be' ? 'body.toBe' : 'body.asIs'),
        grid.stages,
        grid.cards,
        grid.emptyStageIds.length,
      ])}
    />
  )
}

/** Part 3: the client's expectations and the barriers in the way, stage by stage. */
export function RequirementsBody({ part, t, limit }: BodyProps<StrategyPartReportOf<'requirements'>>) {
  if (part.expectations.length === 0 && part.barriers.length === 0) {
    return <p className="st-empty">{t('body.nothing')}</p>
  }
  return (
    <>
      <CardList title={t('body.expectations')} cards={part.expectations} limit={limit} t={t} />
      <CardList title={t('body.barriers')} cards={part.barriers} limit={limit} t={t} />
    </>
  )
}

function CardList({
  title,
  cards,
  limit,
  t,
}: {
  title: string
  cards: StrategyCard[]
  limit: number
  t: BodyProps['t']
}) {
  if (cards.length === 0) return null
  const { shown, hidden } = takeFirst(cards, limit)
  return (
    <>
      <h4>
        {title} ({cards.length})
      </h4>
      <ul className="st-list">
        {shown.map((card) => (
          <li key={card.cardId}>
            {card.text.trim() || '—'}
            <span className="muted">
              {' '}
              · {[card.stageTitle, card.departmentName].filter(Boolean).join(' · ')}
              {card.severity ? ` · ${t('body.severity', { value: card.severity })}` : ''}
            </span>
          </li>
        ))}
        {hidden > 0 && <li className="muted">{t('body.more', { count: hidden })}</li>}
      </ul>
    </>
  )
}

/** Part 5: the communications maps, their messages and channels, and what no department carries. */
export function CommunicationsBody({ part, t }: BodyProps<StrategyPartReportOf<'communications'>>) {
  if (part.grids.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  return (
    <DataTable
      head={[t('body.grid'), t('body.messages'), t('body.channels'), t('body.unowned')]}
      numeric={[1, 2, 3]}
      rows={part.grids.map((grid) => [grid.title, grid.messages, grid.channels, grid.unowned])}
    />
  )
}

/** Part 6: the metrics per stage (now → target) and the effect the roadmap promises on them. */
export function MetricsBody({ part, t, locale }: BodyProps<StrategyPartReportOf<'metrics'>>) {
  const rows = part.stages.flatMap((stage) =>
    stage.metrics.map((metric) => [
      `${stage.gridTitle} · ${stage.stageTitle}`,
      metric.label.trim() || metric.kind,
      formatAmount(metric.current, locale),
      formatAmount(metric.target, locale),
    ]),
  )
  if (rows.length === 0 && part.effects.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  const signed = (value: number) =>
    value === 0 ? '—' : new Intl.NumberFormat(locale, { signDisplay: 'always', maximumFractionDigits: 1 }).format(value)
  return (
    <>
      {rows.length > 0 && (
        <DataTable
          head={[t('body.stage'), t('body.metric'), t('body.current'), t('body.target')]}
          numeric={[2, 3]}
          rows={rows}
        />
      )}
      {part.effects.length > 0 && (
        <>
          <h4>{t('body.effects')}</h4>
          <DataTable
            head={[t('body.metric'), ...WAVES.map((wave) => t('body.wave', { wave })), t('body.total')]}
            numeric={[1, 2, 3, 4]}
            rows={part.effects.map((effect) => [
              effect.label || effect.metric,
              ...WAVES.map((wave) => signed(effect.byWave[wave])),
              signed(effect.total),
            ])}
          />
        </>
      )}
    </>
  )
}
