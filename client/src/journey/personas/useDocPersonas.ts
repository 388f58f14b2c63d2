import type { Persona } from '@cxmap/shared'
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createPersonasSnapshot } from './personasSnapshot'

/** The board's personas, in order, re-rendering when anyone changes them (and only then). */
export function useDocPersonas(doc: Y.Doc): Persona[] {
  const snapshot = useMemo(() => createPersonasSnapshot(doc), [doc])
  return useSyncExternalStore(snapshot.subscribe, snapshot.get)
}
