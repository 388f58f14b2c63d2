import { getDepartmentsMap, type Department, type Locale } from '@cxmap/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { readDepartments } from './departmentsDoc'

/** The board's departments, in order, named in the board's language, re-rendering when anyone changes them. */
export function useDocDepartments(doc: Y.Doc, locale: Locale): Department[] {
  const cache = useRef<{ doc: Y.Doc; locale: Locale; departments: Department[] } | null>(null)
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
    if (cache.current?.doc !== doc || cache.current.locale !== locale) {
      cache.current = { doc, locale, departments: readDepartments(doc, locale) }
    }
    return cache.current.departments
  }, [doc, locale])
  return useSyncExternalStore(subscribe, getSnapshot)
}
