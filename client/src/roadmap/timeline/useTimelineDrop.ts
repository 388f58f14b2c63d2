import { updateInitiative, type Initiative } from '@cxmap/shared'
import { useState, type DragEvent, type RefObject } from 'react'
import type * as Y from 'yjs'
import { INITIATIVE_DRAG_TYPE } from './TimelineBar'
import { findColumnAt, horizonForColumn, isHorizonChange, type TimelineColumn } from './timelineModel'

/**
 * Dragging a bar to another column of the grid sets the initiative's horizon to that quarter (or none). Columns are
 * found by their headers (`[data-column]`), so a drop anywhere below a header counts, between bars included.
 */
export function useTimelineDrop(
  doc: Y.Doc,
  gridRef: RefObject<HTMLElement | null>,
  columns: readonly TimelineColumn[],
  byId: ReadonlyMap<string, Initiative>,
) {
  const [draggedId, setDraggedId] = useState<string | null>(null)
  const [dropColumn, setDropColumn] = useState<number | null>(null)

  const columnAt = (clientX: number) => {
    const headers = gridRef.current?.querySelectorAll<HTMLElement>('[data-column]') ?? []
    const spans = [...headers].map((header) => {
      const rect = header.getBoundingClientRect()
      return { left: rect.left, right: rect.right }
    })
    return findColumnAt(clientX, spans)
  }
  const endDrag = () => {
    setDraggedId(null)
    setDropColumn(null)
  }

  return {
    draggedId,
    dropColumn,
    startDrag: setDraggedId,
    endDrag,
    handleDragOver: (event: DragEvent) => {
      if (!draggedId) return
      const column = columnAt(event.clientX)
      if (column === null) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'move'
      setDropColumn(column)
    },
    handleDrop: (event: DragEvent) => {
      const id = draggedId ?? event.dataTransfer.getData(INITIATIVE_DRAG_TYPE)
      const column = columnAt(event.clientX)
      const target = column === null ? undefined : columns[column]
      const initiative = byId.get(id)
      endDrag()
      if (!initiative || target === undefined) return
      event.preventDefault()
      if (isHorizonChange(initiative.horizon, target)) updateInitiative(doc, id, { horizon: horizonForColumn(target) })
    },
    handleDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropColumn(null)
    },
  }
}
