import { useEffect, useRef, type ReactNode } from 'react'
import { EditorPortal, useEditor, useValue, type TLShapeId } from 'tldraw'
import './gridPanels.css'

// Above the canvas and tldraw's panels (300), level with its menus' layer (400).
const POPOVER_Z_INDEX = 400

/**
 * A panel next to a part of the grid. It is portalled out of the canvas (the grid is a backdrop, so anything drawn
 * inside it lies under the cards) and follows the camera, at screen size. Pointer and key events stay in it, so
 * tldraw neither starts a selection under it nor runs shortcuts while someone types in it.
 */
export function GridPopover({
  gridId,
  x,
  y,
  label,
  onClose,
  children,
}: {
  gridId: TLShapeId
  /** Anchor in grid space. */
  x: number
  y: number
  label: string
  onClose: () => void
  children: ReactNode
}) {
  const editor = useEditor()
  const position = useValue(
    'cx-grid popover position',
    () => {
      const grid = editor.getShape(gridId)
      const point = editor.pageToViewport({ x: (grid?.x ?? 0) + x, y: (grid?.y ?? 0) + y })
      return { left: Math.round(point.x), top: Math.round(point.y) }
    },
    [editor, gridId, x, y],
  )
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('input, select, button')?.focus()
  }, [])

  return (
    <EditorPortal>
      <div
        ref={rootRef}
        role="dialog"
        aria-label={label}
        className="cx-grid cx-grid__popover"
        style={{ ...position, zIndex: POPOVER_Z_INDEX }}
        onPointerDown={(event) => event.stopPropagation()}
        onPointerUp={(event) => event.stopPropagation()}
        onPointerMove={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onWheel={(event) => event.stopPropagation()}
        onKeyUp={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Escape') onClose()
        }}
      >
        {children}
      </div>
    </EditorPortal>
  )
}
