import { JOURNEY_CARD_TYPE } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import { atom, type TLShape } from 'tldraw'
import { isDepartmentShown, useDepartmentViewStore } from './departmentViewStore'

type ShapeVisibility = (shape: TLShape) => 'hidden' | 'inherit'

/**
 * tldraw's `getShapeVisibility` for the department filter: in filter mode, cards of departments not picked are hidden
 * (and so not hit-testable). The function is stable (tldraw rebuilds its editor when it changes); it reads the
 * zustand view state through a tldraw atom, so the editor's visibility cache follows every change.
 */
export function useCardVisibility(): ShapeVisibility {
  const [state] = useState(() => {
    const $hiddenFilter = atom<string[] | null>('cxmap department filter', readFilter())
    const getShapeVisibility: ShapeVisibility = (shape) => {
      if (shape.type !== JOURNEY_CARD_TYPE) return 'inherit'
      const filter = $hiddenFilter.get()
      const departmentId = (shape.props as { departmentId?: unknown }).departmentId
      if (!filter || isDepartmentShown(filter, typeof departmentId === 'string' ? departmentId : '')) return 'inherit'
      return 'hidden'
    }
    return { $hiddenFilter, getShapeVisibility }
  })
  useEffect(() => {
    state.$hiddenFilter.set(readFilter())
    return useDepartmentViewStore.subscribe(() => state.$hiddenFilter.set(readFilter()))
  }, [state])
  return state.getShapeVisibility
}

// The picked ids when filtering, null when nothing is hidden.
function readFilter(): string[] | null {
  const { mode, selectedIds } = useDepartmentViewStore.getState()
  return mode === 'filter' && selectedIds.length > 0 ? selectedIds : null
}
