import { getDepartmentsMap, type Department } from '@cxmap/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { readDepartments } from './departmentsDoc'

/** The board's departments, in order, re-rendering when anyone changes them. */
export function useDocDepartments(doc: Y.Doc): Department[] {
  const cache = useRef<{ doc: Y.Doc; departments: Department[] } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = getDepartmentsMap(doc)
      const handleChange = () => {
        cache.current = null
        onChange()
      }
      map.observe(handleChange)
      return () => map.unobserve(handleChange)
    },
    [doc],
  )
  // The snapshot must be the same array until the map changes, or React re-renders forever.
  const getSnapshot = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, departments: readDepartments(doc) }
    return cache.current.departments
  }, [doc])
  return useSyncExternalStore(subscribe, getSnapshot)
}
