import { getGridHeight, getGridWidth, type JourneyGridProps } from '@cxmap/shared'
import type { PointerEvent as ReactPointerEvent } from 'react'
import { GridIcon } from './GridIcons.tsx'
import { useGridT } from './strings.ts'

const BUTTON = 28
const stop = (event: ReactPointerEvent) => event.stopPropagation()

/** Width of a row of `count` span buttons plus the margin to the header's edge. */
const buttonsWidth = (count: number) => count * BUTTON + (count - 1) * 4 + 8

/** Structure controls shown on a selected grid to people who may edit it: add, insert, drag, delete, lane settings. */
export function GridControls({
  props,
  stageOffsets,
  laneOffsets,
  hoveredStage,
  hoveredLane,
  onInsertStage,
  onInsertLane,
  onDeleteStage,
  onDeleteLane,
  onOpenLaneSettings,
  onStartDrag,
}: {
  props: JourneyGridProps
  stageOffsets: number[]
  laneOffsets: number[]
  /** The stage and lane whose header is under the pointer: only they show their drag and delete buttons. */
  hoveredStage: number
  hoveredLane: number
  onInsertStage: (atIndex: number) => void
  onInsertLane: (atIndex: number) => void
  onDeleteStage: (index: number) => void
  onDeleteLane: (index: number) => void
  onOpenLaneSettings: (index: number) => void
  onStartDrag: (kind: 'stage' | 'lane', index: number, event: ReactPointerEvent<HTMLElement>) => void
}) {
  const t = useGridT()
  const width = getGridWidth(props)
  const height = getGridHeight(props)
  const canDeleteStage = props.stages.length > 1
  const canDeleteLane = props.lanes.length > 1
  return (
    <>
      {props.stages.map((stage, i) => {
        const right = (stageOffsets[i] ?? 0) + stage.w
        return (
          <div key={stage.id}>
            {i === hoveredStage && (
              <SpanButtons
                x={right - buttonsWidth(canDeleteStage ? 2 : 1)}
                y={8}
                dragLabel={t('dragStage')}
                deleteLabel={canDeleteStage ? t('deleteStage') : null}
                onStartDrag={(event) => onStartDrag('stage', i, event)}
                onDelete={() => onDeleteStage(i)}
              />
            )}
            {i > 0 && (
              <InsertButton
                x={stageOffsets[i] ?? 0}
                y={props.headerH}
                label={t('insertStageHere')}
                onClick={() => onInsertStage(i)}
              />
            )}
          </div>
        )
      })}
      {props.lanes.map((lane, i) => {
        const bottom = (laneOffsets[i] ?? 0) + lane.h
        return (
          <div key={lane.id}>
            {i === hoveredLane && (
              <SpanButtons
                x={props.headerW - buttonsWidth(canDeleteLane ? 3 : 2)}
                y={bottom - BUTTON - 8}
                settings={{
                  label: t('laneSettings'),
                  testId: `lane-settings-${lane.id}`,
                  onClick: () => onOpenLaneSettings(i),
                }}
                dragLabel={t('dragLane')}
                deleteLabel={canDeleteLane ? t('deleteLane') : null}
                onStartDrag={(event) => onStartDrag('lane', i, event)}
                onDelete={() => onDeleteLane(i)}
              />
            )}
            {i > 0 && (
              <InsertButton
                x={props.headerW}
                y={laneOffsets[i] ?? 0}
                label={t('insertLaneHere')}
                onClick={() => onInsertLane(i)}
              />
            )}
          </div>
        )
      })}
      <button
        type="button"
        className="cx-grid__add"
        data-testid="grid-add-stage"
        style={{ left: width + 16, top: 0, width: 132, height: props.headerH, flexDirection: 'column' }}
        onPointerDown={stop}
        onClick={() => onInsertStage(props.stages.length)}
      >
        <GridIcon name="plus" size={22} />
        {t('addStage')}
      </button>
      <button
        type="button"
        className="cx-grid__add"
        data-testid="grid-add-lane"
        style={{ left: 0, top: height + 16, width: props.headerW, height: 56 }}
        onPointerDown={stop}
        onClick={() => onInsertLane(props.lanes.length)}
      >
        <GridIcon name="plus" size={22} />
        {t('addLane')}
      </button>
    </>
  )
}

function InsertButton({ x, y, label, onClick }: { x: number; y: number; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="cx-grid__button cx-grid__button--round"
      style={{ left: x - BUTTON / 2, top: y - BUTTON / 2 }}
      title={label}
      aria-label={label}
      onPointerDown={stop}
      onClick={onClick}
    >
      <GridIcon name="plus" />
    </button>
  )
}

function SpanButtons({
  x,
  y,
  dragLabel,
  deleteLabel,
  settings,
  onStartDrag,
  onDelete,
}: {
  x: number
  y: number
  dragLabel: string
  deleteLabel: string | null
  /** A settings button before the grip (lanes). */
  settings?: { label: string; testId: string; onClick: () => void }
  onStartDrag: (event: ReactPointerEvent<HTMLElement>) => void
  onDelete: () => void
}) {
  const gripX = settings ? x + BUTTON + 4 : x
  return (
    <>
      {settings && (
        <button
          type="button"
          className="cx-grid__button"
          data-testid={settings.testId}
          style={{ left: x, top: y }}
          title={settings.label}
          aria-label={settings.label}
          onPointerDown={stop}
          onClick={settings.onClick}
        >
          <GridIcon name="settings" />
        </button>
      )}
      <button
        type="button"
        className="cx-grid__button cx-grid__button--grip"
        style={{ left: gripX, top: y }}
        title={dragLabel}
        aria-label={dragLabel}
        onPointerDown={onStartDrag}
      >
        <GridIcon name="grip" />
      </button>
      {deleteLabel && (
        <button
          type="button"
          className="cx-grid__button cx-grid__button--danger"
          style={{ left: gripX + BUTTON + 4, top: y }}
          title={deleteLabel}
          aria-label={deleteLabel}
          onPointerDown={stop}
          onClick={onDelete}
        >
          <GridIcon name="trash" />
        </button>
      )}
    </>
  )
}
