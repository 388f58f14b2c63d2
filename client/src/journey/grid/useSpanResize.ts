import { getLaneOffsets, getStageOffsets } from '@cxmap/shared'
import { useCallback, useState, type PointerEvent as ReactPointerEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { setLaneHeight, setStageWidth } from './gridActions.ts'
import { getGrid, listCardsOnGrid } from './gridCards.ts'
import { LANE_FIT_PADDING, LANE_MIN_H, STAGE_MIN_W } from './gridLayout.ts'
import type { JourneyGridShape } from './gridProps.ts'

/** A stage or lane being resized by its right or bottom border. */
export interface SpanResize {
  kind: 'stage' | 'lane'
  index: number
  /** Where the span starts, in grid space (x for stages, y for lanes). */
  start: number
  /** Its size while dragging (the preview). */
  size: number
}

/**
 * The smallest size a stage or lane can be dragged to: the minimum, or what its cards need (their right or bottom
 * edge plus padding), but never more than its current size, so grabbing a border never makes the span jump.
 */
export function getSpanMinSize(editor: Editor, grid: JourneyGridShape, kind: SpanResize['kind'], index: number) {
  const { props } = grid
  const isStage = kind === 'stage'
  const start = (isStage ? getStageOffsets(props) : getLaneOffsets(props))[index] ?? 0
  const current = (isStage ? props.stages[index]?.w : props.lanes[index]?.h) ?? 0
  let needed = 0
  for (const card of listCardsOnGrid(editor, grid)) {
    if (card.stageIndex === -1 || card.laneIndex === -1) continue
    if ((isStage ? card.stageIndex : card.laneIndex) !== index) continue
    needed = Math.max(needed, Math.ceil((isStage ? card.right : card.bottom) + LANE_FIT_PADDING - start))
  }
  return Math.max(isStage ? STAGE_MIN_W : LANE_MIN_H, Math.min(current, needed))
}

/**
 * Resizing stages and lanes by dragging a border: the handle captures the pointer, tldraw sees none of it, the grid
 * shows a preview, and the release sets the size once, moving the cards after it in the same undoable step.
 * Escape or a cancelled pointer leaves the size as it was.
 */
export function useSpanResize(editor: Editor, gridId: TLShapeId) {
  const [resize, setResize] = useState<SpanResize | null>(null)

  const startResize = useCallback(
    (kind: SpanResize['kind'], index: number, event: ReactPointerEvent<HTMLElement>) => {
      const grid = getGrid(editor, gridId)
      const span = kind === 'stage' ? grid?.props.stages[index] : grid?.props.lanes[index]
      if (!grid || !span || event.button !== 0) return
      event.stopPropagation()
      event.preventDefault()
      const target = event.currentTarget
      target.setPointerCapture(event.pointerId)
      const isStage = kind === 'stage'
      const start = (isStage ? getStageOffsets(grid.props) : getLaneOffsets(grid.props))[index] ?? 0
      const initial = 'w' in span ? span.w : span.h
      const min = getSpanMinSize(editor, grid, kind, index)
      const toGrid = (e: { clientX: number; clientY: number }) => {
        const point = editor.screenToPage({ x: e.clientX, y: e.clientY })
        return isStage ? point.x - grid.x : point.y - grid.y
      }
      const grab = toGrid(event) - (start + initial)
      let current: SpanResize = { kind, index, start, size: initial }
      setResize(current)

      const handleMove = (e: PointerEvent) => {
        e.stopPropagation()
        current = { ...current, size: Math.max(min, Math.round(toGrid(e) - grab - start)) }
        setResize(current)
      }
      const finish = (e: { pointerId?: number; stopPropagation: () => void }, isCommit: boolean) => {
        e.stopPropagation()
        target.removeEventListener('pointermove', handleMove)
        target.removeEventListener('pointerup', handleUp)
        target.removeEventListener('pointercancel', handleCancel)
        window.removeEventListener('keydown', handleKey, true)
        if (e.pointerId !== undefined && target.hasPointerCapture(e.pointerId))
          target.releasePointerCapture(e.pointerId)
        else if (target.hasPointerCapture(event.pointerId)) target.releasePointerCapture(event.pointerId)
        setResize(null)
        if (!isCommit || current.size === initial) return
        if (isStage) setStageWidth(editor, gridId, span.id, current.size)
        else setLaneHeight(editor, gridId, span.id, current.size)
      }
      const handleUp = (e: PointerEvent) => finish(e, true)
      const handleCancel = (e: PointerEvent) => finish(e, false)
      const handleKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') finish(e, false)
      }
      target.addEventListener('pointermove', handleMove)
      target.addEventListener('pointerup', handleUp)
      target.addEventListener('pointercancel', handleCancel)
      window.addEventListener('keydown', handleKey, true)
    },
    [editor, gridId],
  )

  return { resize, startResize }
}
