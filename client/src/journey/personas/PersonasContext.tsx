import type { Persona } from '@cxmap/shared'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { useDocPersonas } from './useDocPersonas'

/** The current board's personas as the canvas and its panels see them. */
export interface BoardPersonas {
  doc: Y.Doc
  /** By order. */
  personas: Persona[]
  byId: ReadonlyMap<string, Persona>
  /** Whether this person may change the personas and set them on cards and grids (not a viewer). */
  canEdit: boolean
}

const PersonasContext = createContext<BoardPersonas | null>(null)

/** Provides the board's personas, live, to everything inside it (shape components render inside tldraw: wrap it). */
export function PersonasProvider({ doc, canEdit, children }: { doc: Y.Doc; canEdit: boolean; children: ReactNode }) {
  const personas = useDocPersonas(doc)
  const value = useMemo(
    () => ({ doc, personas, byId: new Map(personas.map((p) => [p.id, p])), canEdit }),
    [doc, personas, canEdit],
  )
  return <PersonasContext.Provider value={value}>{children}</PersonasContext.Provider>
}

/** The board's personas; `null` outside a {@link PersonasProvider} (e.g. an SVG export). */
export function useBoardPersonas(): BoardPersonas | null {
  return useContext(PersonasContext)
}
