/** A rectangle in viewport pixels. */
export interface ScreenRect {
  x: number
  y: number
  w: number
  h: number
}

/** Screen px between the selection and the floating button. */
export const FLOAT_GAP = 10

/**
 * Where a floating button of `size` goes next to the selection, like tldraw's selection toolbar: outside the
 * selection, above it first, then below, right and left, each centred and then aligned to either end; the first
 * place inside the viewport (below `topInset`, which the app's bars cover, and off the panels over the canvas in
 * `viewport.chrome`: toolbars, palettes) that touches no obstacle (other cards and their controls) wins, else the
 * place in the viewport that covers the least of them.
 */
export function placeFloatingButton(
  selection: ScreenRect,
  size: { w: number; h: number },
  obstacles: readonly ScreenRect[],
  viewport: { w: number; h: number; topInset: number; chrome?: readonly ScreenRect[] },
): { x: number; y: number } {
  const candidates = candidatePlaces(selection, size)
  const fits = (rect: ScreenRect) =>
    rect.x >= 0 &&
    rect.y >= viewport.topInset &&
    rect.x + rect.w <= viewport.w &&
    rect.y + rect.h <= viewport.h &&
    !(viewport.chrome ?? []).some((panel) => overlapArea(rect, panel) > 0)
  let best: { rect: ScreenRect; covered: number } | null = null
  for (const rect of candidates) {
    if (!fits(rect)) continue
    const covered = obstacles.reduce((sum, obstacle) => sum + overlapArea(rect, obstacle), 0)
    if (covered === 0) return { x: rect.x, y: rect.y }
    if (!best || covered < best.covered) best = { rect, covered }
  }
  const fallback = best?.rect ?? candidates[0]!
  return {
    x: clamp(fallback.x, 0, Math.max(0, viewport.w - size.w)),
    y: clamp(fallback.y, viewport.topInset, Math.max(viewport.topInset, viewport.h - size.h)),
  }
}

function candidatePlaces(s: ScreenRect, size: { w: number; h: number }): ScreenRect[] {
  const above = s.y - FLOAT_GAP - size.h
  const below = s.y + s.h + FLOAT_GAP
  const right = s.x + s.w + FLOAT_GAP
  const left = s.x - FLOAT_GAP - size.w
  const xs = [s.x + s.w / 2 - size.w / 2, s.x, s.x + s.w - size.w]
  const ys = [s.y + s.h / 2 - size.h / 2, s.y, s.y + s.h - size.h]
  const rect = (x: number, y: number) => ({ x: Math.round(x), y: Math.round(y), w: size.w, h: size.h })
  return [
    ...xs.map((x) => rect(x, above)),
    ...xs.map((x) => rect(x, below)),
    ...ys.map((y) => rect(right, y)),
    ...ys.map((y) => rect(left, y)),
  ]
}

/** Area two rectangles share (0 when they only touch). */
export function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
