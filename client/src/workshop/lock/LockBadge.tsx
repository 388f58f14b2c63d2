/** Tells participants the grids are locked (being built). */
export function LockBadge() {
  return null
}
