import { DocNames, readStrategyDoc, type Stakeholder } from '@cxmap/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The board's stakeholders in the matrix's order, re-rendering when anyone changes one. */
export function useDocStakeholders(doc: Y.Doc): Stakeholder[] {
  const cache = useRef<{ doc: Y.Doc; stakeholders: Stakeholder[] } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const root = doc.getMap<unknown>(DocNames.strategy)
      const handleChange = () => {
        cache.current = null
        onChange()
      }
      root.observeDeep(handleChange)
      return () => root.unobserveDeep(handleChange)
    },
    [doc],
  )
  // The snapshot must be the same array until the doc changes, or React re-renders forever.
  const getSnapshot = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, stakeholders: readStrategyDoc(doc).stakeholders }
    return cache.current.stakeholders
  }, [doc])
  return useSyncExternalStore(subscribe, getSnapshot)
}
