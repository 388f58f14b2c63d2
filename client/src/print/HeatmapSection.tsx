import type { JourneyGridOut } from '@cxmap/shared'
import { getHeatColor, HEAT_GRADIENT } from '../journey/grid/heatColors'
import { readGridOpportunity } from '../journey/monetisation/gridOpportunity'
import { getOpportunityScale } from '../journey/monetisation/opportunity'
import { HeatmapOpportunity, OpportunityLegend } from './HeatmapOpportunity'
import type { PrintT } from './i18n'
import { getCellCards, getCellHeatOf, type SectionEntry } from './printModel'
import { Section } from './Section'
import { splitEvenly } from './tiling'

/** Stage columns of one heat map table; wider grids continue in another table below. */
const HEAT_STAGES_PER_TABLE = 8

/**
 * Each grid's cells tinted by heat (barrier severity + closed-vote dots), the number written in for greyscale; and,
 * where the board has monetisation, the opportunity layer beside it (revenue per cell and per stage).
 */
export function HeatmapSection({ entry, grids, t }: { entry: SectionEntry; grids: JourneyGridOut[]; t: PrintT }) {
  const layers = new Map(grids.map((grid) => [grid.id, readGridOpportunity(grid)]))
  const hot = grids.filter((grid) => grid.heat.max > 0)
  const shown = grids.filter((grid) => grid.heat.max > 0 || layers.get(grid.id)?.hasAny)
  const scale = getOpportunityScale([...layers.values()])
  return (
    <Section entry={entry} t={t}>
      {hot.length > 0 && (
        <div className="print-legend">
          <span className="print-legend-bar" style={{ background: HEAT_GRADIENT }} />
          <span>{t('heat.low')}</span>
          <span className="print-legend-sep">→</span>
          <span>{t('heat.high', { max: Math.max(0, ...hot.map((grid) => grid.heat.max)) })}</span>
          <p className="print-legend-text">{t('heat.legend')}</p>
        </div>
      )}
      {scale.maxCount > 0 && <OpportunityLegend scale={scale} lang={t.lang} />}
      {shown.map((grid) => {
        const layer = layers.get(grid.id)
        return (
          <div key={grid.id} className="print-block">
            <h2>{grid.title}</h2>
            {grid.heat.max > 0 &&
              splitEvenly(grid.stages.length, HEAT_STAGES_PER_TABLE).map((indexes) => (
                <HeatTable key={indexes[0]} grid={grid} stageIndexes={indexes} t={t} />
              ))}
            {layer?.hasAny && <HeatmapOpportunity grid={grid} layer={layer} scale={scale} lang={t.lang} />}
          </div>
        )
      })}
    </Section>
  )
}

function HeatTable({ grid, stageIndexes, t }: { grid: JourneyGridOut; stageIndexes: number[]; t: PrintT }) {
  const stages = stageIndexes.map((index) => grid.stages[index]).filter((stage) => stage !== undefined)
  return (
    <table className="print-heat">
      <thead>
        <tr>
          <th />
          {stages.map((stage) => (
            <th key={stage.id}>{stage.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.lanes.map((lane) => (
          <tr key={lane.id}>
            <th scope="row">{lane.title}</th>
            {stages.map((stage) => {
              const heat = getCellHeatOf(grid, stage.id, lane.id)
              const barriers = getCellCards(grid, stage.id, lane.id).filter((card) => card.kind === 'barrier').length
              return (
                <td key={stage.id} style={{ background: getHeatColor(grid.heat.max ? heat / grid.heat.max : 0) }}>
                  {heat > 0 ? (
                    <strong className="print-heat-value">{heat}</strong>
                  ) : (
                    <span className="print-muted">·</span>
                  )}
                  {barriers > 0 ? (
                    <span className="print-heat-note">{t('heat.barriers', { count: barriers })}</span>
                  ) : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
