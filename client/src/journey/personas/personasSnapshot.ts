import { getStrategyMap, readStrategyDoc, type Persona } from '@cxmap/shared'
import type * as Y from 'yjs'

/** The board's personas, kept current from the doc: a new array only when the personas themselves change. */
export interface PersonasSnapshot {
  get: () => Persona[]
  /** Calls `listener` after each change of the personas; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
}

/**
 * Follows the strategy map of a doc for its personas. The same map holds the strategy's prose, typed live: a change
 * that leaves the personas as they were keeps the same array and tells no one.
 */
export function createPersonasSnapshot(doc: Y.Doc): PersonasSnapshot {
  let personas = readStrategyDoc(doc).personas
  let key = JSON.stringify(personas)
  const listeners = new Set<() => void>()
  const map = getStrategyMap(doc)
  const handleChange = () => {
    const next = readStrategyDoc(doc).personas
    const nextKey = JSON.stringify(next)
    if (nextKey === key) return
    personas = next
    key = nextKey
    for (const listener of [...listeners]) listener()
  }
  return {
    get: () => personas,
    subscribe: (listener) => {
      if (listeners.size === 0) {
        // Changes made while nobody listened are read now.
        handleChange()
        map.observeDeep(handleChange)
      }
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) map.unobserveDeep(handleChange)
      }
    },
  }
}
