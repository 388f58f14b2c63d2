import {
  DEPARTMENT_COLORS,
  findDefaultDepartmentId,
  getDepartmentsMap,
  listDefaultDepartments,
  normalizeDepartmentName,
  parseDepartment,
  readDocDepartments,
  type Department,
  type Locale,
} from '@cxmap/shared'
import * as Y from 'yjs'

// The board's departments live in the doc as `id → Department` JSON, whole values: a rename and a recolour of one
// department at once meet as last-writer-wins. Reading (and skipping malformed entries) is shared's.

/**
 * The board's departments in display order (by `order`, then id); malformed entries are skipped. With the board's
 * locale, default departments never renamed are named in it (one entry, one name per language).
 */
export function readDepartments(doc: Y.Doc, locale?: Locale): Department[] {
  return readDocDepartments(doc, locale)
}

/**
 * Writes the default departments (named in the board's language) into a board that never had any; returns whether it
 * did. Decision: the write is content-addressed, as `seedDoc` does for tldraw's defaults: a throwaway doc whose
 * client id is a hash of the write itself produces byte-identical structs on every client, which Yjs merges into one.
 * So two clients seeding at once converge without a duplicate, and a board whose departments were all deleted is not
 * re-seeded: "never had any" means the map holds no key at all, deleted ones included (`_map` keeps them).
 */
export function ensureDefaultDepartments(doc: Y.Doc, locale: Locale, origin: unknown = null): boolean {
  const map = getDepartmentsMap(doc)
  if (map._map.size > 0) return false
  const defaults = listDefaultDepartments(locale)
  const clientId = hashBytes(encodeDepartments(defaults, 0))
  Y.applyUpdate(doc, encodeDepartments(defaults, clientId), origin)
  return true
}

function encodeDepartments(departments: readonly Department[], clientId: number): Uint8Array {
  const seed = new Y.Doc({ gc: true })
  seed.clientID = clientId
  const map = getDepartmentsMap(seed)
  seed.transact(() => {
    for (const department of departments) map.set(department.id, department)
  })
  const update = Y.encodeStateAsUpdate(seed)
  seed.destroy()
  return update
}

/** FNV-1a, 32 bits: a Yjs client id is an unsigned 32-bit integer. */
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193)
  return hash >>> 0
}

/**
 * The department whose name matches `name`, if any; a default department's name in either language (`HR`,
 * `Персонал`) finds that department whatever it is called on this board.
 */
export function findDepartmentByName(departments: readonly Department[], name: string): Department | undefined {
  const wanted = normalizeDepartmentName(name)
  if (!wanted) return undefined
  const defaultId = findDefaultDepartmentId(name)
  const byDefault = defaultId ? departments.find((department) => department.id === defaultId) : undefined
  return byDefault ?? departments.find((department) => normalizeDepartmentName(department.name) === wanted)
}

/** The first colour no department uses yet; when all are taken, the palette again in turn. */
export function pickNextColor(departments: readonly Department[]): string {
  const used = new Set(departments.map((department) => department.color.toLowerCase()))
  const free = DEPARTMENT_COLORS.find((color) => !used.has(color))
  return free ?? DEPARTMENT_COLORS[departments.length % DEPARTMENT_COLORS.length] ?? '#828282'
}

/**
 * The id of the department named `name`, adding it (with the next colour) when the board has none of that name;
 * '' for an empty name. The id of an added department is derived from its name, so that two people of a new
 * department who start writing at once add one department, not two.
 */
export function ensureDepartmentNamed(doc: Y.Doc, name: string, origin: unknown = null): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (!trimmed) return ''
  const departments = readDepartments(doc)
  const existing = findDepartmentByName(departments, trimmed)
  if (existing) return existing.id
  const map = getDepartmentsMap(doc)
  const baseId = `dept-${hashString(normalizeDepartmentName(trimmed))}`
  let id = baseId
  // The derived id may belong to a department since renamed: never overwrite it.
  for (let n = 2; map.has(id); n++) id = `${baseId}-${n}`
  addDepartment(doc, { id, name: trimmed, color: pickNextColor(departments) }, origin)
  return id
}

/** Adds a department at the end of the list. */
export function addDepartment(
  doc: Y.Doc,
  fields: { id: string; name: string; color: string },
  origin: unknown = null,
): Department {
  const departments = readDepartments(doc)
  const order = departments.reduce((max, department) => Math.max(max, department.order + 1), 0)
  const department: Department = { ...fields, order }
  doc.transact(() => getDepartmentsMap(doc).set(department.id, department), origin)
  return department
}

/** Changes a department's name and/or colour; unknown ids are ignored. */
export function updateDepartment(
  doc: Y.Doc,
  id: string,
  changes: Partial<Pick<Department, 'name' | 'color'>>,
  origin: unknown = null,
): void {
  const map = getDepartmentsMap(doc)
  const current = parseDepartment(map.get(id))
  if (!current) return
  const next = { ...current, ...changes, id }
  if (next.name === current.name && next.color === current.color) return
  doc.transact(() => map.set(id, next), origin)
}

/** Removes a department; cards that carry its id keep it (they then show "—"). */
export function deleteDepartment(doc: Y.Doc, id: string, origin: unknown = null): void {
  const map = getDepartmentsMap(doc)
  if (map.has(id)) doc.transact(() => map.delete(id), origin)
}

/** A new random department id. */
export function createDepartmentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return `dept-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/** FNV-1a of a string's UTF-8 bytes, as 8 hex digits. */
function hashString(text: string): string {
  return hashBytes(new TextEncoder().encode(text)).toString(16).padStart(8, '0')
}
