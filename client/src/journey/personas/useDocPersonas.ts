import { getStrategyMap, readStrategyDoc, type Persona } from '@cxmap/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * The board's personas, in order, re-rendering when anyone changes them. The strategy map also holds the strategy's
 * prose, typed live: a change that leaves the personas as they were keeps the same array and renders nothing.
 */
export function useDocPersonas(doc: Y.Doc): Persona[] {
  const cache = useRef<{ doc: Y.Doc; personas: Persona[]; key: string } | null>(null)
  const read = useCallback(() => {
    const personas = readStrategyDoc(doc).personas
    const key = JSON.stringify(personas)
    if (cache.current?.doc === doc && cache.current.key === key) return false
    cache.current = { doc, personas, key }
    return true
  }, [doc])
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = getStrategyMap(doc)
      const handleChange = () => {
        if (read()) onChange()
      }
      map.observeDeep(handleChange)
      return () => map.unobserveDeep(handleChange)
    },
    [doc, read],
  )
  const getSnapshot = useCallback(() => {
    if (cache.current?.doc !== doc) read()
    return cache.current!.personas
  }, [doc, read])
  return useSyncExternalStore(subscribe, getSnapshot)
}
