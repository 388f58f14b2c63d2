import type { JourneyGridProps } from '@cxmap/shared'
import { getLaneOffsets, getStageOffsets } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { DeleteSpanConfirm } from './DeleteSpanConfirm.tsx'
import { LaneSettingsPopover } from './LaneSettingsPopover.tsx'
import { MetricsPopover } from './MetricsPopover.tsx'
import { deleteLane, deleteStage, setLaneSettings, setStageMetrics } from './gridActions.ts'
import { countCardsInLane, countCardsInStage, getGrid } from './gridCards.ts'
import { useGridUiStore, type GridPopover } from './gridUiStore.ts'
import { useGridT } from './strings.ts'

/** The open popover of a grid (metrics of a stage, lane settings, a delete confirmation), next to what it is about. */
export function GridPopoverHost({
  editor,
  gridId,
  props,
  popover,
}: {
  editor: Editor
  gridId: TLShapeId
  props: JourneyGridProps
  popover: GridPopover
}) {
  const t = useGridT()
  const close = useGridUiStore((state) => state.closePopover)
  const grid = getGrid(editor, gridId)
  if (!grid) return null

  if (popover.type === 'metrics' || popover.type === 'deleteStage') {
    const index = props.stages.findIndex((stage) => stage.id === popover.stageId)
    const stage = props.stages[index]
    if (!stage) return null
    const x = getStageOffsets(props)[index] ?? 0
    const title = stage.title || t('untitledStage', { number: index + 1 })
    if (popover.type === 'metrics') {
      return (
        <MetricsPopover
          gridId={gridId}
          x={x}
          y={props.headerH + 8}
          stage={stage}
          stageTitle={title}
          onClose={close}
          onSave={(metrics) => {
            setStageMetrics(editor, gridId, stage.id, metrics)
            close()
          }}
        />
      )
    }
    return (
      <DeleteSpanConfirm
        gridId={gridId}
        x={x}
        y={props.headerH + 8}
        kind="stage"
        title={title}
        cardCount={countCardsInStage(editor, grid, index)}
        onClose={close}
        onConfirm={() => {
          deleteStage(editor, gridId, stage.id)
          close()
        }}
      />
    )
  }

  const index = props.lanes.findIndex((lane) => lane.id === popover.laneId)
  const lane = props.lanes[index]
  if (!lane) return null
  const laneTitle = lane.title || t('untitledLane', { number: index + 1 })
  if (popover.type === 'laneSettings') {
    return (
      <LaneSettingsPopover
        gridId={gridId}
        x={props.headerW + 8}
        y={getLaneOffsets(props)[index] ?? 0}
        lane={lane}
        laneTitle={laneTitle}
        onClose={close}
        onSave={(settings) => {
          setLaneSettings(editor, gridId, lane.id, settings)
          close()
        }}
      />
    )
  }
  return (
    <DeleteSpanConfirm
      gridId={gridId}
      x={props.headerW + 8}
      y={getLaneOffsets(props)[index] ?? 0}
      kind="lane"
      title={laneTitle}
      cardCount={countCardsInLane(editor, grid, index)}
      onClose={close}
      onConfirm={() => {
        deleteLane(editor, gridId, lane.id)
        close()
      }}
    />
  )
}
