import type { JourneyStage, StageMetric } from '@cxmap/shared'
import { selectLocale, useLocaleStore } from '../../state/localeStore.ts'
import { InlineTitleInput } from './InlineTitleInput.tsx'
import { formatMetricValue, getMetricName } from './metricForm.ts'
import { useGridT } from './strings.ts'

// Page units of the header's parts (see grid.css): vertical padding, the chip row with its gap, a title line.
const HEADER_PADDING = 18
const CHIP_ROW = 30
const TITLE_LINE = 24

/** The header of one stage: its number and title, then its metrics as compact chips (current → target). */
export function StageHeader({
  stage,
  index,
  x,
  height,
  isEditingTitle,
  canEdit,
  hasControls,
  onRename,
  onOpenMetrics,
}: {
  stage: JourneyStage
  index: number
  x: number
  height: number
  isEditingTitle: boolean
  canEdit: boolean
  /** Whether the grid shows its editing controls (the '+ Metrics' hint among them). */
  hasControls: boolean
  onRename: (title: string) => void
  onOpenMetrics: () => void
}) {
  const t = useGridT()
  const fallback = t('untitledStage', { number: index + 1 })
  const areMetricsEditable = canEdit && !isEditingTitle
  const hasChipRow = stage.metrics.length > 0 || (areMetricsEditable && hasControls)
  // Title lines that fit above the chip row (or in the whole header without one); the full title is its tooltip.
  const titleLines = Math.max(1, Math.floor((height - HEADER_PADDING - (hasChipRow ? CHIP_ROW : 0)) / TITLE_LINE))
  return (
    <div className="cx-grid__stage" style={{ left: x, top: 0, width: stage.w, height }}>
      <div className="cx-grid__stage-head">
        <span className="cx-grid__stage-number">{index + 1}</span>
        {isEditingTitle ? (
          <InlineTitleInput value={stage.title} label={fallback} onCommit={onRename} />
        ) : (
          <span
            className={`cx-grid__stage-title${stage.title ? '' : ' cx-grid__stage-title--empty'}`}
            title={stage.title || fallback}
            style={{ WebkitLineClamp: titleLines }}
          >
            {stage.title || fallback}
          </span>
        )}
      </div>
      <div
        className={`cx-grid__metrics${areMetricsEditable ? ' cx-grid__metrics--editable' : ''}`}
        title={areMetricsEditable ? t('editMetrics') : undefined}
        onPointerDown={areMetricsEditable ? (event) => event.stopPropagation() : undefined}
        onClick={areMetricsEditable ? onOpenMetrics : undefined}
      >
        {stage.metrics.map((metric) => (
          <MetricChip key={metric.id} metric={metric} />
        ))}
        {areMetricsEditable && hasControls && stage.metrics.length === 0 && (
          <span className="cx-grid__chip cx-grid__chip--add">+ {t('metrics')}</span>
        )}
      </div>
    </div>
  )
}

function MetricChip({ metric }: { metric: StageMetric }) {
  const locale = useLocaleStore(selectLocale)
  const format = (value: number | null) => formatMetricValue(value, locale)
  const name = getMetricName(metric)
  return (
    <span className="cx-grid__chip" title={`${name}: ${format(metric.current)} → ${format(metric.target)}`}>
      <span className="cx-grid__chip-kind">{name}</span>
      <span className="cx-grid__chip-values">
        {format(metric.current)} → <span className="cx-grid__chip-target">{format(metric.target)}</span>
      </span>
    </span>
  )
}
