import { atom, type Atom, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import type { JourneyGridShape } from './gridProps.ts'

// The workshop's "lock the frame" as seen by this editor: set by the workshop (client/src/workshop/lock/) for
// participants while the facilitator has locked the grids, never for the facilitator. An atom, so grid UI re-renders.
const workshopLocks = new WeakMap<Editor, Atom<boolean>>()

function getLockAtom(editor: Editor): Atom<boolean> {
  let lock = workshopLocks.get(editor)
  if (!lock) workshopLocks.set(editor, (lock = atom('cx-grid workshop lock', false)))
  return lock
}

/** Locks (or unlocks) the structure and position of every grid for this editor's user (the workshop frame lock). */
export function setGridsLockedByWorkshop(editor: Editor, isLocked: boolean): void {
  getLockAtom(editor).set(isLocked)
}

/** Whether the facilitator's frame lock applies to this editor's user; reactive. */
export function areGridsLockedByWorkshop(editor: Editor): boolean {
  return getLockAtom(editor).get()
}

/**
 * Whether this user may not change the grid's structure (stages, lanes, title, metrics, settings): the board is
 * read-only, the grid is locked in tldraw, or the workshop's frame lock is on for them. Reactive.
 */
export function isGridStructureLocked(editor: Editor, grid: TLShape | TLShapeId): boolean {
  return editor.getIsReadonly() || editor.isShapeOrAncestorLocked(grid) || areGridsLockedByWorkshop(editor)
}

/**
 * Whether `next` only grows lanes of `prev` (same position, stages, lanes in the same order with the same content,
 * some taller): what `fitLanesToCards` does when a card is added or grows, which the frame lock must let through.
 */
export function isLaneGrowthOnly(prev: JourneyGridShape, next: JourneyGridShape): boolean {
  if (prev.x !== next.x || prev.y !== next.y || prev.rotation !== next.rotation || prev.parentId !== next.parentId)
    return false
  const { lanes: prevLanes, ...prevRest } = prev.props
  const { lanes: nextLanes, ...nextRest } = next.props
  if (JSON.stringify(prevRest) !== JSON.stringify(nextRest) || prevLanes.length !== nextLanes.length) return false
  return prevLanes.every((lane, i) => {
    const other = nextLanes[i]
    return (
      other !== undefined &&
      other.h >= lane.h &&
      JSON.stringify({ ...lane, h: 0 }) === JSON.stringify({ ...other, h: 0 })
    )
  })
}
