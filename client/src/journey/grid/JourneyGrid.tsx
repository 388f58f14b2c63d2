import { getGridHeight, getGridWidth, getLaneOffsets, getStageOffsets } from '@cxmap/shared'
import { useEffect, useRef } from 'react'
import { useEditor, useQuickReactor, useValue } from 'tldraw'
import { EmotionCurves } from './EmotionCurve.tsx'
import { GridCells } from './GridCells.tsx'
import { GridControls } from './GridControls.tsx'
import { GridPopoverHost } from './GridPopoverHost.tsx'
import { GridPersonas } from '../personas/GridPersonas.tsx'
import { usePersonaLines } from '../personas/usePersonaLines.ts'
import { InlineTitleInput } from './InlineTitleInput.tsx'
import { LaneHeader } from './LaneHeader.tsx'
import { SpanPreview } from './SpanPreview.tsx'
import { SpanResizeHandles } from './SpanResizeHandles.tsx'
import { StageHeader } from './StageHeader.tsx'
import { deleteLane, deleteStage, insertLane, insertStage, renameGrid, renameLane, renameStage } from './gridActions.ts'
import { countCardsInLane, countCardsInStage, getGrid, isJourneyGrid } from './gridCards.ts'
import { getGridStats } from './gridDerived.ts'
import { isGridStructureLocked } from './gridLock.ts'
import { getGridPartAt, GRID_TITLE_BAR_H } from './gridLayout.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { useGridUiStore, type GridEditTarget } from './gridUiStore.ts'
import { StageRevenueRow, useCellTint } from './HeatMapLayer.tsx'
import { useGridT } from './strings.ts'
import { useSpanReorder } from './useSpanReorder.ts'
import { useSpanResize } from './useSpanResize.ts'

const TITLE_TARGET: GridEditTarget = { part: 'title' }

