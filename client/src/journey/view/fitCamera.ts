/** A rectangle: page units for content, screen pixels for a viewport. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** How much of each edge of a viewport our panels and tldraw's toolbars cover, in screen pixels. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

/** No edge covered. */
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 }

/** A tldraw camera: the page point at the viewport's top-left is `(-x, -y)`, `z` screen pixels per page unit. */
export interface Camera {
  x: number
  y: number
  z: number
}

/**
 * The camera that shows all of `bounds` as large as it fits into the part of a `viewport` (w×h screen pixels) the
 * insets leave free, centred there, with the zoom kept within `[minZoom, maxZoom]`. Used to fit the journey grids on
 * first view and to fit a leader's view on a follower's screen of any size (their view's page bounds, not their zoom).
 */
export function fitCamera(
  bounds: Rect,
  viewport: { w: number; h: number },
  insets: Insets = NO_INSETS,
  { minZoom = 0.05, maxZoom = 8 }: { minZoom?: number; maxZoom?: number } = {},
): Camera {
  // A panel wider than the viewport would leave nothing: keep at least a quarter of each side free.
  const freeW = Math.max(viewport.w - insets.left - insets.right, viewport.w / 4)
  const freeH = Math.max(viewport.h - insets.top - insets.bottom, viewport.h / 4)
  const fit = Math.min(freeW / Math.max(bounds.w, 1), freeH / Math.max(bounds.h, 1))
  const z = Math.min(Math.max(fit, minZoom), maxZoom)
  const centreX = Math.min(insets.left, viewport.w - freeW) + freeW / 2
  const centreY = Math.min(insets.top, viewport.h - freeH) + freeH / 2
  return { x: centreX / z - (bounds.x + bounds.w / 2), y: centreY / z - (bounds.y + bounds.h / 2), z }
}

/** The page rectangle a camera shows in a viewport of w×h screen pixels. */
export function viewPageBounds(camera: Camera, viewport: { w: number; h: number }): Rect {
  return { x: -camera.x, y: -camera.y, w: viewport.w / camera.z, h: viewport.h / camera.z }
}
