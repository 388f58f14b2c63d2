import type { Department, Locale } from '@cxmap/shared'
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { ensureDefaultDepartments } from './departmentsDoc'
import { useDocDepartments } from './useDocDepartments'

/** The current board's departments as the canvas and its panels see them. */
export interface BoardDepartments {
  doc: Y.Doc
  departments: Department[]
  byId: ReadonlyMap<string, Department>
  /** Whether this person may change the departments (not a viewer). */
  canEdit: boolean
  /** The board's language (its content's, for hyphenation and `lang`), which may differ from the UI's. */
  locale: Locale
}

const DepartmentsContext = createContext<BoardDepartments | null>(null)

/**
 * Provides the board's departments to everything inside it (shape components render inside tldraw, so wrap
 * <Tldraw>). An editor writes the default departments, in the board's language, into a board that never had any.
 */
export function DepartmentsProvider({
  doc,
  locale,
  canEdit,
  children,
}: {
  doc: Y.Doc
  locale: Locale
  canEdit: boolean
  children: ReactNode
}) {
  const departments = useDocDepartments(doc, locale)
  useEffect(() => {
    if (canEdit) ensureDefaultDepartments(doc, locale)
  }, [doc, locale, canEdit])
  const value = useMemo(
    () => ({ doc, departments, byId: new Map(departments.map((d) => [d.id, d])), canEdit, locale }),
    [doc, departments, canEdit, locale],
  )
  return <DepartmentsContext.Provider value={value}>{children}</DepartmentsContext.Provider>
}

/** The board's departments; `null` outside a {@link DepartmentsProvider} (e.g. an SVG export). */
export function useBoardDepartments(): BoardDepartments | null {
  return useContext(DepartmentsContext)
}
