import type { JourneyGridOut } from '@cxmap/shared'
import type { GridOpportunity } from '../journey/monetisation/gridOpportunity'
import {
  getOpportunityColor,
  getOpportunityRatio,
  OPPORTUNITY_GRADIENT,
  type OpportunityScale,
} from '../journey/monetisation/opportunity'
import { formatRevenueFull } from '../journey/monetisation/revenue'
import { createMonetisationT } from '../journey/monetisation/strings'
import { splitEvenly } from './tiling'
import './heatmapOpportunity.css'

/** Stage columns of one opportunity table, as for the pain tables. */
const STAGES_PER_TABLE = 8

/** The opportunity layer's scale and what it means, in the document's language. */
export function OpportunityLegend({ scale, lang }: { scale: OpportunityScale; lang: 'en' | 'ru' }) {
  const t = createMonetisationT(lang)
  const max =
    scale.maxRevenue > 0
      ? t('perMonth', { value: formatRevenueFull(scale.maxRevenue, lang) })
      : t('opportunities', { count: scale.maxCount })
  return (
    <div className="print-legend" data-testid="print-opportunity-legend">
      <strong>{t('printTitle')}</strong>
      <span className="print-legend-bar" style={{ background: OPPORTUNITY_GRADIENT }} />
      <span>{t('printLow')}</span>
      <span className="print-legend-sep">→</span>
      <span>{t('printHigh', { max })}</span>
      <p className="print-legend-text">{t('printLegend')}</p>
    </div>
  )
}

/** A grid's opportunity layer as tables: revenue and opportunities per cell, the revenue per stage at the foot. */
export function HeatmapOpportunity({
  grid,
  layer,
  scale,
  lang,
}: {
  grid: JourneyGridOut
  layer: GridOpportunity
  scale: OpportunityScale
  lang: 'en' | 'ru'
}) {
  const t = createMonetisationT(lang)
  return splitEvenly(grid.stages.length, STAGES_PER_TABLE).map((indexes) => (
    <table key={indexes[0]} className="print-heat print-opportunity" data-testid="print-opportunity">
      <caption className="print-opportunity-caption">{t('opportunity')}</caption>
      <thead>
        <tr>
          <th />
          {indexes.map((index) => (
            <th key={index}>{grid.stages[index]?.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.lanes.map((lane, laneIndex) => (
          <tr key={lane.id}>
            <th scope="row">{lane.title}</th>
            {indexes.map((index) => {
              const revenue = layer.revenue[laneIndex]?.[index] ?? 0
              const count = layer.opportunity[laneIndex]?.[index] ?? 0
              const background = getOpportunityColor(getOpportunityRatio(revenue, count, scale))
              return (
                <td key={index} style={{ background }}>
                  {revenue > 0 ? (
                    <strong className="print-heat-value">{formatRevenueFull(revenue, lang)}</strong>
                  ) : count === 0 ? (
                    <span className="print-muted">·</span>
                  ) : null}
                  {count > 0 ? <span className="print-heat-note">{t('opportunities', { count })}</span> : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('printTotal')}</th>
          {indexes.map((index) => (
            <td key={index} className="print-opportunity-sum">
              {formatRevenueFull(layer.stageRevenue[index] ?? 0, lang)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  ))
}
