import type { Editor, TLShape } from 'tldraw'
import { isJourneyGrid } from '../../journey/grid/gridCards.ts'
import { areGridsLockedByWorkshop, isLaneGrowthOnly } from '../../journey/grid/gridLock.ts'
import type { JourneyGridShape } from '../../journey/grid/gridProps.ts'

type ChangeSource = 'user' | 'remote'

/** Whether a grid change touches what the frame lock protects: position, structure, lock (not z-order or meta). */
function isLockedChange(prev: JourneyGridShape, next: JourneyGridShape): boolean {
  if (isLaneGrowthOnly(prev, next)) return false
  return (
    prev.x !== next.x ||
    prev.y !== next.y ||
    prev.rotation !== next.rotation ||
    prev.parentId !== next.parentId ||
    prev.isLocked !== next.isLocked ||
    JSON.stringify(prev.props) !== JSON.stringify(next.props)
  )
}

/**
 * Enforces the workshop's frame lock on this editor while `areGridsLockedByWorkshop(editor)` holds (participants
 * only): this user's own changes to a grid's position or structure are refused and its grids are not deleted (from
 * a selection of a grid and cards, only the cards go). Remote changes always apply, and lanes still grow to fit a card
 * the user adds. Returns a function that unregisters it.
 */
export function registerGridLock(editor: Editor): () => void {
  const stopChange = editor.sideEffects.registerBeforeChangeHandler(
    'shape',
    (prev: TLShape, next: TLShape, source: ChangeSource) => {
      if (source !== 'user' || !isJourneyGrid(prev) || !isJourneyGrid(next)) return next
      return areGridsLockedByWorkshop(editor) && isLockedChange(prev, next) ? prev : next
    },
  )
  const stopDelete = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape: TLShape, source: ChangeSource) => {
    if (source === 'user' && isJourneyGrid(shape) && areGridsLockedByWorkshop(editor)) return false
  })
  return () => {
    stopChange()
    stopDelete()
  }
}
