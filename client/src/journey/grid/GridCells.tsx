import type { JourneyGridProps } from '@cxmap/shared'
import { getHeatColor } from './heatColors.ts'

/** The cells: borders, the lane's prompt in empty cells, and the heat tint when the heat map is on. */
export function GridCells({
  props,
  stageOffsets,
  laneOffsets,
  counts,
  pain,
  maxPain,
}: {
  props: JourneyGridProps
  stageOffsets: number[]
  laneOffsets: number[]
  counts: number[][]
  pain: number[][] | null
  maxPain: number
}) {
  return props.lanes.map((lane, laneIndex) =>
    props.stages.map((stage, stageIndex) => {
      const count = counts[laneIndex]?.[stageIndex] ?? 0
      const cellPain = pain?.[laneIndex]?.[stageIndex] ?? 0
      return (
        <div
          key={`${lane.id}:${stage.id}`}
          className="cx-grid__cell"
          data-testid="grid-cell"
          data-stage-id={stage.id}
          data-lane-id={lane.id}
          data-heat={pain ? cellPain : undefined}
          style={{
            left: stageOffsets[stageIndex],
            top: laneOffsets[laneIndex],
            width: stage.w,
            height: lane.h,
            background: pain && maxPain > 0 ? getHeatColor(cellPain / maxPain) : undefined,
          }}
        >
          {count === 0 && lane.prompt && <div className="cx-grid__prompt">{lane.prompt}</div>}
        </div>
      )
    }),
  )
}
