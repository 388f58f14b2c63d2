import { getLaneOffsets, getStageOffsets, type JourneyGridProps } from '@cxmap/shared'
import { useCallback, useState, type PointerEvent as ReactPointerEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { moveLane, moveStage } from './gridActions.ts'
import { getGrid } from './gridCards.ts'

/** A stage or lane being dragged by its grip: where it is and where it would land. */
export interface SpanDrag {
  kind: 'stage' | 'lane'
  from: number
  to: number
  /** Start of the dragged span under the pointer, in grid space (x for stages, y for lanes). */
  start: number
  size: number
  /** Where the drop line is drawn, in grid space. */
  dropAt: number
}

function getSpans(props: JourneyGridProps, kind: SpanDrag['kind']) {
  return kind === 'stage'
    ? { offsets: getStageOffsets(props), sizes: props.stages.map((s) => s.w) }
    : { offsets: getLaneOffsets(props), sizes: props.lanes.map((l) => l.h) }
}

/** The index the dragged span would take: the number of other spans whose centre is before its centre. */
export function getDropIndex(offsets: number[], sizes: number[], from: number, start: number): number {
  const centre = start + (sizes[from] ?? 0) / 2
  let to = 0
  offsets.forEach((offset, i) => {
    if (i !== from && offset + (sizes[i] ?? 0) / 2 < centre) to++
  })
  return to
}

/**
 * Reordering stages and lanes by dragging their grips: the pointer is captured by the grip, tldraw sees none of
 * it, and the drop moves the span and its cards in one undoable step.
 */
export function useSpanReorder(editor: Editor, gridId: TLShapeId) {
  const [drag, setDrag] = useState<SpanDrag | null>(null)

  const startDrag = useCallback(
    (kind: SpanDrag['kind'], from: number, event: ReactPointerEvent<HTMLElement>) => {
      const grid = getGrid(editor, gridId)
      if (!grid || event.button !== 0) return
      event.stopPropagation()
      event.preventDefault()
      const target = event.currentTarget
      target.setPointerCapture(event.pointerId)
      const { offsets, sizes } = getSpans(grid.props, kind)
      const toGrid = (e: { clientX: number; clientY: number }) => {
        const point = editor.screenToPage({ x: e.clientX, y: e.clientY })
        return kind === 'stage' ? point.x - grid.x : point.y - grid.y
      }
      const grab = toGrid(event) - (offsets[from] ?? 0)
      const locate = (e: { clientX: number; clientY: number }): SpanDrag => {
        const start = toGrid(e) - grab
        const to = getDropIndex(offsets, sizes, from, start)
        const dropAt = to <= from ? (offsets[to] ?? 0) : (offsets[to] ?? 0) + (sizes[to] ?? 0)
        return { kind, from, to, start, size: sizes[from] ?? 0, dropAt }
      }
      let current = locate(event)
      setDrag(current)

      const handleMove = (e: PointerEvent) => {
        e.stopPropagation()
        current = locate(e)
        setDrag(current)
      }
      const finish = (e: PointerEvent, isDrop: boolean) => {
        e.stopPropagation()
        target.removeEventListener('pointermove', handleMove)
        target.removeEventListener('pointerup', handleUp)
        target.removeEventListener('pointercancel', handleCancel)
        if (target.hasPointerCapture(e.pointerId)) target.releasePointerCapture(e.pointerId)
        setDrag(null)
        if (!isDrop || current.to === current.from) return
        if (kind === 'stage') moveStage(editor, gridId, current.from, current.to)
        else moveLane(editor, gridId, current.from, current.to)
      }
      const handleUp = (e: PointerEvent) => finish(e, true)
      const handleCancel = (e: PointerEvent) => finish(e, false)
      target.addEventListener('pointermove', handleMove)
      target.addEventListener('pointerup', handleUp)
      target.addEventListener('pointercancel', handleCancel)
    },
    [editor, gridId],
  )

  return { drag, startDrag }
}