/** What the grid shape renders: title bar, stage and lane headers, cells, emotion curve, heat, controls. */
export function JourneyGrid({ shape }: { shape: JourneyGridShape }) {
  const editor = useEditor()
  const t = useGridT()
  const rootRef = useRef<HTMLDivElement>(null)
  const { id, props } = shape
  const width = getGridWidth(props)
  const height = getGridHeight(props)
  const stageOffsets = getStageOffsets(props)
  const laneOffsets = getLaneOffsets(props)

  const stats = useValue('cx-grid stats', () => getGridStats(editor, editor.getShape(id) ?? shape), [editor, id])
  const tint = useCellTint(editor, stats)
  const canEdit = useValue('cx-grid can edit', () => !isGridStructureLocked(editor, id), [editor, id])
  const isSelected = useValue('cx-grid selected', () => editor.getOnlySelectedShapeId() === id, [editor, id])
  const isEditing = useValue('cx-grid editing', () => editor.getEditingShapeId() === id, [editor, id])
  const editTarget = useGridUiStore((state) => state.editTargets[id]) ?? TITLE_TARGET
  const setEditTarget = useGridUiStore((state) => state.setEditTarget)
  const isCurveOverlayOn = useGridUiStore((state) => state.curveOverlayCount > 0)
  const personaLines = usePersonaLines(id, isCurveOverlayOn ? null : props)
  const popover = useGridUiStore((state) => (state.popover?.gridId === id ? state.popover.popover : null))
  const { openPopover, closePopover } = useGridUiStore.getState()
  const { drag, startDrag } = useSpanReorder(editor, id)
  const { resize, startResize } = useSpanResize(editor, id)
  const hasControls = isSelected && canEdit && !isEditing
  const hoveredHeader = useValue(
    'cx-grid hovered header',
    () => {
      const grid = editor.getShape(id)
      if (!hasControls || !grid || !isJourneyGrid(grid)) return ''
      const point = editor.inputs.getCurrentPagePoint()
      const part = getGridPartAt(grid.props, point.x - grid.x, point.y - grid.y)
      return part?.type === 'stage' || part?.type === 'lane' ? `${part.type}:${part.index}` : ''
    },
    [editor, id, hasControls],
  )

  // Controls keep a usable size when zoomed out; set on the element so zooming does not re-render the grid.
  useQuickReactor(
    'cx-grid ui scale',
    () => {
      const scale = Math.min(2.5, Math.max(1, 1 / editor.getZoomLevel()))
      rootRef.current?.style.setProperty('--cx-grid-ui-scale', scale.toFixed(3))
    },
    [editor],
  )

  // Enter on a selected grid edits its title, whatever was edited last.
  useEffect(() => {
    if (!isEditing && editTarget.part !== 'title') setEditTarget(id, TITLE_TARGET)
  }, [isEditing, editTarget, setEditTarget, id])

  useEffect(() => {
    if (!isSelected && popover) closePopover()
  }, [isSelected, popover, closePopover])

  const isEditingPart = (part: GridEditTarget['part'], partId?: string) =>
    isEditing && canEdit && editTarget.part === part && (!('id' in editTarget) || editTarget.id === partId)

  function startEditing(target: GridEditTarget) {
    setEditTarget(id, target)
    editor.select(id)
    editor.setEditingShape(id)
    editor.setCurrentTool('select.editing_shape')
  }

  function handleInsertStage(atIndex: number) {
    const stageId = insertStage(editor, id, atIndex, { title: t('newStage') })
    if (stageId) startEditing({ part: 'stage', id: stageId })
  }

  function handleInsertLane(atIndex: number) {
    const laneId = insertLane(editor, id, atIndex, { title: t('newLane') })
    if (laneId) startEditing({ part: 'lane', id: laneId })
  }

  function handleDeleteStage(index: number) {
    const grid = getGrid(editor, id)
    const stage = props.stages[index]
    if (!grid || !stage) return
    if (countCardsInStage(editor, grid, index) > 0) openPopover(id, { type: 'deleteStage', stageId: stage.id })
    else deleteStage(editor, id, stage.id)
  }

  function handleDeleteLane(index: number) {
    const grid = getGrid(editor, id)
    const lane = props.lanes[index]
    if (!grid || !lane) return
    if (countCardsInLane(editor, grid, index) > 0) openPopover(id, { type: 'deleteLane', laneId: lane.id })
    else deleteLane(editor, id, lane.id)
  }

  return (
    <div ref={rootRef} style={{ position: 'absolute', inset: 0 }}>
      <div className="cx-grid__frame" />
      <GridCells
        props={props}
        stageOffsets={stageOffsets}
        laneOffsets={laneOffsets}
        counts={stats.counts}
        tint={tint}
      />
      <StageRevenueRow props={props} stageOffsets={stageOffsets} stats={stats} top={height} />
      {!isCurveOverlayOn && (
        <EmotionCurves
          props={props}
          emotion={stats.emotion}
          width={width}
          height={height}
          stageLeft={props.headerW}
          personaLines={personaLines}
        />
      )}
      <div className="cx-grid__titlebar" style={{ top: -GRID_TITLE_BAR_H, width, height: GRID_TITLE_BAR_H }}>
        {isEditingPart('title') ? (
          <InlineTitleInput
            value={props.title}
            label={t('untitledGrid')}
            onCommit={(title) => renameGrid(editor, id, title)}
          />
        ) : (
          <span className={`cx-grid__title${props.title ? '' : ' cx-grid__title--empty'}`}>
            {props.title || t('untitledGrid')}
          </span>
        )}
        <GridPersonas gridId={id} personaIds={props.personaIds} canPick={hasControls} />
        <span className="cx-grid__summary">
          {t('summary', { stages: props.stages.length, lanes: props.lanes.length })}
        </span>
      </div>
      <div className="cx-grid__corner" style={{ left: 0, top: 0, width: props.headerW, height: props.headerH }} />
      {props.stages.map((stage, index) => (
        <StageHeader
          key={stage.id}
          stage={stage}
          index={index}
          x={stageOffsets[index] ?? 0}
          height={props.headerH}
          isEditingTitle={isEditingPart('stage', stage.id)}
          canEdit={canEdit}
          hasControls={hasControls}
          onRename={(title) => renameStage(editor, id, stage.id, title)}
          onOpenMetrics={() => {
            editor.select(id)
            openPopover(id, { type: 'metrics', stageId: stage.id })
          }}
        />
      ))}
      {props.lanes.map((lane, index) => (
        <LaneHeader
          key={lane.id}
          lane={lane}
          index={index}
          y={laneOffsets[index] ?? 0}
          width={props.headerW}
          isEditingTitle={isEditingPart('lane', lane.id)}
          hasControls={hasControls}
          onRename={(title) => renameLane(editor, id, lane.id, title)}
        />
      ))}
      {canEdit && !isEditing && !drag && (
        <SpanResizeHandles
          props={props}
          stageOffsets={stageOffsets}
          laneOffsets={laneOffsets}
          onStartResize={startResize}
        />
      )}
      {hasControls && (
        <GridControls
          props={props}
          stageOffsets={stageOffsets}
          laneOffsets={laneOffsets}
          hoveredStage={hoveredHeader.startsWith('stage:') ? Number(hoveredHeader.slice(6)) : -1}
          hoveredLane={hoveredHeader.startsWith('lane:') ? Number(hoveredHeader.slice(5)) : -1}
          onInsertStage={handleInsertStage}
          onInsertLane={handleInsertLane}
          onDeleteStage={handleDeleteStage}
          onDeleteLane={handleDeleteLane}
          onOpenLaneSettings={(index) => {
            const lane = props.lanes[index]
            if (lane) openPopover(id, { type: 'laneSettings', laneId: lane.id })
          }}
          onStartDrag={startDrag}
        />
      )}
      {drag && (
        <SpanPreview
          kind={drag.kind}
          start={drag.start}
          size={drag.size}
          lineAt={drag.dropAt}
          lineThickness={6}
          width={width}
          height={height}
        />
      )}
      {resize && (
        <SpanPreview
          kind={resize.kind}
          start={resize.start}
          size={resize.size}
          lineAt={resize.start + resize.size}
          lineThickness={4}
          width={width}
          height={height}
        />
      )}
      {popover && isSelected && canEdit && (
        <GridPopoverHost editor={editor} gridId={id} props={props} popover={popover} />
      )}
    </div>
  )
}
