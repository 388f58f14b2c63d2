import { useEffect } from 'react'
import { setGridsLockedByWorkshop } from '../../journey/grid/gridLock.ts'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { registerGridLock } from './registerGridLock.ts'

/**
 * Applies the facilitator's frame lock to this person's editor: for participants, the grids' structural UI hides and
 * their own grid changes are refused while `workshop.lock.grids` is on. The facilitator is never restricted.
 * Returns whether the frame is locked.
 */
export function useGridLock(): boolean {
  const { editor, canControl } = useWorkshopBoard()
  const isLocked = useWorkshop().lock.grids
  const isEnforced = isLocked && !canControl

  useEffect(() => {
    if (!editor) return
    return registerGridLock(editor)
  }, [editor])

  useEffect(() => {
    if (!editor) return
    setGridsLockedByWorkshop(editor, isEnforced)
    return () => setGridsLockedByWorkshop(editor, false)
  }, [editor, isEnforced])

  return isLocked
}
