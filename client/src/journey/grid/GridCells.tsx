import type { JourneyGridProps } from '@cxmap/shared'
import type { CellTint } from './HeatMapLayer.tsx'

/** The cells: borders, the lane's prompt in empty cells, and the heat map's tint (pain or opportunity) when it is on. */
export function GridCells({
  props,
  stageOffsets,
  laneOffsets,
  counts,
  tint,
}: {
  props: JourneyGridProps
  stageOffsets: number[]
  laneOffsets: number[]
  counts: number[][]
  tint: CellTint | null
}) {
  return props.lanes.map((lane, laneIndex) =>
    props.stages.map((stage, stageIndex) => {
      const count = counts[laneIndex]?.[stageIndex] ?? 0
      const value = tint?.valueAt(laneIndex, stageIndex) ?? 0
      return (
        <div
          key={`${lane.id}:${stage.id}`}
          className="cx-grid__cell"
          data-testid="grid-cell"
          data-stage-id={stage.id}
          data-lane-id={lane.id}
          data-heat={tint?.layer === 'pain' ? value : undefined}
          data-opportunity={tint?.layer === 'opportunity' ? value : undefined}
          style={{
            left: stageOffsets[stageIndex],
            top: laneOffsets[laneIndex],
            width: stage.w,
            height: lane.h,
            background: tint?.colorAt(laneIndex, stageIndex) || undefined,
          }}
        >
          {count === 0 && lane.prompt && <div className="cx-grid__prompt">{lane.prompt}</div>}
        </div>
      )
    }),
  )
}
