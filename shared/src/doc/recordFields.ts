import { isJsonEqual, isPlainObject } from './json.ts'

/**
 * Record fields whose own keys are stored as separate fields (`props.w`, `meta.department`), so that two people
 * changing different keys of one of them both keep their change. Every other top-level field is one value.
 */
export const NESTED_FIELDS: readonly string[] = ['props', 'meta']

/** One stored field of a record: `k` is a top-level field name, `props.<key>` or `meta.<key>`; `v` its JSON value. */
export interface FieldEntry {
  k: string
  v: unknown
}

/** The least a record has: an id and a type name (tldraw's `TLRecord`s qualify). */
export interface RecordLike {
  readonly id: string
  readonly typeName: string
}

/** A record read back from the board document. */
export interface DocRecord extends RecordLike {
  readonly [field: string]: unknown
}

// A doc written by a buggy or hostile peer must not be able to reach an object's prototype through a field name.
const FORBIDDEN_KEY = '__proto__'

/** Whether `entry` has the shape of a {@link FieldEntry}. */
export function isFieldEntry(entry: unknown): entry is FieldEntry {
  return typeof entry === 'object' && entry !== null && typeof (entry as FieldEntry).k === 'string'
}

/**
 * Splits a record into its stored fields, keyed as in {@link FieldEntry}. A nested field also gets an entry of its
 * own holding `{}`, so that an empty `props` or `meta` survives the round trip. Undefined values are omitted.
 */
export function flattenRecord(record: RecordLike): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || key === FORBIDDEN_KEY) continue
    if (!NESTED_FIELDS.includes(key) || !isPlainObject(value)) {
      fields.set(key, value)
      continue
    }
    fields.set(key, {})
    for (const [subKey, subValue] of Object.entries(value)) {
      if (subValue !== undefined && subKey !== FORBIDDEN_KEY) fields.set(`${key}.${subKey}`, subValue)
    }
  }
  return fields
}

/** Builds a record from its stored fields; the last entry of a key wins. Null when `id` or `typeName` is missing. */
export function assembleRecord(entries: Iterable<unknown>): DocRecord | null {
  const record: Record<string, unknown> = {}
  const nested = new Map<string, Record<string, unknown>>()
  for (const entry of entries) {
    if (!isFieldEntry(entry) || entry.v === undefined) continue
    const dot = entry.k.indexOf('.')
    const container = dot > 0 ? entry.k.slice(0, dot) : ''
    if (NESTED_FIELDS.includes(container)) {
      const subKey = entry.k.slice(dot + 1)
      if (subKey === FORBIDDEN_KEY) continue
      let values = nested.get(container)
      if (!values) nested.set(container, (values = {}))
      values[subKey] = entry.v
    } else if (entry.k !== FORBIDDEN_KEY) {
      record[entry.k] = entry.v
    }
  }
  for (const [container, values] of nested) {
    const base = record[container]
    record[container] = isPlainObject(base) ? { ...base, ...values } : values
  }
  if (typeof record.id !== 'string' || typeof record.typeName !== 'string') return null
  return record as DocRecord
}

/** The stored field keys whose values differ between two versions of a record. */
export function diffRecordFields(prev: RecordLike, next: RecordLike): string[] {
  const before = flattenRecord(prev)
  const after = flattenRecord(next)
  const changed: string[] = []
  for (const [key, value] of after) {
    if (!isJsonEqual(before.get(key), value)) changed.push(key)
  }
  for (const key of before.keys()) {
    if (!after.has(key)) changed.push(key)
  }
  return changed
}
