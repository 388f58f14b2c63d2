import type { JourneyStage, StageMetric } from '@cxmap/shared'
import { useUiLocale } from '../../i18n/useUiLocale.ts'
import { useBoardDepartments } from '../departments/DepartmentsContext.tsx'
import { InlineTitleInput } from './InlineTitleInput.tsx'
import { formatMetricValue, getMetricName } from './metricForm.ts'
import { useGridT } from './strings.ts'
import { fitTitle, measureTitleText } from './titleFit.ts'

// Page units of the header's parts (see grid.css): vertical padding, the chip row with its gap, the title's line
// height (em), the width beside the title (paddings, number, gap) and the title's font sizes.
const HEADER_PADDING = 18
const CHIP_ROW = 30
const TITLE_LINE_EM = 1.25
const TITLE_INSET_W = 62
const TITLE_FONT = 19
const TITLE_MIN_FONT = 13

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
  const locale = useBoardDepartments()?.locale
  // The title wraps onto the lines above the chip row (or the whole header without one), then shrinks; what still
  // does not fit ends in an ellipsis, with the full title as its tooltip.
  const titleHeight = height - HEADER_PADDING - (hasChipRow ? CHIP_ROW : 0)
  const lines = Math.max(1, Math.floor(titleHeight / (TITLE_FONT * TITLE_LINE_EM)))
  const fit = fitTitle(
    stage.title || fallback,
    {
      width: stage.w - TITLE_INSET_W,
      lines,
      fontSize: TITLE_FONT,
      minFontSize: TITLE_MIN_FONT,
    },
    measureTitleText,
  )
  const titleLines = Math.max(1, Math.floor(titleHeight / (fit.fontSize * TITLE_LINE_EM)))
  return (
    <div className="cx-grid__stage" lang={locale} style={{ left: x, top: 0, width: stage.w, height }}>
      <div className="cx-grid__stage-head">
        <span className="cx-grid__stage-number">{index + 1}</span>
        {isEditingTitle ? (
          <InlineTitleInput value={stage.title} label={fallback} onCommit={onRename} />
        ) : (
          <span
            className={`cx-grid__stage-title${stage.title ? '' : ' cx-grid__stage-title--empty'}${
              fit.mustBreakWords ? ' cx-grid__title--break' : ''
            }`}
            title={stage.title || fallback}
            style={{ WebkitLineClamp: titleLines, fontSize: fit.fontSize }}
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
  const locale = useUiLocale()
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
