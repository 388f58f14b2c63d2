import { useEffect, useState, type RefObject } from 'react'
import type { Editor } from 'tldraw'

/** Gap between tldraw's toolbar and the reactions button (px). */
const GAP_PX = 8

/** Where the control goes: left and bottom in its positioned parent's box (px), or null to keep the CSS default. */
export interface ToolbarAnchor {
  left: number
  bottom: number
}

/**
 * Places the element just right of tldraw's main toolbar, bottom-aligned with it, following the toolbar as it
 * resizes (tldraw folds tools away on narrow screens); null when there is no horizontal toolbar to sit beside.
 */
export function useToolbarAnchor(editor: Editor, element: RefObject<HTMLElement | null>): ToolbarAnchor | null {
  const [anchor, setAnchor] = useState<ToolbarAnchor | null>(null)
  useEffect(() => {
    const container = editor.getContainer()
    const measure = () => {
      const toolbar = container.querySelector('.tlui-main-toolbar--horizontal .tlui-main-toolbar__inner')
      const parent = element.current?.offsetParent
      if (!toolbar || !parent) return setAnchor(null)
      const bar = toolbar.getBoundingClientRect()
      const box = parent.getBoundingClientRect()
      const next = { left: Math.round(bar.right - box.left + GAP_PX), bottom: Math.round(box.bottom - bar.bottom) }
      setAnchor((current) => (current?.left === next.left && current.bottom === next.bottom ? current : next))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(container)
    const toolbar = container.querySelector('.tlui-main-toolbar__inner')
    if (toolbar) observer.observe(toolbar)
    return () => observer.disconnect()
  }, [editor, element])
  return anchor
}
