import type { JourneyGridProps } from '@cxmap/shared'
import { useTranslation } from 'react-i18next'
import { useValue, type Editor } from 'tldraw'
import { getOpportunityColor, getOpportunityRatio, sumByStage } from '../monetisation/opportunity.ts'
import { formatRevenueFull, formatRevenueShort } from '../monetisation/revenue.ts'
import { useMonetisationT } from '../monetisation/strings.ts'
import { getPageMaxPain, getPageOpportunityScale } from './gridDerived.ts'
import type { GridStats } from './gridStats.ts'
import { getHeatColor } from './heatColors.ts'
import { selectShownHeatLayer, useHeatMapStore, type HeatLayer } from './heatMapStore.ts'

/** How the cells of one grid are tinted while the heat map is on. */
export interface CellTint {
  layer: HeatLayer
  /** The cell's value on the layer: pain, or revenue estimate (opportunity count where the page has no revenue). */
  valueAt: (laneIndex: number, stageIndex: number) => number
  colorAt: (laneIndex: number, stageIndex: number) => string
}

/** The tint of a grid's cells on the shown layer, scaled to the page; null while the heat map is off (reactive). */
export function useCellTint(editor: Editor, stats: GridStats): CellTint | null {
  const layer = useHeatMapStore(selectShownHeatLayer)
  const maxPain = useValue('cx-grid max pain', () => (layer === 'pain' ? getPageMaxPain(editor) : 0), [editor, layer])
  const scale = useValue(
    'cx-grid opportunity scale',
    () => (layer === 'opportunity' ? getPageOpportunityScale(editor) : null),
    [editor, layer],
  )
  if (layer === 'pain') {
    const valueAt = (lane: number, stage: number) => stats.pain[lane]?.[stage] ?? 0
    return {
      layer,
      valueAt,
      colorAt: (lane, stage) => (maxPain > 0 ? getHeatColor(valueAt(lane, stage) / maxPain) : ''),
    }
  }
  if (layer === 'opportunity' && scale) {
    const revenueAt = (lane: number, stage: number) => stats.revenue[lane]?.[stage] ?? 0
    const countAt = (lane: number, stage: number) => stats.opportunity[lane]?.[stage] ?? 0
    return {
      layer,
      valueAt: (lane, stage) => (scale.maxRevenue > 0 ? revenueAt(lane, stage) : countAt(lane, stage)),
      colorAt: (lane, stage) =>
        getOpportunityColor(getOpportunityRatio(revenueAt(lane, stage), countAt(lane, stage), scale)),
    }
  }
  return null
}

/** Under the grid on the opportunity layer: each stage's summed revenue estimate per month. */
export function StageRevenueRow({
  props,
  stageOffsets,
  stats,
  top,
}: {
  props: JourneyGridProps
  stageOffsets: number[]
  stats: GridStats
  top: number
}) {
  const t = useMonetisationT()
  const { i18n } = useTranslation()
  const layer = useHeatMapStore(selectShownHeatLayer)
  if (layer !== 'opportunity') return null
  const sums = sumByStage(stats.revenue, props.stages.length)
  return (
    <div className="cx-grid__stage-sums" style={{ top }} data-testid="stage-revenue-row">
      {props.stages.map((stage, index) => {
        const sum = sums[index] ?? 0
        return (
          <div
            key={stage.id}
            className={sum > 0 ? 'cx-grid__stage-sum' : 'cx-grid__stage-sum cx-grid__stage-sum--none'}
            style={{ left: (stageOffsets[index] ?? 0) + 8, width: Math.max(0, stage.w - 16) }}
            data-testid="stage-revenue"
            data-stage-id={stage.id}
            data-revenue={sum}
            title={t('stageSum', { value: formatRevenueFull(sum, i18n.language) })}
          >
            {sum > 0 ? t('stageSumShort', { value: formatRevenueShort(sum, i18n.language) }) : '—'}
          </div>
        )
      })}
    </div>
  )
}
