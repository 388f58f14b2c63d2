import { isJsonEqual, isPlainObject, JOURNEY_GRID_TYPE, type DocRecord } from '@cxmap/shared'
import type { RecordChange } from './boardRecords.ts'
import { require } from './refusal.ts'

/** The close reason of a grid change refused by the facilitator's lock. */
export const GRID_LOCKED_REASON = 'the facilitator locked the grids'

/**
 * Refuses, while the grids are locked, a change to an existing grid's position, size or structure and a grid's
 * deletion — what the client's lock (client/src/workshop/lock/registerGridLock.ts) refuses for participants. Cards,
 * z-order, meta and lanes that only grow pass.
 */
export function requireGridsUnchanged(changes: readonly RecordChange[]): void {
  for (const change of changes) {
    const before = mayTouchGrid(change) ? change.readBefore() : null
    if (!before || !isGrid(before)) continue
    require(change.after && !isLockedChange(before, change.after), GRID_LOCKED_REASON)
  }
}

/** Whether a change may touch an existing grid: a deletion, a grid after it, or a retyped record. */
export function mayTouchGrid({ after, mayRetype }: RecordChange): boolean {
  return after === null || mayRetype || isGrid(after)
}

function isGrid(record: DocRecord): boolean {
  return record.typeName === 'shape' && record.type === JOURNEY_GRID_TYPE
}

function isLockedChange(prev: DocRecord, next: DocRecord): boolean {
  if (!isGrid(next)) return true
  const moved = ['x', 'y', 'rotation', 'parentId', 'isLocked'].some((key) => prev[key] !== next[key])
  return moved || !(isJsonEqual(prev.props, next.props) || isLaneGrowthOnly(prev.props, next.props))
}

/** Same props but some lanes taller (what fitting lanes to a new card does). */
function isLaneGrowthOnly(prev: unknown, next: unknown): boolean {
  if (!isPlainObject(prev) || !isPlainObject(next)) return false
  const { lanes: prevLanes, ...prevRest } = prev
  const { lanes: nextLanes, ...nextRest } = next
  if (!isJsonEqual(prevRest, nextRest) || !Array.isArray(prevLanes) || !Array.isArray(nextLanes)) return false
  if (prevLanes.length !== nextLanes.length) return false
  return prevLanes.every((lane: unknown, i) => {
    const other: unknown = nextLanes[i]
    if (!isPlainObject(lane) || !isPlainObject(other)) return false
    const grows = typeof lane.h === 'number' && typeof other.h === 'number' && other.h >= lane.h
    return grows && isJsonEqual({ ...lane, h: 0 }, { ...other, h: 0 })
  })
}
