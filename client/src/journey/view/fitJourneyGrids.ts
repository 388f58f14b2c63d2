import { JOURNEY_GRID_TYPE } from '@cxmap/shared'
import { Box, type Editor } from 'tldraw'
import { fitCamera, type Insets } from './fitCamera'

/** Room left between content and a panel's edge, in screen pixels. */
const PANEL_GAP_PX = 12

/** The panels over the canvas and the edge of it each one covers. Ours and tldraw's (its page menu is hidden). */
const PANELS: readonly { side: keyof Insets; selector: string }[] = [
  { side: 'left', selector: '.cx-palette' },
  { side: 'top', selector: '.tlui-menu-zone, .tlui-layout__top__right > *' },
  { side: 'bottom', selector: '.tlui-layout__bottom__main > *, .cx-legend-slot > *' },
]

/** How far in from each edge of the canvas our panels and tldraw's toolbars reach now, in screen pixels. */
export function readCanvasInsets(editor: Editor): Insets {
  const container = editor.getContainer()
  const canvas = container.getBoundingClientRect()
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 }
  for (const { side, selector } of PANELS) {
    for (const element of container.querySelectorAll(selector)) {
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const reach =
        side === 'left'
          ? rect.right - canvas.left
          : side === 'top'
            ? rect.bottom - canvas.top
            : side === 'bottom'
              ? canvas.bottom - rect.top
              : canvas.right - rect.left
      insets[side] = Math.max(insets[side], reach + PANEL_GAP_PX)
    }
  }
  return insets
}

/** The page bounds of every journey grid, or of every shape when the board has no grid; null on an empty page. */
export function readJourneyBounds(editor: Editor): Box | null {
  const shapes = editor.getCurrentPageShapes()
  const grids = shapes.filter((shape) => shape.type === JOURNEY_GRID_TYPE)
  const boxes = (grids.length > 0 ? grids : shapes)
    .map((shape) => editor.getShapePageBounds(shape.id))
    .filter((box): box is Box => !!box)
  return boxes.length > 0 ? Box.Common(boxes) : null
}

/**
 * Shows all the journey grids (all shapes when there is none) as large as they fit into the part of the canvas our
 * panels and tldraw's toolbars leave free, never above 100 %. Returns false when there is nothing to show.
 */
export function fitJourneyGrids(editor: Editor, { animate = false }: { animate?: boolean } = {}): boolean {
  const bounds = readJourneyBounds(editor)
  if (!bounds) return false
  const viewport = editor.getViewportScreenBounds()
  const { minZoom } = zoomLimits(editor)
  const camera = fitCamera(bounds, { w: viewport.w, h: viewport.h }, readCanvasInsets(editor), { minZoom, maxZoom: 1 })
  if (editor.getInstanceState().followingUserId) editor.stopFollowingUser()
  editor.setCamera(camera, animate ? { animation: { duration: 320 } } : undefined)
  return true
}

function zoomLimits(editor: Editor): { minZoom: number; maxZoom: number } {
  const steps = editor.getCameraOptions().zoomSteps
  return { minZoom: steps[0] ?? 0.05, maxZoom: steps[steps.length - 1] ?? 8 }
}
