import type { JourneyGridProps } from '@cxmap/shared'
import type { PointerEvent as ReactPointerEvent } from 'react'
import { useGridT } from './strings.ts'
import type { SpanResize } from './useSpanResize.ts'

/**
 * Grab strips on the stages' right borders (in the header row) and the lanes' bottom borders (in the lane column),
 * for people who may edit the grid; dragging one resizes the stage or lane.
 */
export function SpanResizeHandles({
  props,
  stageOffsets,
  laneOffsets,
  onStartResize,
}: {
  props: JourneyGridProps
  stageOffsets: number[]
  laneOffsets: number[]
  onStartResize: (kind: SpanResize['kind'], index: number, event: ReactPointerEvent<HTMLElement>) => void
}) {
  const t = useGridT()
  return (
    <>
      {props.stages.map((stage, i) => (
        <div
          key={stage.id}
          className="cx-grid__resize cx-grid__resize--stage"
          data-testid={`stage-resize-${stage.id}`}
          style={{ left: (stageOffsets[i] ?? 0) + stage.w, top: 0, height: props.headerH }}
          title={t('resizeStage')}
          onPointerDown={(event) => onStartResize('stage', i, event)}
        />
      ))}
      {props.lanes.map((lane, i) => (
        <div
          key={lane.id}
          className="cx-grid__resize cx-grid__resize--lane"
          data-testid={`lane-resize-${lane.id}`}
          style={{ left: 0, top: (laneOffsets[i] ?? 0) + lane.h, width: props.headerW }}
          title={t('resizeLane')}
          onPointerDown={(event) => onStartResize('lane', i, event)}
        />
      ))}
    </>
  )
}
