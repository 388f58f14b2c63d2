import type * as Y from 'yjs'
import { isPlainObject } from '../doc/json.ts'
import { DocNames } from '../docNames.ts'
import type { Locale } from '../api.ts'
import { localizeDepartment, type Department } from './department.ts'

/** The board document's departments map: department id → {@link Department} JSON. */
export function getDepartmentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DocNames.departments)
}

/** A department read from untrusted JSON, or null when its id or name is missing (colour and order get defaults). */
export function parseDepartment(value: unknown): Department | null {
  if (!isPlainObject(value)) return null
  const { id, name, color, order } = value
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null
  return {
    id,
    name,
    color: typeof color === 'string' ? color : '#828282',
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  }
}

/** Sorts departments by `order`, then id (the same order on every peer). */
export function sortDepartments(departments: Iterable<Department>): Department[] {
  return [...departments].sort((a, b) => a.order - b.order || compareStrings(a.id, b.id))
}

/**
 * The doc's departments, valid ones only, sorted by order; the map key wins over a differing `id` field. With the
 * board's `locale`, default departments never renamed are named in it (see {@link localizeDepartment}).
 */
export function readDocDepartments(doc: Y.Doc, locale?: Locale): Department[] {
  const departments: Department[] = []
  for (const [key, value] of getDepartmentsMap(doc)) {
    const department = parseDepartment(value)
    if (!department) continue
    const read = { ...department, id: key }
    departments.push(locale ? localizeDepartment(read, locale) : read)
  }
  return sortDepartments(departments)
}

/** Writes departments into the doc (one key per id), in the caller's transaction when there is one. */
export function writeDocDepartments(doc: Y.Doc, departments: readonly Department[], origin?: unknown): void {
  const map = getDepartmentsMap(doc)
  doc.transact(() => {
    for (const department of departments) map.set(department.id, { ...department })
  }, origin)
}

/** Plain code-unit string order (not locale-dependent, so the same everywhere). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
