import type { CardKind } from '@cxmap/shared'
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react'
import type { Editor } from 'tldraw'

/** Screen distance a press must travel before it is a drag rather than a click, in CSS pixels. */
const DRAG_THRESHOLD_PX = 5

/** A palette button being dragged: which kind, and where the pointer is on screen. */
export interface PaletteDrag {
  kind: CardKind
  clientX: number
  clientY: number
}

interface PressState {
  kind: CardKind
  pointerId: number
  startX: number
  startY: number
  isDragging: boolean
}

/**
 * Drag from a palette button onto the canvas. Pointer events rather than HTML drag and drop: tldraw handles drops of
 * its own (files, text, URLs), and a pointer drag shows the card under the finger on touch screens too.
 * `onDrop` gets the page point where the card was let go over the canvas. A press that never moved is a click, left
 * to the button's onClick (which keyboard users reach too); `shouldIgnoreClick` tells it to skip the click that
 * follows a drag.
 */
export function usePaletteDrag(editor: Editor, onDrop: (kind: CardKind, point: { x: number; y: number }) => void) {
  const [drag, setDrag] = useState<PaletteDrag | null>(null)
  const press = useRef<PressState | null>(null)
  const justDragged = useRef(false)

  const handlePointerDown = useCallback((kind: CardKind, event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return
    event.stopPropagation()
    press.current = {
      kind,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      isDragging: false,
    }
    justDragged.current = false
  }, [])

  useEffect(() => {
    const handleMove = (event: PointerEvent) => {
      const current = press.current
      if (!current || event.pointerId !== current.pointerId) return
      const distance = Math.hypot(event.clientX - current.startX, event.clientY - current.startY)
      if (!current.isDragging && distance < DRAG_THRESHOLD_PX) return
      current.isDragging = true
      setDrag({ kind: current.kind, clientX: event.clientX, clientY: event.clientY })
    }
    const handleUp = (event: PointerEvent) => {
      const current = press.current
      if (!current || event.pointerId !== current.pointerId) return
      press.current = null
      if (!current.isDragging) return
      justDragged.current = true
      setDrag(null)
      if (isOverCanvas(editor, event.clientX, event.clientY)) {
        onDrop(current.kind, editor.screenToPage({ x: event.clientX, y: event.clientY }))
      }
    }
    const handleCancel = () => {
      press.current = null
      setDrag(null)
    }
    window.addEventListener('pointermove', handleMove)
    window.addEventListener('pointerup', handleUp)
    window.addEventListener('pointercancel', handleCancel)
    return () => {
      window.removeEventListener('pointermove', handleMove)
      window.removeEventListener('pointerup', handleUp)
      window.removeEventListener('pointercancel', handleCancel)
    }
  }, [editor, onDrop])

  const shouldIgnoreClick = useCallback(() => {
    const ignore = justDragged.current
    justDragged.current = false
    return ignore
  }, [])

  return { drag, handlePointerDown, shouldIgnoreClick }
}

// Over the canvas itself, not over tldraw's panels or ours that float above it (those are outside `.tl-canvas`).
function isOverCanvas(editor: Editor, clientX: number, clientY: number): boolean {
  const container = editor.getContainer()
  const target = container.ownerDocument.elementFromPoint(clientX, clientY)
  return !!target && container.contains(target) && !!target.closest('.tl-canvas')
}
